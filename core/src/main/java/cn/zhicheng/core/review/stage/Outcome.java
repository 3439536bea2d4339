package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.List;
import java.util.Optional;

/** What an attempted act comes to: a move, with the clause that allows it, or a refusal, with the clause that refuses. */
public sealed interface Outcome {

    Clause clause();

    /** The application moves (or, for an objection lodged or dismissed, stays where it is with the act recorded). */
    record Moved(Stage from, Act act, Stage to, Clause clause, List<Correction> corrections) implements Outcome {
        public Moved {
            requireNonNull(from, "from is null");
            requireNonNull(act, "act is null");
            requireNonNull(to, "to is null");
            requireNonNull(clause, "clause is null");
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * The act is refused and nothing changes; the app records only the refusal in the audit.
     *
     * @param guard the guard that failed, for a {@link Refusal#GUARD_FAILED}
     */
    record Refused(Refusal refusal, Message reason, Clause clause, Optional<Guard> guard) implements Outcome {
        public Refused {
            requireNonNull(refusal, "refusal is null");
            requireNonNull(reason, "reason is null");
            requireNonNull(clause, "clause is null");
            requireNonNull(guard, "guard is null");
        }
    }

    /** Why an act is refused. */
    enum Refusal {
        /** The act is not taken at the application's stage. */
        WRONG_STAGE,
        /** The act has already been taken: the application is past it. */
        REPEATED,
        /** Someone in another role takes this act. */
        WRONG_ROLE,
        /** The actor does not act for the body running the round (四, 决定 D-12). */
        NOT_THE_RUNNING_BODY,
        /** The round does not open the field and level, or the delegation does not cover the act that day. */
        OUTSIDE_AUTHORITY,
        /** A condition of the act is not met. */
        GUARD_FAILED
    }
}
