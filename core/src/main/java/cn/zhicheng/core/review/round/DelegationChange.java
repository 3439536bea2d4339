package cn.zhicheng.core.review.round;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;

/**
 * The result of narrowing or revoking a delegation (四, 决定 D-12): the new delegation, or every reason the change is
 * refused. Either way the app audits it.
 */
public sealed interface DelegationChange {

    record Changed(Delegation delegation, Message what, Clause clause) implements DelegationChange {
        public Changed {
            requireNonNull(delegation, "delegation is null");
            requireNonNull(what, "what is null");
            requireNonNull(clause, "clause is null");
        }
    }

    record Rejected(List<Message> problems, Clause clause) implements DelegationChange {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected change names at least one problem");
            }
            requireNonNull(clause, "clause is null");
        }
    }
}
