package cn.zhicheng.core.review.stage;

import static cn.zhicheng.core.review.stage.Review.APPLICANT;
import static cn.zhicheng.core.review.stage.Review.ASSOCIATION;
import static cn.zhicheng.core.review.stage.Review.DELEGATED;
import static cn.zhicheng.core.review.stage.Review.EXPERT;
import static cn.zhicheng.core.review.stage.Review.PROVINCIAL;
import static cn.zhicheng.core.review.stage.Review.facts;
import static cn.zhicheng.core.review.stage.Review.move;
import static cn.zhicheng.core.review.stage.Review.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Clause;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnApplicationTest {

    private static final Actor OTHER = Actor.of("applicant-2", Role.APPLICANT);

    @Test
    void anotherApplicantsWithdrawalIsRefusedCiting五三1AndTheOwnersIsTaken() {
        Outcome.Refused r = refused(Stage.SUBMITTED, Act.WITHDRAW, OTHER, facts().build(),
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(Optional.of(Guard.OWN_APPLICATION), r.guard());
        assertEquals(Clause.notice("五(三)1"), r.clause());
        assertTrue(Messages.both(r.reason()).zh().contains("applicant-2不是本申报的申报人"),
                Messages.both(r.reason()).zh());
        assertEquals(Stage.WITHDRAWN, move(Stage.SUBMITTED, Act.WITHDRAW, APPLICANT, facts().build()));
    }

    @Test
    void anotherApplicantsAppealIsRefusedCitingD10() {
        Facts f = facts().appealDeadline(Review.DAY).build();
        Outcome.Refused r = refused(Stage.FAILED_REVIEW, Act.REQUEST_APPEAL, OTHER, f, Outcome.Refusal.GUARD_FAILED);
        assertEquals(Optional.of(Guard.OWN_APPEAL), r.guard());
        assertEquals(Clause.decision(10), r.clause());
        assertEquals(Stage.UNDER_APPEAL, move(Stage.FAILED_REVIEW, Act.REQUEST_APPEAL, APPLICANT, f));
    }

    @Test
    void aResubmissionIsTheOwnersAndNamesTheSameIdNumber() {
        Outcome.Refused other = refused(Stage.RETURNED_FOR_CORRECTION, Act.RESUBMIT, OTHER, facts().build(),
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(Optional.of(Guard.OWN_APPLICATION), other.guard());
        Outcome.Refused person = refused(Stage.RETURNED_FOR_CORRECTION, Act.RESUBMIT, APPLICANT,
                facts().resubmittedIdNumber("220102199202023456").build(), Outcome.Refusal.GUARD_FAILED);
        assertEquals(Optional.of(Guard.SAME_ID_NUMBER), person.guard());
        assertEquals(Clause.notice("六(一)"), person.clause());
        assertEquals(Stage.SUBMITTED, move(Stage.RETURNED_FOR_CORRECTION, Act.RESUBMIT, APPLICANT, facts().build()));
    }

    @Test
    void anApplicationWithoutARecordedSubmitterIsNobodysToActOn() {
        Facts unknown = Facts.on(Review.DAY, PROVINCIAL, "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE).build();
        Outcome.Refused r = refused(Stage.SUBMITTED, Act.WITHDRAW, APPLICANT, unknown, Outcome.Refusal.GUARD_FAILED);
        assertEquals("stage.guard.ownerUnknown", r.reason().key());
    }

    @Test
    void anExpertActsOnlyForTheBodyRunningTheRound() {
        Actor other = Actor.forAssociation("expert-9", Role.EXPERT, "jl-other-assoc");
        Actor right = Actor.forAssociation("expert-9", Role.EXPERT, ASSOCIATION);
        Outcome.Refused r = StageMachine.ofRunningBody(other, DELEGATED).orElseThrow();
        assertEquals(Outcome.Refusal.NOT_THE_RUNNING_BODY, r.refusal());
        assertEquals(Clause.decision(12), r.clause());
        assertEquals(Optional.empty(), StageMachine.ofRunningBody(right, DELEGATED));
        // the provincial pool's expert acts in a provincial round, not in an association's; and the reverse
        assertTrue(StageMachine.ofRunningBody(EXPERT, DELEGATED).isPresent());
        assertEquals(Optional.empty(), StageMachine.ofRunningBody(EXPERT, PROVINCIAL));
        assertTrue(StageMachine.ofRunningBody(right, PROVINCIAL).isPresent());
    }
}
