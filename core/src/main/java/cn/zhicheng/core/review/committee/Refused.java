package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Clause;
import java.util.List;

/**
 * An act of the committee that the rules forbid — a draw with too few experts, a ballot by proxy, a vote without a
 * quorum — refused with a message key and arguments (Chinese and English) and the clauses that forbid it. The app's
 * services turn it into their answer; nothing is changed.
 */
public final class Refused extends RuntimeException {

    private final transient Message reason;
    private final transient List<Clause> clauses;

    public Refused(Message reason, List<Clause> clauses) {
        super(requireNonNull(reason, "reason is null").key());
        this.reason = reason;
        this.clauses = List.copyOf(clauses);
    }

    public Message reason() {
        return reason;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** Both languages, Chinese first, for logs and the command line. */
    @Override
    public String getMessage() {
        return Messages.both(reason).both();
    }
}
