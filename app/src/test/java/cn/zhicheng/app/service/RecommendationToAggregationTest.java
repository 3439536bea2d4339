package cn.zhicheng.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Batches;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.Recommendations;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Recommendation;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recommendation's part of 六(二) on a stored application, on H2 and PostgreSQL: the recommender's review with
 * its 品德 assessment (五(一)1), the publicity of at least 5 working days over the National Day holiday 2026
 * (决定 D-5), an objection that holds the application until it is dismissed (决定 D-6), and the local HR office's
 * batch to the province once the period is over.
 */
class RecommendationToAggregationTest {

    static final Actor EMPLOYER = Actor.of("employer-1", Role.RECOMMENDER);
    static final Actor CITIZEN = Actor.of("citizen-1", Role.PUBLIC);
    static final Actor OFFICE = Actor.of("changchun-hr", Role.LOCAL_HR_OFFICE);

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anObjectionHoldsTheBatchUntilDismissedAndThePeriodRunsOverNationalDay(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-1", Stage.SUBMITTED);

            ActResult.Done recommended = assertInstanceOf(ActResult.Done.class, desk.at("2026-09-28T10:00").recommend
                    .recommend("a-1", EMPLOYER, RecommenderKind.EMPLOYER, Recommendation.Ethics.POSITIVE,
                            "业绩突出，品德良好"));
            assertEquals(Stage.RECOMMENDED, recommended.application().stage());
            assertEquals("六(二)", recommended.moved().clause().toString());
            Recommendations.Stored stored = db.jdbi().withHandle(h -> new Recommendations().of(h, "a-1")).get(0);
            assertEquals(Recommendation.Ethics.POSITIVE, stored.recommendation().ethics());
            assertEquals("employer-1", stored.recommendation().recommender());
            assertEquals(stored.sha256(), CanonicalJson.sha256(stored.json().getBytes(StandardCharsets.UTF_8)));
            assertEquals(stored.sha256(), recommended.entry().act().document().orElseThrow().sha256(),
                    "the audit entry names the stored recommendation's digest");

            // posted on Tuesday 29 September: 29, 30 September, then 1-7 October are the holiday, 8 and 9 October,
            // and Saturday 10 October is an adjusted working day (调休): the fifth working day
            PublicityPosted posted = desk.at("2026-09-29T09:00").publicise.publicise("a-1", EMPLOYER);
            assertInstanceOf(ActResult.Done.class, posted.result());
            Publicity period = posted.publicity().orElseThrow();
            assertEquals(LocalDate.of(2026, 9, 29), period.firstDay());
            assertEquals(LocalDate.of(2026, 10, 10), period.lastDay());
            assertEquals(period, db.jdbi().withHandle(h -> new Publicities().find(h, "a-1",
                    Publicity.Kind.RECOMMENDATION, ReviewDesk.CALENDAR)).orElseThrow());
            assertEquals(Stage.RECOMMENDATION_PUBLICITY, desk.stage("a-1"));

            LodgeObjection.Lodged lodged = desk.at("2026-10-09T16:30").object.lodge("a-1", CITIZEN,
                    "申报业绩与实际不符", "");
            assertInstanceOf(ActResult.Done.class, lodged.result());
            String objection = lodged.objectionId().orElseThrow();
            assertEquals("OBJ-000001", objection);

            // the period is over, but the objection is open: the batch refuses this application (决定 D-6)
            AggregateBatch.Batch blocked = desk.at("2026-10-11T09:00").aggregate.aggregate("batch-1", OFFICE,
                    List.of("a-1"));
            ActResult.Refused held = assertInstanceOf(ActResult.Refused.class, blocked.members().get(0).result());
            assertEquals("决定 D-6", held.refusal().clause().toString());
            assertEquals(Outcome.Refusal.GUARD_FAILED, held.refusal().refusal());
            assertTrue(!blocked.stored(), "a batch that sends nothing is not stored");
            assertEquals(Stage.RECOMMENDATION_PUBLICITY, desk.stage("a-1"));

            ResolveObjection.Resolved dismissed = desk.at("2026-10-11T10:00").resolve.resolve(objection, OFFICE,
                    Act.DISMISS_OBJECTION, "经核实，业绩材料属实", List.of());
            assertInstanceOf(ActResult.Done.class, dismissed.result());
            assertTrue(Messages.both(dismissed.message().orElseThrow()).both().contains(objection));
            assertEquals(Stage.RECOMMENDATION_PUBLICITY, desk.stage("a-1"), "a dismissal lets it proceed, no more");

            AggregateBatch.Batch sent = desk.at("2026-10-12T09:00").aggregate.aggregate("batch-1", OFFICE,
                    List.of("a-1"));
            ActResult.Done aggregated = assertInstanceOf(ActResult.Done.class, sent.members().get(0).result());
            assertEquals(Stage.AGGREGATED, aggregated.application().stage());
            Batches.Stored batch = db.jdbi().withHandle(h -> new Batches().find(h, "batch-1")).orElseThrow();
            assertEquals("changchun-hr", batch.office());
            assertEquals(List.of(new Batches.Member(1, "a-1", true, "六(二)", java.util.Optional.empty())),
                    batch.members());
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theBatchWaitsForTheLastWorkingDayToEnd(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-1", Stage.RECOMMENDED);
            desk.at("2026-09-29T09:00").publicise.publicise("a-1", EMPLOYER);
            // 10 October, the adjusted working day, is the period's last day: it has not ended until 24:00
            AggregateBatch.Batch early = desk.at("2026-10-10T23:59").aggregate.aggregate("b-early", OFFICE,
                    List.of("a-1"));
            ActResult.Refused refused = assertInstanceOf(ActResult.Refused.class, early.members().get(0).result());
            assertEquals("决定 D-5", refused.refusal().clause().toString());
            AggregateBatch.Batch onTime = desk.at("2026-10-11T00:00").aggregate.aggregate("b-on-time", OFFICE,
                    List.of("a-1"));
            assertInstanceOf(ActResult.Done.class, onTime.members().get(0).result());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aNegativeAssessmentOfEthicsEndsTheApplication(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-1", Stage.SUBMITTED);
            var before = desk.snapshot();
            ParticularsRefused noGrounds = org.junit.jupiter.api.Assertions.assertThrows(ParticularsRefused.class,
                    () -> desk.recommend.recommend("a-1", EMPLOYER, RecommenderKind.INCUBATOR,
                            Recommendation.Ethics.NEGATIVE, "  "));
            assertEquals("review.recommendation.grounds", noGrounds.refusal().key());
            assertEquals(before, desk.snapshot(), "a negative assessment without grounds is not even attempted");

            ActResult.Done declined = assertInstanceOf(ActResult.Done.class, desk.recommend.recommend("a-1",
                    EMPLOYER, RecommenderKind.INCUBATOR, Recommendation.Ethics.NEGATIVE, "存在学术不端记录"));
            assertEquals(Act.DECLINE_ON_ETHICS, declined.moved().act());
            assertEquals(Stage.REFUSED, declined.application().stage());
            assertEquals("五(一)1", declined.moved().clause().toString());
            assertEquals(Recommendation.Ethics.NEGATIVE, db.jdbi().withHandle(h -> new Recommendations()
                    .of(h, "a-1")).get(0).recommendation().ethics());

            ActResult.Refused after = assertInstanceOf(ActResult.Refused.class, desk.publicise
                    .publicise("a-1", EMPLOYER).result());
            assertEquals(Outcome.Refusal.WRONG_STAGE, after.refusal().refusal());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void everyRefusalNamesItsClauseAndChangesNothingButTheAudit(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-sub", Stage.SUBMITTED);
            desk.application("a-rec", Stage.RECOMMENDED);
            desk.application("a-pub", Stage.RECOMMENDED);
            desk.at("2026-09-29T09:00").publicise.publicise("a-pub", EMPLOYER);

            // the applicant cannot recommend themselves
            refusedAlone(desk, () -> desk.recommend.recommend("a-sub", Actor.of("zhang", Role.APPLICANT),
                    RecommenderKind.EMPLOYER, Recommendation.Ethics.POSITIVE, ""), Outcome.Refusal.WRONG_ROLE,
                    "六(二)", "a-sub");
            // nothing to publicise before the recommendation
            refusedAlone(desk, () -> desk.publicise.publicise("a-sub", EMPLOYER).result(),
                    Outcome.Refusal.WRONG_STAGE, "六(二)", "a-sub");
            // recommended already
            refusedAlone(desk, () -> desk.recommend.recommend("a-rec", EMPLOYER, RecommenderKind.EMPLOYER,
                    Recommendation.Ethics.POSITIVE, ""), Outcome.Refusal.REPEATED, "六(二)", "a-rec");
            // publicised already
            refusedAlone(desk, () -> desk.publicise.publicise("a-pub", EMPLOYER).result(),
                    Outcome.Refusal.REPEATED, "六(二)", "a-pub");
            // a recommender does not resolve or aggregate, and the public objects only during a publicity
            refusedAlone(desk, () -> desk.object.lodge("a-rec", CITIZEN, "理由", "").result(),
                    Outcome.Refusal.WRONG_STAGE, "决定 D-6", "a-rec");
            refusedAlone(desk, () -> desk.aggregate.aggregate("b-1", EMPLOYER, List.of("a-pub")).members().get(0)
                    .result(), Outcome.Refusal.WRONG_ROLE, "六(二)", "a-pub");
            // the period ended at 24:00 on 10 October: an objection at 00:00 on the 11th is late
            ActResult.Refused late = refusedAlone(desk.at("2026-10-11T00:00"), () -> desk.object.lodge("a-pub",
                    CITIZEN, "迟到的异议", "李四").result(), Outcome.Refusal.GUARD_FAILED, "决定 D-6", "a-pub");
            assertEquals("stage.guard.publicityOver", late.refusal().reason().key());
            // the holiday data ends on 30 November 2026: a period from 25 November cannot be counted, and is
            // refused rather than guessed
            ActResult.Refused beyond = refusedAlone(desk.at("2026-11-25T09:00"), () -> desk.publicise
                    .publicise("a-rec", EMPLOYER).result(), Outcome.Refusal.GUARD_FAILED, "决定 D-5", "a-rec");
            String reason = Messages.both(beyond.refusal().reason()).both();
            assertTrue(reason.contains("2026-11-30") && reason.contains("2026-12-01"), reason);
            // a longer period may be asked for, never a shorter one, and never without bound
            var before = desk.snapshot();
            assertEquals("review.publicity.workingDays", org.junit.jupiter.api.Assertions.assertThrows(
                    ParticularsRefused.class, () -> desk.publicise.publicise("a-rec", EMPLOYER, 4)).refusal().key());
            org.junit.jupiter.api.Assertions.assertThrows(ParticularsRefused.class,
                    () -> desk.publicise.publicise("a-rec", EMPLOYER, 61));
            assertEquals(before, desk.snapshot());
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    /** The act is refused with the clause and reason, and the store holds exactly one more row: its audit entry. */
    static ActResult.Refused refusedAlone(ReviewDesk desk, java.util.function.Supplier<ActResult> act,
                                         Outcome.Refusal why, String clause, String application) {
        var before = desk.snapshot();
        ActResult.Refused refused = assertInstanceOf(ActResult.Refused.class, act.get());
        assertEquals(why, refused.refusal().refusal(), () -> Messages.both(refused.refusal().reason()).both());
        assertEquals(clause, refused.refusal().clause().toString());
        var after = desk.snapshot();
        assertEquals((Long) before.get("audit_entry") + 1, after.get("audit_entry"));
        after.put("audit_entry", before.get("audit_entry"));
        assertEquals(before, after, "only the refusal's audit entry was added");
        AuditEntry entry = db(desk).withHandle(h -> new AuditLog().of(h, application)).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(refused.entry(), entry);
        assertEquals(clause, entry.act().clause().toString());
        return refused;
    }

    private static org.jdbi.v3.core.Jdbi db(ReviewDesk desk) {
        return desk.db.jdbi();
    }
}
