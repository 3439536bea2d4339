package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CertificateFixture.CALENDAR;
import static cn.zhicheng.app.service.CertificateFixture.application;
import static cn.zhicheng.app.service.CertificateFixture.at;
import static cn.zhicheng.app.service.CertificateFixture.resultPublicity;
import static cn.zhicheng.app.service.CertificateFixture.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 决定 D-10: re-examination of a failed review is asked for within 30 days after the round's result publicity ends —
 * here the 30th day, 7 October 2026, is a National Day holiday, so the period runs to Thursday 8 October — once per
 * round; the appeals officer grants (back to the expert review) or dismisses it, with reasons.
 */
class AppealTest {

    @TempDir
    Path temp;

    static final Actor APPLICANT = Actor.of("wang-xiaoyu", Role.APPLICANT);
    static final Actor OFFICER = Actor.of("officer-1", Role.APPEALS_OFFICER);

    private Database failedInPublicisedRound(TestStores.Kind kind) {
        Database db = TestStores.fresh(kind, temp);
        db.jdbi().useTransaction(h -> new Rounds().save(h, CertificateIssueTest.ROUND));
        application(db, "passed", CertificateIssueTest.ROUND.id(), Stage.RESULT_PUBLICITY);
        application(db, "failed", CertificateIssueTest.ROUND.id(), Stage.FAILED_REVIEW);
        resultPublicity(db, "passed", CertificateIssueTest.POSTED);
        return db;
    }

    private static RequestAppeal request(Database db, String instant) {
        return new RequestAppeal(db, at(instant), CALENDAR);
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theLastDayMovesOffTheHolidayAndADayLaterIsRefused(TestStores.Kind kind) {
        try (Database db = failedInPublicisedRound(kind)) {
            ActResult late = request(db, "2026-10-09T02:00:00Z").request("failed", "投票计数有误", APPLICANT);
            Outcome.Refused refused = assertInstanceOf(ActResult.Refused.class, late).refusal();
            assertEquals("stage.guard.appealLate", refused.reason().key());
            assertEquals("决定 D-10", refused.clause().toString());
            assertTrue(Messages.both(refused.reason()).both().contains("2026-10-08"),
                    () -> Messages.both(refused.reason()).both());
            assertEquals(Stage.FAILED_REVIEW, stage(db, "failed"), "a refused request changes nothing");

            ActResult inTime = request(db, "2026-10-08T15:00:00Z").request("failed", "投票计数有误", APPLICANT);
            ActResult.Done done = assertInstanceOf(ActResult.Done.class, inTime);
            assertEquals(Stage.UNDER_APPEAL, done.application().stage());
            assertEquals(RequestAppeal.REQUEST, done.entry().act().document().orElseThrow().kind());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aRequestBeforeThePublicityEndsIsAcceptedAndASecondAfterTheDecisionIsRefused(TestStores.Kind kind) {
        try (Database db = failedInPublicisedRound(kind)) {
            assertInstanceOf(ActResult.Done.class,
                    request(db, "2026-09-02T02:00:00Z").request("failed", "代表作未被审阅", APPLICANT));

            ActResult dismissed = new DecideAppeal(db, at("2026-09-20T02:00:00Z"))
                    .decide("failed", false, "经复查，原评审程序与表决结果无误", OFFICER);
            assertEquals(Stage.FAILED_REVIEW, assertInstanceOf(ActResult.Done.class, dismissed).application().stage());

            ActResult second = request(db, "2026-09-21T02:00:00Z").request("failed", "再次申请", APPLICANT);
            Outcome.Refused refused = assertInstanceOf(ActResult.Refused.class, second).refusal();
            assertEquals("stage.guard.appealedBefore", refused.reason().key());
            long refusals = db.jdbi().withHandle(h -> new AuditLog().of(h, "failed")).stream()
                    .filter(e -> e.act().outcome() instanceof cn.zhicheng.core.audit.Outcome.Refused).count();
            assertEquals(1, refusals, "the refused request is audited");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aGrantedAppealGoesBackToTheExpertReviewAndOnlyTheOfficerDecides(TestStores.Kind kind) {
        try (Database db = failedInPublicisedRound(kind)) {
            request(db, "2026-09-10T02:00:00Z").request("failed", "评审专家应当回避而未回避", APPLICANT);
            ActResult byApplicant = new DecideAppeal(db, at("2026-09-15T02:00:00Z"))
                    .decide("failed", true, "自行决定", APPLICANT);
            assertEquals(Outcome.Refusal.WRONG_ROLE,
                    assertInstanceOf(ActResult.Refused.class, byApplicant).refusal().refusal());

            ActResult granted = new DecideAppeal(db, at("2026-09-15T02:00:00Z"))
                    .decide("failed", true, "专家回避有误，重新评审", OFFICER);
            assertEquals(Stage.IN_EXPERT_REVIEW, assertInstanceOf(ActResult.Done.class, granted).application().stage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void withoutAResultPublicityInTheRoundThePeriodIsNotSet(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, CertificateIssueTest.ROUND));
            application(db, "failed", CertificateIssueTest.ROUND.id(), Stage.FAILED_REVIEW);
            ActResult r = request(db, "2026-09-02T02:00:00Z").request("failed", "理由", APPLICANT);
            assertEquals("stage.guard.noAppealPeriod",
                    assertInstanceOf(ActResult.Refused.class, r).refusal().reason().key());
        }
    }

}
