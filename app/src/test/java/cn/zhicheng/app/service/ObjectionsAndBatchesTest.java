package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.RecommendationToAggregationTest.CITIZEN;
import static cn.zhicheng.app.service.RecommendationToAggregationTest.EMPLOYER;
import static cn.zhicheng.app.service.RecommendationToAggregationTest.OFFICE;
import static cn.zhicheng.app.service.RecommendationToAggregationTest.refusedAlone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Batches;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.app.store.ReplacedPublicities;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.Resolution;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Correction;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Recommendation;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Objections and their resolution (决定 D-6), the batch to the province (六(二)) and the result publicity (六(五)), on
 * H2 and PostgreSQL: a resolution lands once however many arrive together; an upheld objection returns the application
 * with what to correct, and once resubmitted and recommended again it is publicised again, the earlier period kept; a
 * batch sends the applications core accepts and lists the others with their clause.
 */
class ObjectionsAndBatchesTest {

    static final Actor PROVINCE = Actor.of("jilin-hrss", Role.PROVINCIAL_OFFICE);

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void ofConcurrentResolutionsOfOneObjectionExactlyOneLands(TestStores.Kind kind) throws Exception {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-1", Stage.RECOMMENDED);
            desk.at("2026-09-29T09:00").publicise.publicise("a-1", EMPLOYER);
            String objection = desk.at("2026-09-30T09:00").object.lodge("a-1", CITIZEN, "材料存疑", "")
                    .objectionId().orElseThrow();
            long entries = desk.auditEntries();
            desk.at("2026-10-08T09:00");

            int parallel = 8;
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResolveObjection.Resolved>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Act act = i % 2 == 0 ? Act.DISMISS_OBJECTION : Act.UPHOLD_OBJECTION_AND_REFUSE;
                Actor officer = Actor.of("officer-" + i, Role.LOCAL_HR_OFFICE);
                futures.add(pool.submit(() -> {
                    start.await();
                    return desk.resolve.resolve(objection, officer, act, "核查结论 " + officer.id(), List.of());
                }));
            }
            start.countDown();
            List<ActResult> results = new ArrayList<>();
            for (Future<ResolveObjection.Resolved> f : futures) {
                results.add(f.get().result());
            }
            pool.shutdown();

