package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CommitteeFixture.CLOCK;
import static cn.zhicheng.app.service.CommitteeFixture.SECRETARY;
import static cn.zhicheng.app.service.CommitteeFixture.expert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Ballots;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.committee.Relation;
import cn.zhicheng.core.review.committee.Tally;
import cn.zhicheng.core.review.committee.Vote;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The secret ballot as stored, on both databases (七(二); 决定 D-7, D-9): the quorum and the pass mark at their
 * boundaries, one ballot per present member in person and in time, recusal by a relation declared after the draw,
 * and the members' confirmations of the result's hash.
 */
class SecretBallotTest {

    @TempDir
    Path temp;

    /** A drawn committee of 11 (quorum 8) whose applications are in expert review; its members by id. */
    static List<String> drawnAndInReview(Database db) {
        CommitteeFixture.qualifiedApplications(db);
        CommitteeFixture.open(db, CommitteeFixture.pool(14));
        ReviewSessions sessions = CommitteeFixture.sessions(db);
        List<String> members = new ArrayList<>(new TreeSet<>(sessions.draw("s-1", SECRETARY).draw().committee()));
        sessions.begin("s-1", SECRETARY);
        return members;
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void quorumAndPassMarkHoldAtTheirBoundaries(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = drawnAndInReview(db);
            SecretBallot ballot = new SecretBallot(db, CLOCK);
            Set<EvaluationMethod> methods = Set.of(EvaluationMethod.DEFENCE, EvaluationMethod.SHOWCASE);

            Refused seven = assertThrows(Refused.class,
                    () -> ballot.attend("s-1", Set.copyOf(members.subList(0, 7)), methods, SECRETARY));
            assertEquals("committee.ballot.noQuorum", seven.reason().key(), "7 of 11 is short of the quorum of 8");

            List<String> present = members.subList(0, 8);
            // a relation declared after the draw recuses the member from app-3 (决定 D-9)
            String related = present.get(7);
            Expert before = CommitteeFixture.pool(14).stream().filter(e -> e.id().equals(related)).findFirst()
                    .orElseThrow();
            new ExpertPool(db, CLOCK).register(List.of(new Expert(before.id(), before.fields(), before.titleLevel(),
                    before.employerCreditCode(), List.of(new Relation(CommitteeFixture.applicant(3),
                            Kinship.FIRST_COUSIN)))), CommitteeFixture.OFFICE);

            SecretBallot.Opened opened = ballot.attend("s-1", Set.copyOf(present), methods, SECRETARY);
            assertEquals(8, opened.quorum());

            // app-1: 6 yes of 8 present — exactly the pass mark ⌈16/3⌉ = 6
            cast(ballot, present, "app-1", Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.NO,
                    Vote.ABSTAIN);
            // app-2: 5 yes of 8 — one short
            cast(ballot, present, "app-2", Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.NO, Vote.NO,
                    Vote.ABSTAIN);
            // app-3: the recused member cannot vote; 7 can, pass mark ⌈14/3⌉ = 5, and 5 yes pass
            Refused recused = assertThrows(Refused.class,
                    () -> ballot.cast("s-1", "app-3", related, Vote.YES, expert(related)));
            assertEquals("committee.ballot.recused", recused.reason().key());
            cast(ballot, present.subList(0, 7), "app-3", Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.NO,
                    Vote.NO);

            Refused second = assertThrows(Refused.class,
                    () -> ballot.cast("s-1", "app-1", present.get(0), Vote.NO, expert(present.get(0))));
            assertEquals("committee.ballot.second", second.reason().key());
            Refused proxy = assertThrows(Refused.class,
                    () -> ballot.cast("s-1", "app-2", present.get(1), Vote.NO, expert(present.get(0))));
            assertEquals("committee.ballot.proxy", proxy.reason().key());
            String absent = members.get(8);
            Refused notPresent = assertThrows(Refused.class,
                    () -> ballot.cast("s-1", "app-2", absent, Vote.YES, expert(absent)));
            assertEquals("committee.ballot.notPresent", notPresent.reason().key());
            assertEquals(new cn.zhicheng.core.review.committee.Counts(5, 2, 1),
                    db.jdbi().withHandle(h -> new Ballots().counts(h, "s-1")).get("app-2"),
                    "refused ballots change nothing");

            Refused notSecretary = assertThrows(Refused.class, () -> ballot.close("s-1", expert(present.get(0))));
            assertEquals("committee.session.wrongRole", notSecretary.reason().key());
            SecretBallot.Closed closed = ballot.close("s-1", SECRETARY);
            assertTrue(closed.landed(), closed::toString);
            assertEquals(List.of(Tally.Result.PASSED, Tally.Result.FAILED, Tally.Result.PASSED),
                    closed.tallies().stream().map(Tally::result).toList());
            assertEquals(List.of(6, 6, 5), closed.tallies().stream().map(Tally::passMark).toList());
            assertEquals(Stage.PASSED, CommitteeDrawTest.stage(db, "app-1"));
            assertEquals(Stage.FAILED_REVIEW, CommitteeDrawTest.stage(db, "app-2"));
            assertEquals(Stage.PASSED, CommitteeDrawTest.stage(db, "app-3"));
            List<Ballots.StoredTally> stored = db.jdbi().withHandle(h -> new Ballots().tallies(h, "s-1"));
            assertEquals("committee.tally.failed", stored.get(1).explanationKey());
            assertEquals("[\"5\",\"8\",\"6\",\"2\",\"1\",\"0\"]", stored.get(1).explanationArgs());

            Refused late = assertThrows(Refused.class,
                    () -> ballot.cast("s-1", "app-3", present.get(7), Vote.YES, expert(present.get(7))));
            assertEquals("committee.ballot.late", late.reason().key(), "no ballot after the box is closed");

            String wrong = "0".repeat(64);
            Refused otherHash = assertThrows(Refused.class,
                    () -> ballot.confirm("s-1", wrong, expert(present.get(0))));
            assertEquals("committee.confirm.otherHash", otherHash.reason().key());
            Refused absentSigns = assertThrows(Refused.class,
                    () -> ballot.confirm("s-1", closed.resultSha256(), expert(absent)));
            assertEquals("committee.confirm.notSignatory", absentSigns.reason().key());
            SecretBallot.Confirmed last = null;
            for (String m : present) {
                last = ballot.confirm("s-1", closed.resultSha256(), expert(m));
            }
            assertTrue(last.complete());
            assertEquals(8, db.jdbi().withHandle(h -> new Ballots().confirmations(h, "s-1")).size());
            Refused twice = assertThrows(Refused.class,
                    () -> ballot.confirm("s-1", closed.resultSha256(), expert(present.get(0))));
            assertEquals("committee.confirm.twice", twice.reason().key());
            assertTrue(new VerifyAudit(db).verify().intact(), "every act and refusal above is in an intact chain");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void ballotsCastTogetherAreEachDecidedAndARefusedOneChangesNothing(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = drawnAndInReview(db);
            SecretBallot ballot = new SecretBallot(db, CLOCK);
            List<String> present = members.subList(0, 8);
            ballot.attend("s-1", Set.copyOf(present), Set.of(EvaluationMethod.DEFENCE, EvaluationMethod.SHOWCASE),
                    SECRETARY);
            long before = entries(db);
            List<SecretBallot.Cast> casts = new ArrayList<>();
            for (String member : present) {
                casts.add(new SecretBallot.Cast("app-1", member, Vote.YES, expert(member)));
            }
            casts.add(new SecretBallot.Cast("app-1", present.get(0), Vote.NO, expert(present.get(0))));
            casts.add(new SecretBallot.Cast("app-2", present.get(1), Vote.NO, expert(present.get(0))));
            casts.add(new SecretBallot.Cast("app-2", members.get(8), Vote.YES, expert(members.get(8))));
            casts.add(new SecretBallot.Cast("app-2", present.get(2), Vote.NO, expert(present.get(2))));

            List<SecretBallot.Counted> counted = ballot.castAll("s-1", casts);

            assertEquals(12, counted.size());
            for (int i = 0; i < 8; i++) {
                assertEquals(i + 1, counted.get(i).receipt().orElseThrow().voted(), "turnout after ballot " + i);
            }
            assertEquals(List.of("committee.ballot.second", "committee.ballot.proxy", "committee.ballot.notPresent"),
                    counted.subList(8, 11).stream().map(c -> c.refused().orElseThrow().reason().key()).toList());
            assertEquals(1, counted.get(11).receipt().orElseThrow().voted(), "the ballot after the refusals counts");
            assertEquals(new cn.zhicheng.core.review.committee.Counts(8, 0, 0),
                    db.jdbi().withHandle(h -> new Ballots().counts(h, "s-1")).get("app-1"),
                    "the second ballot changed nothing");
            assertEquals(new cn.zhicheng.core.review.committee.Counts(0, 1, 0),
                    db.jdbi().withHandle(h -> new Ballots().counts(h, "s-1")).get("app-2"));
            assertEquals(before + 12, entries(db), "one entry per ballot, cast or refused");
            assertTrue(new VerifyAudit(db).verify().intact());
        }
    }

    private static long entries(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one());
    }

    static void cast(SecretBallot ballot, List<String> voters, String application, Vote... votes) {
        for (int i = 0; i < votes.length; i++) {
            ballot.cast("s-1", application, voters.get(i), votes[i], expert(voters.get(i)));
        }
    }
}
