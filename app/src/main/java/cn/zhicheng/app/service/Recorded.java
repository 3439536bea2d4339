package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * What an act that is not on one application came to (opening a round, granting or changing a delegation): done,
 * with what was done and its audit entry; or refused, with every reason, the clause that refuses, and the entry that
 * records the refusal — the only thing a refused act changes (七(二)).
 */
public sealed interface Recorded {

    AuditEntry entry();

    record Done(Message what, AuditEntry entry) implements Recorded {
        public Done {
            requireNonNull(what, "what is null");
            requireNonNull(entry, "entry is null");
        }
    }

    record Refused(List<Message> reasons, Clause clause, AuditEntry entry) implements Recorded {
        public Refused {
            reasons = List.copyOf(reasons);
            requireNonNull(clause, "clause is null");
            requireNonNull(entry, "entry is null");
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one reason");
            }
        }
    }

    /** What one attempt came to before the refusal, if any, is recorded. */
    sealed interface Attempt {
    }

    /** Stored, with its entry, in the attempt's transaction. */
    record Landed(Done done) implements Attempt {
    }

    /** Refused; the attempt wrote nothing. */
    record Declined(List<Message> reasons, Clause clause) implements Attempt {
        public Declined {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Runs an act's transaction, retried while it loses races, and records a refusal alone in a transaction of its
     * own.
     */
    static Recorded run(Jdbi jdbi, AuditLog audit, Supplier<Attempt> transaction, Function<Declined, Act> refusal) {
        Attempt attempt = ApplicationActs.retrying(transaction);
        if (attempt instanceof Declined d) {
            Act act = refusal.apply(d);
            AuditEntry entry = ApplicationActs.retrying(() -> jdbi.inTransaction(h -> audit.append(h, act)));
            return new Refused(d.reasons(), d.clause(), entry);
        }
        return ((Landed) attempt).done();
    }
}
