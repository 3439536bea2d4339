package cn.zhicheng.core.review.stage;

import static cn.zhicheng.core.review.stage.Review.ANYONE;
import static cn.zhicheng.core.review.stage.Review.APPEALS;
import static cn.zhicheng.core.review.stage.Review.APPLICANT;
import static cn.zhicheng.core.review.stage.Review.CORRECTIONS;
import static cn.zhicheng.core.review.stage.Review.LOCAL_HR;
import static cn.zhicheng.core.review.stage.Review.NEGATIVE;
import static cn.zhicheng.core.review.stage.Review.POSITIVE;
import static cn.zhicheng.core.review.stage.Review.PROVINCE;
import static cn.zhicheng.core.review.stage.Review.RECOMMENDER;
import static cn.zhicheng.core.review.stage.Review.REVIEWER;
import static cn.zhicheng.core.review.stage.Review.SECRETARY;
import static cn.zhicheng.core.review.stage.Review.facts;
import static cn.zhicheng.core.review.stage.Review.move;
import static cn.zhicheng.core.review.stage.Review.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Clause;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageMachineTest {

    private static final Facts PLAIN = facts().build();

    /** Takes an application from draft to where the expert review begins, the way the happy path does. */
    static Stage toExpertReview() {
        Stage s = move(Stage.DRAFT, Act.SUBMIT, APPLICANT, PLAIN);
        s = move(s, Act.RECOMMEND, RECOMMENDER, facts().recommendation(POSITIVE).build());
        s = move(s, Act.PUBLICISE_RECOMMENDATION, RECOMMENDER, PLAIN);
        s = move(s, Act.AGGREGATE, LOCAL_HR, facts().publicityEnded(true).build());
        s = move(s, Act.BEGIN_QUALIFICATION_REVIEW, REVIEWER, PLAIN);
        s = move(s, Act.QUALIFY, REVIEWER, facts().qualification(new Conclusion.Qualified(List.of())).build());
        return move(s, Act.BEGIN_EXPERT_REVIEW, SECRETARY, facts().committeeFormed(true).build());
    }

    @Test
    void aWholeRoundRunsFromDraftToCertificateEachStepCitingItsClause() {
        List<String> clauses = new java.util.ArrayList<>();
        Stage s = Stage.DRAFT;
        Object[][] steps = {
            {Act.SUBMIT, APPLICANT, PLAIN, Stage.SUBMITTED, "六(一)"},
            {Act.RECOMMEND, RECOMMENDER, facts().recommendation(POSITIVE).build(), Stage.RECOMMENDED, "六(二)"},
            {Act.PUBLICISE_RECOMMENDATION, RECOMMENDER, PLAIN, Stage.RECOMMENDATION_PUBLICITY, "六(二)"},
            {Act.AGGREGATE, LOCAL_HR, facts().publicityEnded(true).build(), Stage.AGGREGATED, "六(二)"},
            {Act.BEGIN_QUALIFICATION_REVIEW, REVIEWER, PLAIN, Stage.QUALIFICATION_REVIEW, "六(三)"},
            {Act.QUALIFY, REVIEWER, facts().qualification(new Conclusion.Qualified(List.of())).build(),
                Stage.QUALIFIED, "六(三)"},
            {Act.BEGIN_EXPERT_REVIEW, SECRETARY, facts().committeeFormed(true).build(), Stage.IN_EXPERT_REVIEW,
                "六(四)"},
            {Act.RECORD_VOTE_PASSED, SECRETARY, facts().ballot(BallotResult.PASSED).build(), Stage.PASSED, "六(四)"},
            {Act.PUBLICISE_RESULT, PROVINCE, PLAIN, Stage.RESULT_PUBLICITY, "六(五)"},
            {Act.CERTIFY, PROVINCE, facts().publicityEnded(true).build(), Stage.CERTIFIED, "六(六)"},
        };
        for (Object[] step : steps) {
            Outcome o = StageMachine.apply(s, (Act) step[0], (Actor) step[1], (Facts) step[2]);
            Outcome.Moved m = assertInstanceOf(Outcome.Moved.class, o, () -> step[0] + ": " + o);
            assertEquals(step[3], m.to());
            clauses.add(m.clause().ref());
            s = m.to();
        }
        assertEquals(List.of("六(一)", "六(二)", "六(二)", "六(二)", "六(三)", "六(三)", "六(四)", "六(四)", "六(五)", "六(六)"),
                clauses);
    }

    @Test
    void theApplicantWithdrawsBeforeTheExpertReviewButNotOnceItBegins() {
        Stage s = move(Stage.DRAFT, Act.SUBMIT, APPLICANT, PLAIN);
        assertEquals(Stage.WITHDRAWN, move(s, Act.WITHDRAW, APPLICANT, PLAIN));
        Outcome.Refused late = refused(toExpertReview(), Act.WITHDRAW, APPLICANT, PLAIN,
                Outcome.Refusal.WRONG_STAGE);
        assertEquals(new Clause("五(三)1"), late.clause());
        refused(Stage.WITHDRAWN, Act.WITHDRAW, APPLICANT, PLAIN, Outcome.Refusal.REPEATED);
    }

    @Test
    void aReturnListsWhatToCorrectAndResubmissionGoesBackToSubmitted() {
        Conclusion.Returned returned = new Conclusion.Returned(CORRECTIONS, List.of());
        Outcome o = StageMachine.apply(Stage.QUALIFICATION_REVIEW, Act.RETURN_FOR_CORRECTION, REVIEWER,
                facts().qualification(returned).build());
        Outcome.Moved m = assertInstanceOf(Outcome.Moved.class, o);
        assertEquals(Stage.RETURNED_FOR_CORRECTION, m.to());
        assertEquals(CORRECTIONS, m.corrections());
        assertEquals(Stage.SUBMITTED, move(m.to(), Act.RESUBMIT, APPLICANT,
                facts().correctionDeadline(Review.DAY).build()));
        Outcome.Refused late = refused(m.to(), Act.RESUBMIT, APPLICANT,
                facts().correctionDeadline(Review.DAY.minusDays(1)).build(), Outcome.Refusal.GUARD_FAILED);
        assertEquals(Optional.of(Guard.WITHIN_CORRECTION_DEADLINE), late.guard());
    }

    @Test
    void aNegativeAssessmentOfEthicsRefusesTheApplicationCiting五一1() {
        Outcome o = StageMachine.apply(Stage.SUBMITTED, NEGATIVE.act(), RECOMMENDER,
                facts().recommendation(NEGATIVE).build());
        Outcome.Moved m = assertInstanceOf(Outcome.Moved.class, o);
        assertEquals(Stage.REFUSED, m.to());
        assertEquals(new Clause("五(一)1"), m.clause());
        // and it cannot be recommended instead
        Outcome.Refused r = refused(Stage.SUBMITTED, Act.RECOMMEND, RECOMMENDER,
                facts().recommendation(NEGATIVE).build(), Outcome.Refusal.GUARD_FAILED);
        assertEquals(new Clause("五(一)1"), r.clause());
        assertTrue(Messages.both(r.reason()).zh().contains("曾伪造项目验收材料"));
    }

    @Test
    void aFailedQualificationReviewRefusesCiting六三() {
        Conclusion.Refused no = new Conclusion.Refused(
                cn.zhicheng.core.eligibility.Message.of("stage.qualification.rejectedEvidence", List.of("x")),
                List.of());
        Outcome o = StageMachine.apply(Stage.QUALIFICATION_REVIEW, Act.REFUSE_AT_QUALIFICATION, REVIEWER,
                facts().qualification(no).build());
        Outcome.Moved m = assertInstanceOf(Outcome.Moved.class, o);
        assertEquals(Stage.REFUSED, m.to());
        assertEquals(new Clause("六(三)"), m.clause());
        // a reviewer cannot qualify what the review refused
        refused(Stage.QUALIFICATION_REVIEW, Act.QUALIFY, REVIEWER, facts().qualification(no).build(),
                Outcome.Refusal.GUARD_FAILED);
    }

    @Test
    void anOpenObjectionBlocksAggregationAndCertificationUntilResolved() {
        Facts open = facts().publicityEnded(true).objectionOpen(true).build();
        Outcome.Refused agg = refused(Stage.RECOMMENDATION_PUBLICITY, Act.AGGREGATE, LOCAL_HR, open,
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(Clause.decision(6), agg.clause());
        Outcome.Refused cert = refused(Stage.RESULT_PUBLICITY, Act.CERTIFY, PROVINCE, open,
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(Clause.decision(6), cert.clause());
        // dismissing it lets the application proceed
        assertEquals(Stage.RECOMMENDATION_PUBLICITY, move(Stage.RECOMMENDATION_PUBLICITY, Act.DISMISS_OBJECTION,
                LOCAL_HR, open));
        assertEquals(Stage.AGGREGATED, move(Stage.RECOMMENDATION_PUBLICITY, Act.AGGREGATE, LOCAL_HR,
                facts().publicityEnded(true).build()));
    }

    @Test
    void anyoneObjectsWhileThePublicityRunsAndNotAfter() {
        assertEquals(Stage.RESULT_PUBLICITY, move(Stage.RESULT_PUBLICITY, Act.LODGE_OBJECTION, ANYONE, PLAIN));
        refused(Stage.RESULT_PUBLICITY, Act.LODGE_OBJECTION, ANYONE, facts().publicityEnded(true).build(),
                Outcome.Refusal.GUARD_FAILED);
        // nor before the publicity has begun
        refused(Stage.RECOMMENDED, Act.LODGE_OBJECTION, ANYONE, PLAIN, Outcome.Refusal.WRONG_STAGE);
    }

    @Test
    void aPublicityShorterThanItsPeriodHoldsBackTheNextStage() {
        Outcome.Refused r = refused(Stage.RECOMMENDATION_PUBLICITY, Act.AGGREGATE, LOCAL_HR, PLAIN,
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(Optional.of(Guard.PUBLICITY_ENDED), r.guard());
        assertEquals(Clause.decision(5), r.clause());
    }

    @Test
    void anUpheldObjectionReturnsOrEndsTheApplicationCitingD6() {
        Facts open = facts().objectionOpen(true).corrections(CORRECTIONS).build();
        Outcome.Moved back = assertInstanceOf(Outcome.Moved.class, StageMachine.apply(
                Stage.RECOMMENDATION_PUBLICITY, Act.UPHOLD_OBJECTION_AND_RETURN, LOCAL_HR, open));
        assertEquals(Stage.RETURNED_FOR_CORRECTION, back.to());
        assertEquals(CORRECTIONS, back.corrections());
        assertEquals(Clause.decision(6), back.clause());
        Outcome.Moved end = assertInstanceOf(Outcome.Moved.class, StageMachine.apply(Stage.RESULT_PUBLICITY,
                Act.UPHOLD_OBJECTION_AND_REFUSE, PROVINCE, open));
        assertEquals(Stage.REFUSED, end.to());
        assertEquals(Clause.decision(6), end.clause());
        // without an open objection there is nothing to uphold
        refused(Stage.RESULT_PUBLICITY, Act.UPHOLD_OBJECTION_AND_REFUSE, PROVINCE, PLAIN,
                Outcome.Refusal.GUARD_FAILED);
    }

    @Test
    void aFailedApplicantAsksForReExaminationOnceWithinThePeriod() {
        Stage failed = move(toExpertReview(), Act.RECORD_VOTE_FAILED, SECRETARY,
                facts().ballot(BallotResult.FAILED).build());
        assertEquals(Stage.FAILED_REVIEW, failed);
        LocalDate deadline = LocalDate.of(2026, 12, 10);
        Stage appeal = move(failed, Act.REQUEST_APPEAL, APPLICANT, facts().on(deadline).appealDeadline(deadline)
                .build());
        assertEquals(Stage.UNDER_APPEAL, appeal);
        assertEquals(Stage.IN_EXPERT_REVIEW, move(appeal, Act.GRANT_APPEAL, APPEALS, PLAIN));
        assertEquals(Stage.FAILED_REVIEW, move(appeal, Act.DISMISS_APPEAL, APPEALS, PLAIN));
        Outcome.Refused late = refused(failed, Act.REQUEST_APPEAL, APPLICANT,
                facts().on(deadline.plusDays(1)).appealDeadline(deadline).build(), Outcome.Refusal.GUARD_FAILED);
        assertEquals(Clause.decision(10), late.clause());
        refused(failed, Act.REQUEST_APPEAL, APPLICANT, facts().appealDeadline(deadline).appealedBefore(true).build(),
                Outcome.Refusal.GUARD_FAILED);
        refused(appeal, Act.REQUEST_APPEAL, APPLICANT, facts().appealDeadline(deadline).build(),
                Outcome.Refusal.REPEATED);
    }

    @Test
    void aTitleFoundObtainedByFraudIsRevokedNamingTheDecision() {
        Outcome.Refused bare = refused(Stage.CERTIFIED, Act.REVOKE, PROVINCE, PLAIN, Outcome.Refusal.GUARD_FAILED);
        assertEquals(Clause.decision(13), bare.clause());
        Outcome.Moved m = assertInstanceOf(Outcome.Moved.class, StageMachine.apply(Stage.CERTIFIED, Act.REVOKE,
                PROVINCE, facts().fraudDecision("吉人社职称〔2027〕3号").build()));
        assertEquals(Stage.REVOKED, m.to());
        assertEquals(Clause.decision(13), m.clause());
        refused(Stage.REVOKED, Act.REVOKE, PROVINCE, facts().fraudDecision("x").build(), Outcome.Refusal.REPEATED);
    }

    @Test
    void someoneBarredForFraudCannotSubmitThroughTheLastDayOfTheBar() {
        Outcome.Refused r = refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, facts().barredThrough(Review.DAY).build(),
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(Clause.decision(13), r.clause());
        assertEquals(Stage.SUBMITTED, move(Stage.DRAFT, Act.SUBMIT, APPLICANT,
                facts().barredThrough(Review.DAY.minusDays(1)).build()));
    }

    @Test
    void aSubmissionOutsideTheRoundsDaysOrForAFieldItDoesNotOpenIsRefused() {
        Outcome.Refused late = refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, facts().on(Review.CLOSE.plusDays(1))
                .build(), Outcome.Refusal.GUARD_FAILED);
        assertEquals(new Clause("六(一)"), late.clause());
        Facts iot = Facts.on(Review.DAY, Review.PROVINCIAL, "IOT", cn.zhicheng.core.policy.Level.INTERMEDIATE)
                .build();
        Outcome.Refused closed = refused(Stage.DRAFT, Act.SUBMIT, APPLICANT, iot, Outcome.Refusal.OUTSIDE_AUTHORITY);
        assertEquals(new Clause("三"), closed.clause());
    }

    @Test
    void anActRepeatedOrTakenAtTheWrongStageIsRefusedNamingTheActsClause() {
        Outcome.Refused twice = refused(Stage.RECOMMENDED, Act.RECOMMEND, RECOMMENDER,
                facts().recommendation(POSITIVE).build(), Outcome.Refusal.REPEATED);
        assertEquals(new Clause("六(二)"), twice.clause());
        refused(Stage.AGGREGATED, Act.SUBMIT, APPLICANT, PLAIN, Outcome.Refusal.REPEATED);
        refused(Stage.CERTIFIED, Act.RECORD_VOTE_PASSED, SECRETARY, facts().ballot(BallotResult.PASSED).build(),
                Outcome.Refusal.REPEATED);
        Outcome.Refused early = refused(Stage.SUBMITTED, Act.AGGREGATE, LOCAL_HR,
                facts().publicityEnded(true).build(), Outcome.Refusal.WRONG_STAGE);
        assertEquals(new Clause("六(二)"), early.clause());
        refused(Stage.FAILED_REVIEW, Act.PUBLICISE_RESULT, PROVINCE, PLAIN, Outcome.Refusal.WRONG_STAGE);
        refused(Stage.REFUSED, Act.RESUBMIT, APPLICANT, PLAIN, Outcome.Refusal.WRONG_STAGE);
    }

    @Test
    void theExpertReviewBeginsOnlyOnceTheCommitteeIsFormedAndRecordsOnlyTheVoteCast() {
        Outcome.Refused r = refused(Stage.QUALIFIED, Act.BEGIN_EXPERT_REVIEW, SECRETARY, PLAIN,
                Outcome.Refusal.GUARD_FAILED);
        assertEquals(new Clause("七(三)"), r.clause());
        refused(Stage.IN_EXPERT_REVIEW, Act.RECORD_VOTE_PASSED, SECRETARY, facts().ballot(BallotResult.FAILED).build(),
                Outcome.Refusal.GUARD_FAILED);
        refused(Stage.IN_EXPERT_REVIEW, Act.RECORD_VOTE_FAILED, SECRETARY, PLAIN, Outcome.Refusal.GUARD_FAILED);
    }
}
