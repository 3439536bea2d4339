package cn.zhicheng.core.review.round;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;

/**
 * Whether a round may take an act for an application of a field and level on a day: the round opens them (三), and,
 * in an association's round, the delegation in force on that day covers them (四, 决定 D-12).
 */
public sealed interface Authority {

    /** The act may be taken, under this clause. */
    record Granted(Clause clause) implements Authority {
        public Granted {
            requireNonNull(clause, "clause is null");
        }
    }

    /** The act may not be taken: why, and the clause that refuses it. */
    record Denied(Message reason, Clause clause) implements Authority {
        public Denied {
            requireNonNull(reason, "reason is null");
            requireNonNull(clause, "clause is null");
        }
    }
}
