package cn.zhicheng.core.review.stage;

import static cn.zhicheng.core.review.stage.Review.APPLICANT;
import static cn.zhicheng.core.review.stage.Review.ASSOC;
import static cn.zhicheng.core.review.stage.Review.ASSOC_REVIEWER;
import static cn.zhicheng.core.review.stage.Review.ASSOC_SECRETARY;
import static cn.zhicheng.core.review.stage.Review.DELEGATED;
import static cn.zhicheng.core.review.stage.Review.DELEGATION;
import static cn.zhicheng.core.review.stage.Review.PROVINCE;
import static cn.zhicheng.core.review.stage.Review.REVIEWER;
import static cn.zhicheng.core.review.stage.Review.delegated;
import static cn.zhicheng.core.review.stage.Review.move;
import static cn.zhicheng.core.review.stage.Review.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.DelegationChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Acts in an association's round are checked against the delegation in force on the day of the act (四, 决定 D-12). */
class DelegatedRoundTest {

    private static final LocalDate JULY_10 = LocalDate.of(2026, 7, 10);
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    private static Delegation changed(DelegationChange c) {
        return assertInstanceOf(DelegationChange.Changed.class, c, c::toString).delegation();
    }

    @Test
    void theAssociationRunsItsOwnRoundWithinTheDelegation() {
        Facts f = delegated(JULY_10, DELEGATION).build();
        assertEquals(Stage.SUBMITTED, move(Stage.DRAFT, Act.SUBMIT, APPLICANT, f));
        assertEquals(Stage.QUALIFICATION_REVIEW, move(Stage.AGGREGATED, Act.BEGIN_QUALIFICATION_REVIEW,
                ASSOC_REVIEWER, f));
        assertEquals(Stage.RESULT_PUBLICITY, move(Stage.PASSED, Act.PUBLICISE_RESULT, ASSOC, f));
        // the provincial office still issues the certificate (六(六) 统一颁发)
        assertEquals(Stage.CERTIFIED, move(Stage.RESULT_PUBLICITY, Act.CERTIFY, PROVINCE,
                delegated(JULY_10, DELEGATION).publicityEnded(true).build()));
    }

