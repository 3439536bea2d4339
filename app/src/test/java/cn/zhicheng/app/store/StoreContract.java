package cn.zhicheng.app.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.SubmitApplication;
import cn.zhicheng.app.service.Submission;
import cn.zhicheng.app.service.VerifyAudit;
import cn.zhicheng.app.service.WithdrawApplication;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the store must do on every database it supports: the same tests run against embedded H2 ({@link H2StoreTest})
 * and a real PostgreSQL server the tests start themselves ({@link PostgresStoreTest}). Each test gets a database of
 * its own, empty and migrated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    /** A place a database lives, opened (and migrated) on demand, as start-up would. */
    interface Target {
        Database open();
    }

    /** A new, empty database. */
    abstract Target fresh() throws Exception;

    static final Round ROUND = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));

    /** 10:00 in Changchun on a day the round takes applications. */
    static final Instant DURING = Instant.parse("2026-07-10T02:00:00Z");
    /** The first day after applications closed, in China (it is still 31 July in UTC). */
    static final Instant AFTER_CLOSE = Instant.parse("2026-07-31T16:30:00Z");

    static final Actor APPLICANT = Actor.of("applicant-1", Role.APPLICANT);
    static final Actor RECOMMENDER = Actor.of("incubator-1", Role.RECOMMENDER);

    static final ApplicantFile DOSSIER = dossier();

    private static ApplicantFile dossier() {
        StrictReader reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
        try {
            byte[] yaml = Files.readAllBytes(Path.of("..", "examples", "applicant.yaml"));
            return reader.read("applicant.yaml", yaml, StrictReader.Syntax.YAML, ApplicantFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static Submission submission(String id) {
        return new Submission(id, ROUND.id(), "AI", Level.INTERMEDIATE, DOSSIER);
    }

    /** A fresh database holding the round. */
    Database withRound() throws Exception {
        Database db = fresh().open();
        db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
        return db;
    }

    static StoredApplication stored(Database db, String id) {
        return db.jdbi().withHandle(h -> new Applications().find(h, id)).orElseThrow();
    }

    static List<AuditEntry> chain(Database db) {
        return db.jdbi().withHandle(h -> new AuditLog().rows(h)).stream().map(AuditLog.StoredEntry::entry).toList();
    }

    static Outcome.Refused refused(ActResult result, Outcome.Refusal why) {
        ActResult.Refused r = assertInstanceOf(ActResult.Refused.class, result, result::toString);
        assertEquals(why, r.refusal().refusal(), () -> Messages.both(r.refusal().reason()).both());
        return r.refusal();
    }

    @Test
    void submitThenWithdrawStoresBothStagesAndTwoEntriesThatVerify() throws Exception {
        try (Database db = withRound()) {
            ActResult submitted = new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            assertInstanceOf(ActResult.Done.class, submitted, submitted::toString);
            StoredApplication afterSubmit = stored(db, "app-1");
            assertEquals(Stage.SUBMITTED, afterSubmit.stage());
            assertEquals(DURING, afterSubmit.createdAt(), "stored in UTC and read back as the same instant");
            assertEquals(InputDigest.sha256(DOSSIER), afterSubmit.dossierSha256());
            assertArrayEquals(InputDigest.canonical(DOSSIER), db.jdbi().withHandle(h -> new Applications()
                    .dossier(h, "app-1")).orElseThrow().getBytes(StandardCharsets.UTF_8));

            Instant later = DURING.plusSeconds(3600);
            ActResult withdrawn = new WithdrawApplication(db, at(later)).withdraw("app-1", APPLICANT);
            assertInstanceOf(ActResult.Done.class, withdrawn, withdrawn::toString);
            StoredApplication afterWithdraw = stored(db, "app-1");
            assertEquals(Stage.WITHDRAWN, afterWithdraw.stage());
            assertEquals(afterSubmit.version() + 1, afterWithdraw.version());
            assertEquals(later, afterWithdraw.updatedAt());

            List<AuditEntry> chain = chain(db);
            assertEquals(List.of("application.submit", "application.withdraw"),
                    chain.stream().map(e -> e.act().act()).toList());
            assertEquals("SUBMITTED", chain.get(0).act().after().orElseThrow());
            assertEquals(InputDigest.sha256(DOSSIER), chain.get(0).act().document().orElseThrow().sha256());
            assertEquals("五(三)1", chain.get(1).act().clause().ref());
            assertEquals("WITHDRAWN", chain.get(1).act().after().orElseThrow());
            Verification v = new VerifyAudit(db).verify();
            assertEquals(new Verification.Intact(2, chain.get(1).hash()), v);
        }
    }

    @Test
    void aWithdrawalByTheRecommenderIsRefusedWithItsClauseAndOnlyTheRefusalIsAudited() throws Exception {
        try (Database db = withRound()) {
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            StoredApplication before = stored(db, "app-1");

            Outcome.Refused r = refused(new WithdrawApplication(db, at(DURING)).withdraw("app-1", RECOMMENDER),
                    Outcome.Refusal.WRONG_ROLE);
            assertEquals("五(三)1", r.clause().ref());
            assertTrue(Messages.render(r.reason(), Messages.ZH).contains("撤回申报"),
                    Messages.render(r.reason(), Messages.ZH));

            assertEquals(before, stored(db, "app-1"), "the stage and version are unchanged");
            List<AuditEntry> chain = chain(db);
            assertEquals(2, chain.size());
            AuditEntry refusal = chain.get(1);
            assertEquals(new cn.zhicheng.core.audit.Outcome.Refused("stage.refused.wrongRole"),
                    refusal.act().outcome());
            assertEquals("RECOMMENDER", refusal.act().actor().role());
            assertEquals("SUBMITTED", refusal.act().before().orElseThrow());
            assertTrue(refusal.act().after().isEmpty(), "a refusal moves nothing");
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    @Test
    void aSubmissionAfterApplicationsCloseIsRefusedAndNothingIsStored() throws Exception {
        try (Database db = withRound()) {
            Outcome.Refused r = refused(new SubmitApplication(db, at(AFTER_CLOSE)).submit(submission("late"),
                    APPLICANT), Outcome.Refusal.GUARD_FAILED);
            assertEquals("六(一)", r.clause().ref());
            assertTrue(db.jdbi().withHandle(h -> new Applications().find(h, "late")).isEmpty());
            List<AuditEntry> chain = chain(db);
            assertEquals(1, chain.size());
            assertInstanceOf(cn.zhicheng.core.audit.Outcome.Refused.class, chain.get(0).act().outcome());
            assertEquals("DRAFT", chain.get(0).act().before().orElseThrow());
        }
    }

    @Test
    void aSecondSubmissionIsRefusedAsRepeated() throws Exception {
        try (Database db = withRound()) {
            SubmitApplication submit = new SubmitApplication(db, at(DURING));
            assertInstanceOf(ActResult.Done.class, submit.submit(submission("app-1"), APPLICANT));
            refused(submit.submit(submission("app-1"), APPLICANT), Outcome.Refusal.REPEATED);
            assertEquals(1, stored(db, "app-1").version());
            assertEquals(2, chain(db).size());
        }
    }

    @Test
    void ofEightParallelWithdrawalsExactlyOneLandsAndNoUpdateIsLost() throws Exception {
        try (Database db = withRound()) {
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            WithdrawApplication withdraw = new WithdrawApplication(db, at(DURING));
            List<ActResult> results = inParallel(8, i -> withdraw.withdraw("app-1", APPLICANT));

            assertEquals(1, results.stream().filter(ActResult.Done.class::isInstance).count(), results::toString);
            results.stream().filter(ActResult.Refused.class::isInstance)
                    .forEach(r -> refused(r, Outcome.Refusal.REPEATED));
            StoredApplication now = stored(db, "app-1");
            assertEquals(Stage.WITHDRAWN, now.stage());
            assertEquals(2, now.version(), "exactly one update landed on version 1");
            List<AuditEntry> chain = chain(db);
            assertEquals(9, chain.size(), "the submission, the withdrawal and seven refusals");
            assertEquals(1, chain.stream().filter(e -> e.act().act().equals("application.withdraw")
                    && e.act().outcome() instanceof cn.zhicheng.core.audit.Outcome.Done).count());
            assertEquals(new Verification.Intact(9, chain.get(8).hash()), new VerifyAudit(db).verify());
        }
    }

    @Test
    void aStageChangeFromAStaleVersionDoesNotLand() throws Exception {
        try (Database db = withRound()) {
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            long read = stored(db, "app-1").version();
            Applications applications = new Applications();
            boolean first = db.jdbi().inTransaction(h -> applications.moveStage(h, "app-1", read, Stage.WITHDRAWN,
                    DURING));
            // a second act that read the same version lost the race: zero rows, nothing overwritten
            boolean second = db.jdbi().inTransaction(h -> applications.moveStage(h, "app-1", read,
                    Stage.RECOMMENDED, DURING));
            assertTrue(first);
            assertFalse(second);
            assertEquals(Stage.WITHDRAWN, stored(db, "app-1").stage());
            assertEquals(read + 1, stored(db, "app-1").version());
        }
    }

    @Test
    void eightParallelSubmissionsAllLandOnOneUnforkedChain() throws Exception {
        try (Database db = withRound()) {
            SubmitApplication submit = new SubmitApplication(db, at(DURING));
            List<ActResult> results = inParallel(8, i -> submit.submit(submission("app-" + i), APPLICANT));
            assertTrue(results.stream().allMatch(ActResult.Done.class::isInstance), results::toString);
            List<AuditEntry> chain = chain(db);
            assertEquals(8, chain.size());
            assertEquals(8, chain.stream().map(e -> e.act().subject()).distinct().count());
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamed() throws Exception {
        try (Database db = withRound()) {
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            new WithdrawApplication(db, at(DURING)).withdraw("app-1", RECOMMENDER);
            new WithdrawApplication(db, at(DURING)).withdraw("app-1", APPLICANT);
            // someone with database access makes the refused recommender look like the applicant
            int changed = db.jdbi().withHandle(h -> h.createUpdate("UPDATE audit_entry SET entry_json ="
                    + " REPLACE(entry_json, 'incubator-1', 'applicant-1') WHERE entry_number = 2").execute());
            assertEquals(1, changed);

            Verification v = new VerifyAudit(db).verify();
            Verification.Broken broken = assertInstanceOf(Verification.Broken.class, v);
            assertEquals(Verification.Problem.CHANGED, broken.problem());
            assertEquals(2, broken.entry());
            assertTrue(Messages.render(broken.message(), Messages.ZH).contains("2"));
        }
    }

    @Test
    void aBatchingAppenderStoresItsEntriesOnFlushAndLosesToAnAppendAfterTheSameHead() throws Exception {
        try (Database db = withRound()) {
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            AuditLog log = new AuditLog();
            List<AuditEntry> appended = db.jdbi().inTransaction(h -> {
                AuditLog.Appender appender = log.batchingAppender(h);
                AuditEntry first = appender.append(noted("app-1"));
                AuditEntry second = appender.append(noted("app-1"));
                // linked in memory, not yet stored
                assertEquals(1, log.rows(h).size());
                appender.flush();
                return List.of(first, second);
            });
            assertEquals(List.of(2L, 3L), appended.stream().map(AuditEntry::sequence).toList());
            assertEquals(appended, chain(db).subList(1, 3));
            assertInstanceOf(Verification.Intact.class, new VerifyAudit(db).verify());

            // two transactions that read the same head: the one that flushes second fails, and stores nothing
            var h1 = db.jdbi().open();
            var h2 = db.jdbi().open();
            try {
                h1.begin();
                h2.begin();
                AuditLog.Appender a1 = log.batchingAppender(h1);
                AuditLog.Appender a2 = log.batchingAppender(h2);
                a1.append(noted("app-1"));
                a2.append(noted("app-1"));
                a1.flush();
                h1.commit();
                assertThrows(RuntimeException.class, a2::flush);
                h2.rollback();
            } finally {
                h1.close();
                h2.close();
            }
            assertEquals(4, chain(db).size());
            assertInstanceOf(Verification.Intact.class, new VerifyAudit(db).verify());
        }
    }

    private static cn.zhicheng.core.audit.Act noted(String subject) {
        return new cn.zhicheng.core.audit.Act(subject,
                new cn.zhicheng.core.audit.Actor("office-1", "PROVINCIAL_OFFICE"), "application.noted",
                cn.zhicheng.core.policy.Clause.notice("七(二)"), DURING, Optional.empty(), Optional.empty(),
                Optional.empty(), cn.zhicheng.core.audit.Outcome.done());
    }

    @Test
    void anEntryDeletedFromTheDatabaseIsNamedAsMissing() throws Exception {
        try (Database db = withRound()) {
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            new SubmitApplication(db, at(DURING)).submit(submission("app-2"), APPLICANT);
            new WithdrawApplication(db, at(DURING)).withdraw("app-1", APPLICANT);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE entry_number = 2"));

            Verification.Broken broken = assertInstanceOf(Verification.Broken.class, new VerifyAudit(db).verify());
            assertEquals(Verification.Problem.MISSING, broken.problem());
            assertEquals(2, broken.entry());
        }
    }

    @Test
    void aDatabaseFromANewerBuildRefusesToOpenAndIsLeftAsItWas() throws Exception {
        Target target = fresh();
        try (Database db = target.open()) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
            db.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\","
                    + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                    + " \"installed_on\", \"execution_time\", \"success\") SELECT MAX(\"installed_rank\") + 1, '999',"
                    + " 'from a newer build', 'SQL', 'V999__from_a_newer_build.sql', 1, 'zhicheng', CURRENT_TIMESTAMP,"
                    + " 1, TRUE FROM \"flyway_schema_history\""));
        }

        Jdbi raw = rawAccess(target);
        List<String> historyBefore = history(raw);
        assertTrue(historyBefore.contains("999"), historyBefore::toString);

        StoreRefused refused = assertThrows(StoreRefused.class, target::open);
        assertTrue(refused.reason().zh().contains("结构版本为 999"), refused.reason().zh());
        assertTrue(refused.reason().en().contains("schema version 999, newer than version "), refused.reason().en());
        assertEquals(0, refused.getStackTrace().length, "the user sees the reason, not a stack trace");

        // what the newer build wrote is still there: nothing was migrated away
        int applications = raw.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM application")
                .mapTo(Integer.class).one());
        assertEquals(historyBefore, history(raw));
        assertEquals(1, applications);
    }

    @Test
    void aMigrationHistoryWithAnotherChecksumRefusesToOpen() throws Exception {
        Target target = fresh();
        try (Database db = target.open()) {
            db.jdbi().useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345"
                    + " WHERE \"version\" = '1'"));
        }
        StoreRefused refused = assertThrows(StoreRefused.class, target::open);
        assertTrue(refused.reason().en().contains("does not match this build"), refused.reason().en());
        assertTrue(refused.reason().zh().contains("迁移历史与本程序不符"), refused.reason().zh());
        assertTrue(refused.reason().en().contains("1 (applications rounds audit)"), refused.reason().en());
    }

    @Test
    void reopeningAStoreKeepsWhatItHolds() throws Exception {
        Target target = fresh();
        try (Database db = target.open()) {
            db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
            new SubmitApplication(db, at(DURING)).submit(submission("app-1"), APPLICANT);
        }
        try (Database db = target.open()) {
            assertEquals(Stage.SUBMITTED, stored(db, "app-1").stage());
            assertEquals(ROUND, db.jdbi().withHandle(h -> new Rounds().find(h, ROUND.id())).orElseThrow());
            assertTrue(new VerifyAudit(db).verify().intact());
            assertFalse(chain(db).isEmpty());
        }
    }

    /** The versions in Flyway's history table, in the order they were installed. */
    private static List<String> history(Jdbi raw) {
        return raw.withHandle(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                + " ORDER BY \"installed_rank\"").mapTo(String.class).list());
    }

    /** Direct access to a target's database, past every check of {@link Database}: what a tamperer would have. */
    abstract Jdbi rawAccess(Target target);

    interface Act {
        ActResult run(int i) throws Exception;
    }

    /** Runs {@code n} acts at once, released together. */
    static List<ActResult> inParallel(int n, Act act) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ActResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return act.run(index);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<ActResult> results = new ArrayList<>();
            for (Future<ActResult> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