            List<ActResult.Done> landed = results.stream().filter(ActResult.Done.class::isInstance)
                    .map(ActResult.Done.class::cast).toList();
            assertEquals(1, landed.size(), results::toString);
            Objections stored = db.jdbi().withHandle(h -> new Publicities().objections(h, "a-1",
                    Publicity.Kind.RECOMMENDATION));
            Resolution resolution = stored.resolutionOf(objection).orElseThrow();
            assertEquals(landed.get(0).entry().act().actor().id(), resolution.resolvedBy(),
                    "the resolution stored is the one that landed");
            assertEquals(landed.get(0).moved().act() == Act.DISMISS_OBJECTION ? Resolution.Ruling.DISMISSED
                    : Resolution.Ruling.UPHELD, resolution.ruling());
            assertEquals(entries + parallel, desk.auditEntries(), "every attempt is audited, landed or refused");
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void objectionsLodgedAtOnceAreAllKeptEachUnderItsOwnId(TestStores.Kind kind) throws Exception {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            List<String> applications = List.of("a-1", "a-2", "a-3");
            for (String id : applications) {
                desk.application(id, Stage.RECOMMENDED);
                desk.at("2026-09-29T09:00").publicise.publicise(id, EMPLOYER);
            }
            desk.at("2026-09-30T09:00");
            int parallel = 9;
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<LodgeObjection.Lodged>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String application = applications.get(i % applications.size());
                Actor citizen = Actor.of("citizen-" + i, Role.PUBLIC);
                futures.add(pool.submit(() -> {
                    start.await();
                    return desk.object.lodge(application, citizen, "异议 " + citizen.id(), "");
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.TreeSet<>();
            for (Future<LodgeObjection.Lodged> f : futures) {
                LodgeObjection.Lodged lodged = f.get();
                assertInstanceOf(ActResult.Done.class, lodged.result());
                ids.add(lodged.objectionId().orElseThrow());
            }
            pool.shutdown();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, parallel)
                    .mapToObj(n -> String.format("OBJ-%06d", n)).collect(java.util.stream.Collectors.toCollection(
                            java.util.TreeSet::new)), ids);
            for (String id : applications) {
                assertEquals(3, db.jdbi().withHandle(h -> new Publicities().objections(h, id,
                        Publicity.Kind.RECOMMENDATION)).open().size());
            }
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anUpheldObjectionReturnsTheApplicationWhichIsPublicisedAgainWhenResubmitted(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-1", Stage.RECOMMENDED);
            desk.at("2026-09-29T09:00").publicise.publicise("a-1", EMPLOYER);
            String first = desk.at("2026-09-30T09:00").object.lodge("a-1", CITIZEN, "业绩造假", "王五")
                    .objectionId().orElseThrow();
            String second = desk.object.lodge("a-1", Actor.of("citizen-2", Role.PUBLIC), "同一事由", "")
                    .objectionId().orElseThrow();

            // a return lists what to correct (六(三)); without it, it is refused
            refusedAlone(desk.at("2026-10-08T09:00"), () -> desk.resolve.resolve(first, OFFICE,
                    Act.UPHOLD_OBJECTION_AND_RETURN, "业绩证明不足", List.of()).result(),
                    Outcome.Refusal.GUARD_FAILED, "六(三)", "a-1");
            ActResult.Done returned = assertInstanceOf(ActResult.Done.class, desk.resolve.resolve(first, OFFICE,
                    Act.UPHOLD_OBJECTION_AND_RETURN, "业绩证明不足", List.of("补充项目验收报告")).result());
            assertEquals(Stage.RETURNED_FOR_CORRECTION, returned.application().stage());
            assertEquals(List.of(Correction.general("补充项目验收报告")), returned.moved().corrections());
            assertTrue(returned.entry().act().document().orElseThrow() instanceof
                    cn.zhicheng.core.audit.Document.Embedded e && e.canonicalJson().contains("补充项目验收报告"));

            // resubmitted (六(一)), recommended and publicised again: the earlier period is kept aside
            ApplicationActs acts = new ApplicationActs(db.jdbi(), new AuditLog());
            ApplicationActs.Particulars samePerson = new ApplicationActs.Particulars() {
                @Override
                public Facts.Builder facts(Handle h, StoredApplication application, Facts.Builder facts) {
                    return facts.idNumber("220102199001012349").resubmittedIdNumber("220102199001012349");
                }
            };
            assertInstanceOf(ActResult.Done.class, acts.take("a-1", Actor.of("zhang", Role.APPLICANT), Act.RESUBMIT,
                    desk.at("2026-10-12T09:00").clock.instant(), samePerson));
            assertInstanceOf(ActResult.Done.class, desk.recommend.recommend("a-1", EMPLOYER,
                    RecommenderKind.EMPLOYER, Recommendation.Ethics.POSITIVE, "已补正"));
            PublicityPosted again = desk.at("2026-10-13T09:00").publicise.publicise("a-1", EMPLOYER);
            assertInstanceOf(ActResult.Done.class, again.result());
            assertEquals(LocalDate.of(2026, 10, 19), again.publicity().orElseThrow().lastDay());
            assertEquals(1, (int) db.jdbi().withHandle(h -> new ReplacedPublicities().count(h, "a-1")));

            // the earlier period's objection left open is not this period's: it does not hold the new batch
            PublicityFacts.Standing standing = db.jdbi().withHandle(h -> new PublicityFacts(ReviewDesk.CALENDAR)
                    .standing(h, "a-1", Publicity.Kind.RECOMMENDATION));
            assertFalse(standing.isOpen(second));
            AggregateBatch.Batch batch = desk.at("2026-10-20T09:00").aggregate.aggregate("b-1", OFFICE,
                    List.of("a-1"));
            assertInstanceOf(ActResult.Done.class, batch.members().get(0).result());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aBatchSendsWhatCoreAcceptsAndListsTheRestWithTheirClause(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-ended", Stage.RECOMMENDED);
            desk.application("a-running", Stage.RECOMMENDED);
            desk.application("a-early", Stage.SUBMITTED);
            desk.at("2026-09-29T09:00").publicise.publicise("a-ended", EMPLOYER);
            desk.at("2026-10-12T09:00").publicise.publicise("a-running", EMPLOYER);
            long entries = desk.auditEntries();

            AggregateBatch.Batch batch = desk.at("2026-10-13T09:00").aggregate.aggregate("cc-2026-01", OFFICE,
                    List.of("a-running", "a-ended", "a-early"));
            assertEquals(List.of("a-ended"), batch.sent().stream().map(AggregateBatch.Member::applicationId).toList());
            assertEquals(entries + 3, desk.auditEntries(), "one entry per listed application, sent or refused");
            Batches.Stored stored = db.jdbi().withHandle(h -> new Batches().find(h, "cc-2026-01")).orElseThrow();
            assertEquals(List.of(
                    new Batches.Member(1, "a-running", false, "决定 D-5", Optional.of("stage.guard.publicityRunning")),
                    new Batches.Member(2, "a-ended", true, "六(二)", Optional.empty()),
                    new Batches.Member(3, "a-early", false, "六(二)", Optional.of("stage.refused.wrongStage"))),
                    stored.members());
            assertEquals(Stage.AGGREGATED, desk.stage("a-ended"));
            assertEquals(Stage.RECOMMENDATION_PUBLICITY, desk.stage("a-running"));

            var before = desk.snapshot();
            assertEquals("review.batch.exists", assertThrows(ParticularsRefused.class, () -> desk.aggregate
                    .aggregate("cc-2026-01", OFFICE, List.of("a-running"))).refusal().key());
            assertEquals("review.batch.twice", assertThrows(ParticularsRefused.class, () -> desk.aggregate
                    .aggregate("cc-2026-02", OFFICE, List.of("a-running", "a-running"))).refusal().key());
            assertEquals("review.batch.id", assertThrows(ParticularsRefused.class, () -> desk.aggregate
                    .aggregate("批次 1", OFFICE, List.of("a-running"))).refusal().key());
            assertThrows(NotFound.class, () -> desk.aggregate.aggregate("cc-2026-03", OFFICE,
                    List.of("a-ended", "a-missing")));
            assertEquals(before, desk.snapshot(), "a list refused as input, or naming no application, stores nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theResultIsPublicisedByTheRunningBodyAndAnUpheldObjectionEndsIt(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            ReviewDesk desk = new ReviewDesk(db);
            desk.application("a-1", Stage.PASSED);
            refusedAlone(desk.at("2026-11-02T09:00"), () -> desk.publiciseResult.publicise("a-1", EMPLOYER)
                    .result(), Outcome.Refusal.WRONG_ROLE, "六(五)", "a-1");
            PublicityPosted posted = desk.publiciseResult.publicise("a-1", PROVINCE, 7);
            assertInstanceOf(ActResult.Done.class, posted.result());
            assertEquals(Publicity.Kind.RESULT, posted.publicity().orElseThrow().kind());
            assertEquals(LocalDate.of(2026, 11, 10), posted.publicity().orElseThrow().lastDay());

            String objection = desk.at("2026-11-05T09:00").object.lodge("a-1", CITIZEN, "评审程序违规", "")
                    .objectionId().orElseThrow();
            // the facts the certificate act reads for the result publicity
            Facts facts = db.jdbi().withHandle(h -> new PublicityFacts(ReviewDesk.CALENDAR).fill(h, "a-1",
                    Publicity.Kind.RESULT, LocalDate.of(2026, 11, 11),
                    Facts.on(LocalDate.of(2026, 11, 11), ReviewDesk.ROUND, "AI",
                            cn.zhicheng.core.policy.Level.INTERMEDIATE)).build());
            assertTrue(facts.publicityEnded() && facts.objectionOpen());

            refusedAlone(desk, () -> desk.resolve.resolve(objection, OFFICE, Act.DISMISS_OBJECTION, "不成立",
                    List.of()).result(), Outcome.Refusal.WRONG_ROLE, "决定 D-6", "a-1");
            refusedAlone(desk, () -> desk.resolve.resolve(objection, PROVINCE, Act.UPHOLD_OBJECTION_AND_RETURN,
                    "成立", List.of("补正")).result(), Outcome.Refusal.WRONG_STAGE, "决定 D-6", "a-1");
            ActResult.Done ended = assertInstanceOf(ActResult.Done.class, desk.resolve.resolve(objection, PROVINCE,
                    Act.UPHOLD_OBJECTION_AND_REFUSE, "经查评审程序违规属实", List.of()).result());
            assertEquals(Stage.REFUSED, ended.application().stage());
            // resolved already: a second resolution is refused, and nothing else changes
            refusedAlone(desk, () -> desk.resolve.resolve(objection, PROVINCE, Act.DISMISS_OBJECTION, "再议",
                    List.of()).result(), Outcome.Refusal.WRONG_STAGE, "决定 D-6", "a-1");
            assertEquals("review.objection.unknown", assertThrows(ParticularsRefused.class, () -> desk.resolve
                    .resolve("OBJ-999999", PROVINCE, Act.DISMISS_OBJECTION, "无", List.of())).refusal().key());
        }
    }
}
