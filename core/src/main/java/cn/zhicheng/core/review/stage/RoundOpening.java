package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may open a review round, and when (三, 四, 决定 D-12): the provincial office opens its own rounds; an association
 * opens a round only in its own name, under the delegation it holds, covering every field and level the round opens
 * on the day it is opened. A round takes applications on or after the day it is opened, and its cut-off date is no
 * later than the last day applications are taken (years and windows are counted to a day the applicant can know,
 * 决定 D-17). Pure: the day is given.
 */
public final class RoundOpening {

    public static final Clause CLAUSE = Round.CLAUSE;

    private RoundOpening() {
    }

    /** Every reason {@code actor} may not open {@code round} on {@code on}; empty when it may. */
    public static List<Message> problems(Round round, Actor actor, LocalDate on, Optional<Delegation> delegation) {
        requireNonNull(round, "round is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(on, "on is null");
        requireNonNull(delegation, "delegation is null");
        List<Message> problems = new ArrayList<>();
        Optional<String> association = round.body().association();
        if (association.isEmpty() && actor.role() != Role.PROVINCIAL_OFFICE) {
            problems.add(Message.of("round.open.provincialOnly", round.id(), actor.role()));
        }
        if (association.isPresent() && (actor.role() != Role.ASSOCIATION
                || !actor.association().equals(association))) {
            problems.add(Message.of("round.open.associationOnly", round.id(), association.get(), actor.role(),
                    actor.association().orElse("-")));
        }
        if (round.applicationsOpen().isBefore(on)) {
            problems.add(Message.of("round.open.backdated", round.id(), round.applicationsOpen(), on));
        }
        if (round.cutOff().isAfter(round.applicationsClose())) {
            problems.add(Message.of("round.open.cutOffLate", round.id(), round.cutOff(), round.applicationsClose()));
        }
        problems.addAll(round.openingProblems(on, delegation));
        return List.copyOf(problems);
    }
}
