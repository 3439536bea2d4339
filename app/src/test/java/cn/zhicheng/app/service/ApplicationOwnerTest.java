package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CertificateFixture.CALENDAR;
import static cn.zhicheng.app.service.CertificateFixture.DOSSIER;
import static cn.zhicheng.app.service.CertificateFixture.READER;
import static cn.zhicheng.app.service.CertificateFixture.application;
import static cn.zhicheng.app.service.CertificateFixture.at;
import static cn.zhicheng.app.service.CertificateFixture.resultPublicity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Guard;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application is its applicant's own (五(三)1 自愿参加; 决定 D-10; 六(一)): the store records who submitted it and the
 * recommender its dossier names; another applicant's withdrawal, resubmission or appeal is refused by core with its
 * clause, audited alone, and changes nothing; a resubmitted dossier of another person is refused.
 */
class ApplicationOwnerTest {

    @TempDir
    Path temp;

    static final Actor OWNER = Actor.of("wang-xiaoyu", Role.APPLICANT);
    static final Actor OTHER = Actor.of("li-si", Role.APPLICANT);
    static final String ROUND = CertificateIssueTest.ROUND.id();

    private Database store(TestStores.Kind kind) {
        Database db = TestStores.fresh(kind, temp);
        db.jdbi().useTransaction(h -> new Rounds().save(h, CertificateIssueTest.ROUND));
        return db;
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theSubmitterAndTheDossiersRecommenderAreStoredAndOnlyTheSubmitterWithdraws(TestStores.Kind kind) {
        try (Database db = store(kind)) {
            ActResult submitted = new SubmitApplication(db, at("2026-07-10T02:00:00Z"))
                    .submit(new Submission("a-1", ROUND, "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE, DOSSIER),
                            OWNER);
            assertInstanceOf(ActResult.Done.class, submitted);
            db.jdbi().useHandle(h -> {
                assertEquals(Optional.of("wang-xiaoyu"), new Applications().find(h, "a-1").orElseThrow().applicant());
                assertEquals(Optional.of("长春新区人工智能产业孵化园"), new Applications().recommenderName(h, "a-1"));
            });

            WithdrawApplication withdraw = new WithdrawApplication(db, at("2026-07-11T02:00:00Z"));
            Outcome.Refused refused = refusedAlone(db, "a-1", () -> withdraw.withdraw("a-1", OTHER), "五(三)1");
            assertEquals(Optional.of(Guard.OWN_APPLICATION), refused.guard());
            assertTrue(Messages.both(refused.reason()).zh().contains("li-si不是本申报的申报人"),
                    () -> Messages.both(refused.reason()).both());
            assertTrue(Messages.both(refused.reason()).en().contains("li-si did not submit this application"),
                    () -> Messages.both(refused.reason()).both());

            ActResult.Done done = assertInstanceOf(ActResult.Done.class, withdraw.withdraw("a-1", OWNER));
            assertEquals(Stage.WITHDRAWN, done.application().stage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void onlyTheOwnerResubmitsAndOnlyADossierOfTheSamePerson(TestStores.Kind kind) {
        try (Database db = store(kind)) {
            application(db, "a-1", ROUND, Stage.RETURNED_FOR_CORRECTION);
            ResubmitApplication resubmit = new ResubmitApplication(db, at("2026-07-20T02:00:00Z"));

            Outcome.Refused other = refusedAlone(db, "a-1", () -> resubmit.resubmit("a-1", DOSSIER, OTHER), "五(三)1");
            assertEquals(Optional.of(Guard.OWN_APPLICATION), other.guard());

            Outcome.Refused person = refusedAlone(db, "a-1",
                    () -> resubmit.resubmit("a-1", otherPerson(), OWNER), "六(一)");
            assertEquals(Optional.of(Guard.SAME_ID_NUMBER), person.guard());
            assertTrue(Messages.both(person.reason()).zh().contains("身份证号与原申报材料不一致"),
                    () -> Messages.both(person.reason()).both());

            ActResult.Done done = assertInstanceOf(ActResult.Done.class,
                    resubmit.resubmit("a-1", QualificationReviewTest.corrected(), OWNER));
            assertEquals(Stage.SUBMITTED, done.application().stage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void onlyTheApplicantWhoseReviewFailedAsksForReExamination(TestStores.Kind kind) {
        try (Database db = store(kind)) {
            application(db, "passed", ROUND, Stage.RESULT_PUBLICITY);
            application(db, "failed", ROUND, Stage.FAILED_REVIEW);
            resultPublicity(db, "passed", CertificateIssueTest.POSTED);
            RequestAppeal appeal = new RequestAppeal(db, at("2026-09-10T02:00:00Z"), CALENDAR);

            Outcome.Refused refused = refusedAlone(db, "failed",
                    () -> appeal.request("failed", "投票计数有误", OTHER), "决定 D-10");
            assertEquals(Optional.of(Guard.OWN_APPEAL), refused.guard());

            ActResult.Done done = assertInstanceOf(ActResult.Done.class,
                    appeal.request("failed", "投票计数有误", OWNER));
            assertEquals(Stage.UNDER_APPEAL, done.application().stage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anApplicationStoredBeforeOwnersWereRecordedBelongsToTheApplicantTheAuditChainNames(TestStores.Kind kind) {
        try (Database db = store(kind)) {
            new SubmitApplication(db, at("2026-07-10T02:00:00Z"))
                    .submit(new Submission("a-1", ROUND, "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE, DOSSIER),
                            OWNER);
            // a row as schema 6 left it: no submitter recorded
            db.jdbi().useHandle(h -> h.execute("UPDATE application SET applicant_id = NULL WHERE id = 'a-1'"));
            WithdrawApplication withdraw = new WithdrawApplication(db, at("2026-07-11T02:00:00Z"));
            refusedAlone(db, "a-1", () -> withdraw.withdraw("a-1", OTHER), "五(三)1");
            assertInstanceOf(ActResult.Done.class, withdraw.withdraw("a-1", OWNER));
        }
    }

    /** Takes an act that must be refused with {@code clause}: only the refusal's audit entry is added. */
    static Outcome.Refused refusedAlone(Database db, String application, Supplier<ActResult> act, String clause) {
        Map<String, Object> before = snapshot(db);
        ActResult.Refused refused = assertInstanceOf(ActResult.Refused.class, act.get());
        assertEquals(Outcome.Refusal.GUARD_FAILED, refused.refusal().refusal(),
                () -> Messages.both(refused.refusal().reason()).both());
        assertEquals(clause, refused.refusal().clause().toString());
        Map<String, Object> after = snapshot(db);
        assertEquals((Long) before.get("audit_entry") + 1, after.get("audit_entry"));
        after.put("audit_entry", before.get("audit_entry"));
        assertEquals(before, after, "only the refusal's audit entry was added");
        AuditEntry last = db.jdbi().withHandle(h -> new AuditLog().of(h, application)).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(refused.entry(), last);
        assertEquals(clause, last.act().clause().toString());
        assertTrue(last.act().outcome() instanceof cn.zhicheng.core.audit.Outcome.Refused);
        return refused.refusal();
    }

    private static Map<String, Object> snapshot(Database db) {
        return db.jdbi().withHandle(h -> {
            Map<String, Object> s = new LinkedHashMap<>();
            for (String table : List.of("application", "dossier_history", "appeal", "audit_entry")) {
                s.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
            s.put("rows", h.createQuery("SELECT id, stage, version, dossier_sha256, applicant_id, recommender_name"
                            + " FROM application ORDER BY id")
                    .map((rs, ctx) -> rs.getString(1) + "@" + rs.getString(2) + "#" + rs.getLong(3) + ":"
                            + rs.getString(4) + ":" + rs.getString(5) + ":" + rs.getString(6))
                    .list());
            return s;
        });
    }

    /** The example dossier of another person: another ID number. */
    private static ApplicantFile otherPerson() {
        try {
            String yaml = Files.readString(Path.of("..", "examples", "applicant.yaml"))
                    .replace("220102199503152349", "220102198808081233");
            return READER.read("other.yaml", yaml.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.YAML,
                    ApplicantFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
