package cn.zhicheng.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.DelegationChange;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Outcome;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every act on a stored application in an association's round is checked against the delegation as stored at the
 * moment of the act (四, 决定 D-12): a revocation stops new acts at once, and what was done before stays done.
 */
class DelegatedRoundActsTest {

    @TempDir
    Path temp;

    private static final Round ROUND = new Round("2026-assoc-ai", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.DelegatedAssociation("assoc-ai", "del-1"), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    private static final Delegation GRANT = Delegation.grant("del-1", "assoc-ai", Set.of("AI"),
            Set.of(Level.INTERMEDIATE), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    private static final Actor RECOMMENDER = Actor.of("incubator-1", Role.RECOMMENDER);

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anActAfterTheRevocationIsRefusedAndTheEarlierOneStands(TestStores.Kind kind) {
        Instant july10 = Instant.parse("2026-07-10T02:00:00Z");
        Instant july20 = Instant.parse("2026-07-20T02:00:00Z");
        try (Database db = TestStores.fresh(kind, temp)) {
            db.jdbi().useTransaction(h -> {
                new Rounds().save(h, ROUND);
                new Delegations().insert(h, GRANT);
                new Applications().insert(h, "a-1", ROUND.id(), "AI", Level.INTERMEDIATE, "{}", "0".repeat(64),
                        Stage.RECOMMENDED, july10, "applicant-1", Optional.empty());
                new Applications().insert(h, "a-2", ROUND.id(), "AI", Level.INTERMEDIATE, "{}", "1".repeat(64),
                        Stage.RECOMMENDED, july10, "applicant-1", Optional.empty());
            });
            ApplicationActs acts = new ApplicationActs(db.jdbi(), new AuditLog());
            ActResult first = acts.take("a-1", RECOMMENDER, Act.PUBLICISE_RECOMMENDATION, july10,
                    ApplicationActs.ONLY_MOVE);
            assertInstanceOf(ActResult.Done.class, first);

            DelegationChange revoked = GRANT.revoke(LocalDate.of(2026, 7, 15));
            db.jdbi().useTransaction(h -> new Delegations().replace(h,
                    ((DelegationChange.Changed) revoked).delegation(), 1));

            ActResult second = acts.take("a-2", RECOMMENDER, Act.PUBLICISE_RECOMMENDATION, july20,
                    ApplicationActs.ONLY_MOVE);
            ActResult.Refused refused = assertInstanceOf(ActResult.Refused.class, second);
            assertEquals(Outcome.Refusal.OUTSIDE_AUTHORITY, refused.refusal().refusal());
            assertEquals("决定 D-12", refused.refusal().clause().toString());
            assertTrue(Messages.both(refused.refusal().reason()).both().contains("2026-07-15"),
                    () -> Messages.both(refused.refusal().reason()).both());

            assertEquals(Stage.RECOMMENDATION_PUBLICITY, stage(db, "a-1"),
                    "what was done before the revocation stays done");
            assertEquals(Stage.RECOMMENDED, stage(db, "a-2"), "nothing moved after it");
        }
    }

    private static Stage stage(Database db, String id) {
        return db.jdbi().withHandle(h -> new Applications().find(h, id)).orElseThrow().stage();
    }
}
