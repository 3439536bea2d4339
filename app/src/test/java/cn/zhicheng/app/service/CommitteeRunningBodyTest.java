package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CommitteeFixture.AT;
import static cn.zhicheng.app.service.CommitteeFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.committee.Vote;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An association's people act only in its own round (四, 决定 D-12): in a round the association runs under delegation,
 * the committee's secretary and experts act {@code @} that association — an expert acting for another association, or
 * for the province, reads no dossier and casts no ballot; in a provincial round, nobody acts for an association.
 * Each refusal is audited with its clause and changes nothing else.
 */
class CommitteeRunningBodyTest {

    @TempDir
    Path temp;

    static final String ASSOCIATION = "assoc-ai";
    static final Round ROUND = new Round("2026-assoc-ai", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.DelegatedAssociation(ASSOCIATION, "del-1"), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    static final Delegation GRANT = Delegation.grant("del-1", ASSOCIATION, Set.of("AI"),
            Set.of(Level.INTERMEDIATE), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final Actor SECRETARY = Actor.forAssociation("sec-1", Role.EXPERT_COMMITTEE_SECRETARY, ASSOCIATION);

    static Actor expert(String id, String association) {
        return Actor.forAssociation(id, Role.EXPERT, association);
    }

    /** The association's round with app-1 to app-3 qualified, its committee drawn and the review begun. */
    private static List<String> drawnInAssociationRound(Database db) {
        db.jdbi().useTransaction(h -> {
            new Rounds().save(h, ROUND);
            new Delegations().insert(h, GRANT);
            for (int n = 1; n <= CommitteeFixture.APPLICATIONS.size(); n++) {
                String json = CommitteeFixture.dossierJson(n);
                new Applications().insert(h, "app-" + n, ROUND.id(), "AI", Level.INTERMEDIATE, json,
                        CanonicalJson.sha256(json.getBytes(StandardCharsets.UTF_8)), Stage.QUALIFIED, AT,
                        "applicant-" + n, Optional.empty());
            }
        });
        new ExpertPool(db, CLOCK).register(CommitteeFixture.pool(14), CommitteeFixture.OFFICE);
        ReviewSessions sessions = CommitteeFixture.sessions(db);
        Actor provincialSecretary = CommitteeFixture.SECRETARY;
        ReviewSessions.Opening opening = new ReviewSessions.Opening("s-1", "AI", Level.INTERMEDIATE,
                Optional.empty(), 3, CommitteeFixture.APPLICATIONS);
        // the province's secretary does not open a session of the association's round
        Refused notTheirs = refusedAlone(db, "s-1", () -> sessions.open(opening, provincialSecretary));
        assertEquals("stage.refused.otherBody", notTheirs.reason().key());
        sessions.open(opening, SECRETARY);
        List<String> members = new ArrayList<>(new TreeSet<>(sessions.draw("s-1", SECRETARY).draw().committee()));
        assertTrue(sessions.begin("s-1", SECRETARY).stream().allMatch(ActResult.Done.class::isInstance));
        return members;
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anExpertOfAnotherAssociationOrOfTheProvinceCastsNoBallotInTheAssociationsRound(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = drawnInAssociationRound(db);
            SecretBallot ballot = new SecretBallot(db, CLOCK);
            ballot.attend("s-1", Set.copyOf(members), Set.of(EvaluationMethod.DEFENCE), SECRETARY);
            String member = members.get(0);

            // a refused ballot is audited on the session, as every refused ballot is
            Refused other = refusedAlone(db, "s-1",
                    () -> ballot.cast("s-1", "app-1", member, Vote.YES, expert(member, "assoc-other")));
            assertEquals("stage.refused.otherBody", other.reason().key());
            assertTrue(Messages.both(other.reason()).zh().contains("不代表组织评审批次2026-assoc-ai的assoc-ai"),
                    () -> Messages.both(other.reason()).both());
            Refused province = refusedAlone(db, "s-1",
                    () -> ballot.cast("s-1", "app-1", member, Vote.YES, Actor.of(member, Role.EXPERT)));
            assertEquals("stage.refused.otherBody", province.reason().key());

            SecretBallot.Receipt receipt = ballot.cast("s-1", "app-1", member, Vote.YES, expert(member, ASSOCIATION));
            assertEquals(1, receipt.voted());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anExpertOfAnotherAssociationReadsNoDossierInTheAssociationsRound(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = drawnInAssociationRound(db);
            BlindReview review = new BlindReview(db, CLOCK, new StrictReader(BilingualValidator.create(CLOCK)));
            String member = members.get(0);

            Refused other = refusedAlone(db, "app-2", () -> review.view("s-1", "app-2", expert(member, "assoc-other")));
            assertEquals("stage.refused.otherBody", other.reason().key());

            BlindReview.BlindView view = review.view("s-1", "app-2", expert(member, ASSOCIATION));
            assertEquals("app-2", view.applicationId());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void inAProvincialRoundAnExpertActingForAnAssociationIsRefused(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = SecretBallotTest.drawnAndInReview(db);
            BlindReview review = new BlindReview(db, CLOCK, new StrictReader(BilingualValidator.create(CLOCK)));
            String member = members.get(0);
            Refused r = refusedAlone(db, "app-1", () -> review.view("s-1", "app-1", expert(member, ASSOCIATION)));
            assertEquals("stage.refused.provincialRound", r.reason().key());
            assertEquals("app-1", review.view("s-1", "app-1", Actor.of(member, Role.EXPERT)).applicationId());
        }
    }

    /** A committee act that must be refused under 决定 D-12: only its audit entry, on {@code subject}, is added. */
    static Refused refusedAlone(Database db, String subject, Supplier<?> act) {
        long before = entries(db);
        String state = state(db);
        Refused refused = assertThrows(Refused.class, act::get);
        assertEquals("决定 D-12", refused.clauses().get(0).toString());
        assertEquals(before + 1, entries(db));
        assertEquals(state, state(db), "only the refusal's audit entry was added");
        AuditEntry last = db.jdbi().withHandle(h -> new AuditLog().of(h, subject)).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("决定 D-12", last.act().clause().toString());
        assertInstanceOf(cn.zhicheng.core.audit.Outcome.Refused.class, last.act().outcome());
        return refused;
    }

    private static long entries(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one());
    }

    /** The stages, sessions, ballots cast and readings: what a refused act must leave as it was. */
    private static String state(Database db) {
        return db.jdbi().withHandle(h -> String.join("|",
                h.createQuery("SELECT id || ':' || stage || ':' || version FROM application ORDER BY id")
                        .mapTo(String.class).list().toString(),
                h.createQuery("SELECT id || ':' || phase FROM review_session ORDER BY id")
                        .mapTo(String.class).list().toString(),
                h.createQuery("SELECT COUNT(*) FROM ballot_participation").mapTo(Long.class).one().toString()));
    }
}