    @Test
    void anAssociationActingOutsideItsFieldsOrLevelsIsRefused() {
        Facts senior = cn.zhicheng.core.review.stage.Facts.on(JULY_10, DELEGATED, "AI", Level.ASSOCIATE_SENIOR)
                .delegation(DELEGATION).build();
        // the round does not open it …
        refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, senior, Outcome.Refusal.OUTSIDE_AUTHORITY);
        // … and a round that opened more than its delegation covers cannot act beyond it either
        cn.zhicheng.core.review.round.Round wide = new cn.zhicheng.core.review.round.Round("wide", 2026,
                Set.of("AI", "BIG_DATA"), Set.of(Level.INTERMEDIATE), DELEGATED.body(), Review.CUT_OFF,
                Review.OPEN, Review.CLOSE);
        Facts bigData = Facts.on(JULY_10, wide, "BIG_DATA", Level.INTERMEDIATE).delegation(DELEGATION).build();
        Outcome.Refused r = refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, bigData, Outcome.Refusal.OUTSIDE_AUTHORITY);
        assertEquals(Clause.decision(12), r.clause());
        assertEquals(List.of(cn.zhicheng.core.eligibility.Message.of("round.delegation.outside", "del-1",
                Review.ASSOCIATION, "BIG_DATA", Level.INTERMEDIATE, List.of("AI", "IOT"),
                List.of(Level.JUNIOR, Level.INTERMEDIATE), LocalDate.of(2026, 1, 1))),
                wide.openingProblems(JULY_10, java.util.Optional.of(DELEGATION)));
    }

    @Test
    void afterNarrowingTheAssociationNoLongerActsForWhatWasTakenAway() {
        Delegation narrowed = changed(DELEGATION.narrow(JULY_20, Set.of("IOT"), Set.of(Level.INTERMEDIATE),
                LocalDate.of(2028, 12, 31)));
        assertEquals(Stage.QUALIFICATION_REVIEW, move(Stage.AGGREGATED, Act.BEGIN_QUALIFICATION_REVIEW,
                ASSOC_REVIEWER, delegated(JULY_20.minusDays(1), narrowed).build()));
        Outcome.Refused r = refused(Stage.AGGREGATED, Act.BEGIN_QUALIFICATION_REVIEW, ASSOC_REVIEWER,
                delegated(JULY_20, narrowed).build(), Outcome.Refusal.OUTSIDE_AUTHORITY);
        assertEquals(Clause.decision(12), r.clause());
    }

    @Test
    void revocationStopsNewActsAtOnceAndLeavesEarlierOnesValid() {
        Delegation revoked = changed(DELEGATION.revoke(JULY_20));
        // an act the day before the revocation was within the delegation then, and still is
        assertTrue(revoked.covers("AI", Level.INTERMEDIATE, JULY_20.minusDays(1)));
        assertEquals(Stage.SUBMITTED, move(Stage.DRAFT, Act.SUBMIT, APPLICANT,
                delegated(JULY_20.minusDays(1), revoked).build()));
        Outcome.Refused r = refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, delegated(JULY_20, revoked).build(),
                Outcome.Refusal.OUTSIDE_AUTHORITY);
        assertEquals(Clause.decision(12), r.clause());
        assertTrue(Messages.both(r.reason()).zh().contains("已于2026-07-20撤销"), Messages.both(r.reason()).zh());
        refused(Stage.PASSED, Act.PUBLICISE_RESULT, ASSOC, delegated(JULY_20, revoked).build(),
                Outcome.Refusal.OUTSIDE_AUTHORITY);
        // the applicant may still withdraw: leaving is no act of the association's
        assertEquals(Stage.WITHDRAWN, move(Stage.SUBMITTED, Act.WITHDRAW, APPLICANT,
                delegated(JULY_20, revoked).build()));
    }

    @Test
    void onlyTheBodyRunningTheRoundTakesItsActs() {
        // the provincial office does not take the association's acts in a delegated round …
        Outcome.Refused province = refused(Stage.PASSED, Act.PUBLICISE_RESULT, PROVINCE,
                delegated(JULY_10, DELEGATION).build(), Outcome.Refusal.NOT_THE_RUNNING_BODY);
        assertEquals(Clause.decision(12), province.clause());
        // … a reviewer of the province does not review in it …
        refused(Stage.AGGREGATED, Act.BEGIN_QUALIFICATION_REVIEW, REVIEWER, delegated(JULY_10, DELEGATION).build(),
                Outcome.Refusal.NOT_THE_RUNNING_BODY);
        // … another association's secretary does not record its votes …
        Actor other = Actor.forAssociation("x", Role.EXPERT_COMMITTEE_SECRETARY, "another-association");
        refused(Stage.IN_EXPERT_REVIEW, Act.RECORD_VOTE_PASSED, other,
                delegated(JULY_10, DELEGATION).ballot(BallotResult.PASSED).build(),
                Outcome.Refusal.NOT_THE_RUNNING_BODY);
        assertEquals(Stage.PASSED, move(Stage.IN_EXPERT_REVIEW, Act.RECORD_VOTE_PASSED, ASSOC_SECRETARY,
                delegated(JULY_10, DELEGATION).ballot(BallotResult.PASSED).build()));
        // … and the association takes no act in the province's round
        refused(Stage.PASSED, Act.PUBLICISE_RESULT, ASSOC, Review.facts().build(),
                Outcome.Refusal.NOT_THE_RUNNING_BODY);
    }

    @Test
    void anAssociationRoundWithoutItsDelegationTakesNoAct() {
        Facts none = Facts.on(JULY_10, DELEGATED, "AI", Level.INTERMEDIATE).build();
        refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, none, Outcome.Refusal.OUTSIDE_AUTHORITY);
    }
}
