package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Clause;
import java.util.List;
import java.util.Set;

/**
 * One row of the procedure's table: from a stage, an act leads to a stage; who may take it, the clause that allows
 * it, and the guards it asks of the facts.
 *
 * @param inRound whether the act belongs to the round's own procedure, and so is checked against the round and, in an
 *                association's round, against the delegation in force that day (四, 决定 D-12). The province's own
 *                acts (re-examination, 决定 D-10; revocation, 决定 D-13) and the applicant's withdrawal are not.
 */
public record Transition(Stage from, Act act, Stage to, Set<Role> roles, Clause clause, List<Guard> guards,
                         boolean inRound) {

    public Transition {
        requireNonNull(from, "from is null");
        requireNonNull(act, "act is null");
        requireNonNull(to, "to is null");
        roles = Set.copyOf(roles);
        requireNonNull(clause, "clause is null");
        guards = List.copyOf(guards);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("every act is taken by someone");
        }
    }

    /**
     * Whether the act is taken by the body that runs the round — the provincial office in its own round, the
     * association in a delegated one (四, 决定 D-12).
     */
    public boolean byRunningBody() {
        return roles.contains(Role.ASSOCIATION);
    }
}
