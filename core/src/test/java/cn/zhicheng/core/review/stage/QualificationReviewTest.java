package cn.zhicheng.core.review.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.decision.RuleSetPin;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.eligibility.Outcome;
import cn.zhicheng.core.eligibility.Score;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualificationReviewTest {

    /** The dossier: a degree and two works; the decision relied on the degree and the patent. */
    private static final List<String> DOSSIER = List.of("edu-bachelor", "work-patent", "work-paper");

    private static DecisionRecord decision(Verdict verdict) {
        Finding ladder = Finding.leaf("ladder", new Clause("附件1"), Outcome.PASSED, Map.of(),
                Message.of("x")).withEvidence(List.of("edu-bachelor"));
        Finding works = Finding.leaf("achievements.works", new Clause("附件1"), Outcome.PASSED, Map.of(),
                Message.of("x")).withEvidence(List.of("work-patent"));
        Finding group = new Finding("achievements", List.of(new Clause("附件1")), Outcome.PASSED, Map.of(),
                Message.of("x"), Optional.empty(), Optional.empty(), false, List.of(works));
        return new DecisionRecord(DecisionRecord.SCHEMA, DecisionRecord.ENGINE, "0".repeat(64),
                new RuleSetPin("annex-ai", "2021.10-p1", "吉人社规〔2021〕5号 附件1", LocalDate.of(2021, 10, 20),
                        "1".repeat(64)),
                new DecisionRecord.FieldRef("AI", new Text("人工智能", "Artificial intelligence"), Series.ENGINEERING,
                        "附件1"),
                Level.INTERMEDIATE, Title.of(Series.ENGINEERING, Level.INTERMEDIATE).orElseThrow(),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), verdict, Optional.empty(), List.of(),
                List.of(), false, List.of(ladder, group), new Score(List.of(), 0));
    }

    private static final EvidenceVerdict DEGREE_OK = new EvidenceVerdict.Accepted("edu-bachelor");
    private static final EvidenceVerdict PATENT_OK = new EvidenceVerdict.Accepted("work-patent");

    @Test
    void everyReliedOnPieceAcceptedQualifies() {
        Conclusion c = QualificationReview.conclude(decision(Verdict.ELIGIBLE), List.of(DEGREE_OK, PATENT_OK),
                DOSSIER);
        assertEquals(List.of(DEGREE_OK, PATENT_OK), assertInstanceOf(Conclusion.Qualified.class, c).verdicts());
    }

    @Test
    void anyPieceNeedingMoreReturnsTheApplicationWithWhatToCorrect() {
        EvidenceVerdict more = new EvidenceVerdict.NeedsMore("work-paper", "缺少期刊目录页");
        Conclusion c = QualificationReview.conclude(decision(Verdict.ELIGIBLE), List.of(DEGREE_OK, PATENT_OK, more),
                DOSSIER);
        assertEquals(List.of(Correction.of("work-paper", "缺少期刊目录页")),
                assertInstanceOf(Conclusion.Returned.class, c).corrections());
    }

    @Test
    void rejectingEvidenceTheDecisionReliedOnRefuses() {
        EvidenceVerdict forged = new EvidenceVerdict.Rejected("work-patent", "专利号查无此件");
        Conclusion.Refused r = assertInstanceOf(Conclusion.Refused.class, QualificationReview.conclude(
                decision(Verdict.ELIGIBLE), List.of(DEGREE_OK, forged), DOSSIER));
        assertEquals(Message.of("stage.qualification.rejectedEvidence", List.of("work-patent")), r.reason());
        Messages.both(r.reason());
    }

    @Test
    void rejectingEvidenceTheDecisionDidNotRelyOnStillQualifies() {
        EvidenceVerdict paper = new EvidenceVerdict.Rejected("work-paper", "非本人署名");
        assertInstanceOf(Conclusion.Qualified.class, QualificationReview.conclude(decision(Verdict.ELIGIBLE),
                List.of(DEGREE_OK, PATENT_OK, paper), DOSSIER));
    }

    @Test
    void anIneligibleDecisionUnderThePinnedRuleSetRefuses() {
        Conclusion.Refused r = assertInstanceOf(Conclusion.Refused.class, QualificationReview.conclude(
                decision(Verdict.NOT_YET), List.of(), DOSSIER));
        assertEquals("stage.qualification.ineligible", r.reason().key());
    }

    @Test
    void verdictsOnUnknownEvidenceAndReliedOnEvidenceWithoutVerdictAreRefusedTogether() {
        Conclusion c = QualificationReview.conclude(decision(Verdict.ELIGIBLE),
                List.of(DEGREE_OK, new EvidenceVerdict.Accepted("work-ghost")), DOSSIER);
        Conclusion.NotConcludable n = assertInstanceOf(Conclusion.NotConcludable.class, c);
        assertEquals(List.of(Message.of("stage.qualification.unknownEvidence", List.of("work-ghost")),
                Message.of("stage.qualification.unjudged", List.of("work-patent"))), n.problems());
        n.problems().forEach(Messages::both);
    }

    @Test
    void twoVerdictsOnOnePieceAreRefused() {
        Conclusion c = QualificationReview.conclude(decision(Verdict.ELIGIBLE),
                List.of(DEGREE_OK, PATENT_OK, new EvidenceVerdict.Rejected("edu-bachelor", "学信网查无此证")), DOSSIER);
        assertEquals(List.of(Message.of("stage.qualification.twoVerdicts", List.of("edu-bachelor"))),
                assertInstanceOf(Conclusion.NotConcludable.class, c).problems());
    }

    @Test
    void theConclusionDrivesTheStageMachine() {
        EvidenceVerdict more = new EvidenceVerdict.NeedsMore("work-paper", "缺少期刊目录页");
        Conclusion returned = QualificationReview.conclude(decision(Verdict.ELIGIBLE),
                List.of(DEGREE_OK, PATENT_OK, more), DOSSIER);
        cn.zhicheng.core.review.stage.Outcome.Moved m = assertInstanceOf(
                cn.zhicheng.core.review.stage.Outcome.Moved.class,
                StageMachine.apply(Stage.QUALIFICATION_REVIEW, Act.RETURN_FOR_CORRECTION, Review.REVIEWER,
                        Review.facts().qualification(returned).build()));
        assertEquals(List.of(Correction.of("work-paper", "缺少期刊目录页")), m.corrections());
        Review.refused(Stage.QUALIFICATION_REVIEW, Act.QUALIFY, Review.REVIEWER,
                Review.facts().qualification(returned).build(),
                cn.zhicheng.core.review.stage.Outcome.Refusal.GUARD_FAILED);
    }
}
