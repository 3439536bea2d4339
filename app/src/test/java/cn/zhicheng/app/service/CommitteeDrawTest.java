package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CommitteeFixture.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Sessions;
import cn.zhicheng.app.store.StoredSession;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.stage.Guard;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committee's draw as stored (七(三); 决定 D-7, D-8, D-9), on both databases: relatives and colleagues of an
 * applicant are left out with their reasons recorded, the stored record replays to the same committee, too small a
 * pool is refused naming how many experts are missing, and no application enters review before its committee exists.
 */
class CommitteeDrawTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void relativesAndColleaguesAreLeftOutWithTheirReasonsStored(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            CommitteeFixture.qualifiedApplications(db);
            CommitteeFixture.open(db, CommitteeFixture.pool(14));
            ReviewSessions.Drawn drawn = CommitteeFixture.sessions(db).draw("s-1", SECRETARY);

            assertEquals(11, drawn.draw().committee().size());
            assertTrue(drawn.draw().committee().stream().allMatch(id -> id.startsWith("e")), drawn.draw()::toString);
            List<Sessions.StoredExclusion> stored = db.jdbi().withHandle(h -> new Sessions().exclusions(h, "s-1"));
            assertTrue(stored.contains(new Sessions.StoredExclusion("x-relative", "app-1", "committee.recusal.kinship",
                    "[\"x-relative\",\"app-1\",\"SIBLING\"]", "七(三); 决定 D-9")), stored::toString);
            for (String app : CommitteeFixture.APPLICATIONS) {
                assertTrue(stored.stream().anyMatch(x -> x.expertId().equals("x-colleague")
                        && x.applicationId().equals(app) && x.reasonKey().equals("committee.recusal.employer")),
                        stored::toString);
            }
            assertTrue(stored.stream().anyMatch(x -> x.expertId().equals("x-marketing")
                    && x.reasonKey().equals("committee.ineligible.field") && x.applicationId().isEmpty()));
            assertTrue(stored.stream().anyMatch(x -> x.expertId().equals("x-junior")
                    && x.reasonKey().equals("committee.ineligible.level")));
            assertEquals(drawn.draw().exclusions().size(), stored.size());

            ReviewSessions.Replay replay = CommitteeFixture.sessions(db).replay("s-1");
            assertTrue(replay.same(), replay::toString);
            assertEquals(drawn.draw().committee(), replay.again());

            AuditEntry entry = db.jdbi().withHandle(h -> new AuditLog().of(h, "s-1")).stream()
                    .filter(e -> e.act().act().equals("committee.draw")).findFirst().orElseThrow();
            Document.Embedded record = assertInstanceOf(Document.Embedded.class, entry.act().document().orElseThrow());
            assertEquals(drawn.recordSha256(), record.sha256(), "the audit entry carries the record that replays");
            assertEquals(StoredSession.Phase.DRAWN, session(db).phase());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aChangedStoredRecordNoLongerReplays(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            CommitteeFixture.qualifiedApplications(db);
            CommitteeFixture.open(db, CommitteeFixture.pool(14));
            ReviewSessions.Drawn drawn = CommitteeFixture.sessions(db).draw("s-1", SECRETARY);
            String first = drawn.draw().committee().get(0);
            String outsider = CommitteeFixture.pool(14).stream().map(e -> e.id())
                    .filter(id -> id.startsWith("e") && !drawn.draw().committee().contains(id)).findFirst()
                    .orElseThrow();
            db.jdbi().useHandle(h -> h.execute("UPDATE committee_draw SET record_json = REPLACE(record_json, '\"committee\":[\""
                    + first + "\"', '\"committee\":[\"" + outsider + "\"')"));
            ReviewSessions.Replay replay = CommitteeFixture.sessions(db).replay("s-1");
            assertFalse(replay.same(), replay::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void tooFewEligibleExpertsIsRefusedNamingHowManyAreMissing(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            CommitteeFixture.qualifiedApplications(db);
            CommitteeFixture.open(db, CommitteeFixture.pool(8));
            Refused refused = assertThrows(Refused.class, () -> CommitteeFixture.sessions(db).draw("s-1", SECRETARY));
            String en = Messages.both(refused.reason()).both();
            assertTrue(en.contains("only 8 are eligible, 3 missing"), en);
            assertTrue(en.contains("决定 D-7"), en);
            assertEquals(StoredSession.Phase.OPENED, session(db).phase(), "nothing stored");
            assertTrue(db.jdbi().withHandle(h -> new Sessions().draw(h, "s-1")).isEmpty());
            AuditEntry last = db.jdbi().withHandle(h -> new AuditLog().head(h)).orElseThrow();
            assertEquals("committee.draw", last.act().act());
            assertEquals("committee.tooFewExperts",
                    ((cn.zhicheng.core.audit.Outcome.Refused) last.act().outcome()).key(), "the refusal is audited");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void noApplicationEntersReviewBeforeItsCommitteeIsDrawn(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            CommitteeFixture.qualifiedApplications(db);
            CommitteeFixture.open(db, CommitteeFixture.pool(14));
            List<ActResult> early = CommitteeFixture.sessions(db).begin("s-1", SECRETARY);
            ActResult.Refused refused = assertInstanceOf(ActResult.Refused.class, early.get(0));
            assertEquals(Guard.COMMITTEE_FORMED, refused.refusal().guard().orElseThrow());
            assertEquals(Stage.QUALIFIED, stage(db, "app-1"));

            CommitteeFixture.sessions(db).draw("s-1", SECRETARY);
            List<ActResult> begun = CommitteeFixture.sessions(db).begin("s-1", SECRETARY);
            assertEquals(3, begun.size());
            begun.forEach(r -> assertInstanceOf(ActResult.Done.class, r));
            for (String app : CommitteeFixture.APPLICATIONS) {
                assertEquals(Stage.IN_EXPERT_REVIEW, stage(db, app));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aSessionTakesOnlyQualifiedApplicationsOfItsFieldAndLevel(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            CommitteeFixture.qualifiedApplications(db);
            CommitteeFixture.open(db, CommitteeFixture.pool(14));
            Refused twice = assertThrows(Refused.class, () -> CommitteeFixture.sessions(db).open(
                    new ReviewSessions.Opening("s-2", "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE,
                            java.util.Optional.empty(), 3, List.of("app-1")), SECRETARY));
            assertEquals("committee.session.inAnother", twice.reason().key());
            Refused even = assertThrows(Refused.class, () -> CommitteeFixture.sessions(db).open(
                    new ReviewSessions.Opening("s-3", "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE,
                            java.util.Optional.of(12), 3, List.of("app-1")), SECRETARY));
            assertEquals("committee.size.even", even.reason().key());
            Refused tooLarge = assertThrows(Refused.class, () -> CommitteeFixture.sessions(db).open(
                    new ReviewSessions.Opening("s-4", "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE,
                            java.util.Optional.of(303), 3, List.of("app-1")), SECRETARY));
            assertEquals("committee.session.committeeTooLarge", tooLarge.reason().key());
            Refused groups = assertThrows(Refused.class, () -> CommitteeFixture.sessions(db).open(
                    new ReviewSessions.Opening("s-5", "AI", cn.zhicheng.core.policy.Level.INTERMEDIATE,
                            java.util.Optional.empty(), 12, List.of("app-1")), SECRETARY));
            assertEquals("committee.session.groupSize", groups.reason().key());
            assertTrue(db.jdbi().withHandle(h -> new Sessions().find(h, "s-5")).isEmpty(), "nothing stored");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theDrawTakesAsManyStatementsForALargePoolAsForASmallOne(TestStores.Kind kind) {
        List<cn.zhicheng.core.review.committee.Expert> large = new java.util.ArrayList<>(CommitteeFixture.pool(14));
        for (int i = 0; i < 300; i++) {
            large.add(cn.zhicheng.core.review.committee.Expert.of(String.format("y%03d", i),
                    cn.zhicheng.core.policy.Level.SENIOR, null, List.of(new cn.zhicheng.core.review.committee.Relation(
                            CommitteeFixture.applicant(1 + i % 3), cn.zhicheng.core.review.committee.Kinship.values()[
                                    i % cn.zhicheng.core.review.committee.Kinship.values().length])), "AI"));
            large.add(cn.zhicheng.core.review.committee.Expert.of(String.format("z%03d", i),
                    cn.zhicheng.core.policy.Level.SENIOR, null, List.of(), i % 2 == 0 ? "AI" : "MARKETING"));
        }
        int small = statementsOfTheDraw(kind, CommitteeFixture.pool(14));
        int many = statementsOfTheDraw(kind, large);
        assertTrue(small > 3, "the statements were counted: " + small);
        assertEquals(small, many, "no statement per candidate: the pool is read in one query, exclusions in one batch");
    }

    private int statementsOfTheDraw(TestStores.Kind kind, List<cn.zhicheng.core.review.committee.Expert> pool) {
        try (Database db = TestStores.fresh(kind, temp)) {
            CommitteeFixture.qualifiedApplications(db);
            CommitteeFixture.open(db, pool);
            java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
            db.jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(
                    new org.jdbi.v3.core.statement.SqlLogger() {
                        @Override
                        public void logBeforeExecution(org.jdbi.v3.core.statement.StatementContext context) {
                            statements.incrementAndGet();
                        }
                    });
            ReviewSessions.Drawn drawn = CommitteeFixture.sessions(db).draw("s-1", SECRETARY);
            assertEquals(11, drawn.draw().committee().size());
            return statements.get();
        }
    }

    private static StoredSession session(Database db) {
        return db.jdbi().withHandle(h -> new Sessions().find(h, "s-1")).orElseThrow();
    }

    static Stage stage(Database db, String id) {
        return db.jdbi().withHandle(h -> new Applications().find(h, id)).orElseThrow().stage();
    }
}
