package cn.zhicheng.core.review.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.DelegationChange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * From a draft, thousands of random sequences of acts, by random actors under random facts: the application never
 * reaches a stage the table does not lead to, never moves without a clause or by a role the table does not name, and
 * every refusal names its clause and renders in both languages. Randomness lives in this test only, seeded.
 */
class RandomWalkTest {

    private static final Act[] ACTS = Act.values();
    private static final Role[] ROLES = Role.values();
    private static final List<Conclusion> CONCLUSIONS = List.of(new Conclusion.Qualified(List.of()),
            new Conclusion.Returned(Review.CORRECTIONS, List.of()),
            new Conclusion.Refused(cn.zhicheng.core.eligibility.Message.of("stage.qualification.ineligible",
                    cn.zhicheng.core.eligibility.Verdict.INELIGIBLE), List.of()));

    @Test
    void randomActsNeverLeaveTheTable() {
        Random random = new Random(20211020L);
        Set<Stage> reached = EnumSet.noneOf(Stage.class);
        Set<Outcome.Refusal> refusals = EnumSet.noneOf(Outcome.Refusal.class);
        int moves = 0;
        for (int walk = 0; walk < 2000; walk++) {
            Stage s = Stage.DRAFT;
            reached.add(s);
            for (int step = 0; step < 80; step++) {
                // mostly an act the table offers here, by one of its roles; else anything by anyone
                Stage current = s;
                List<Transition> here = Transitions.all().stream().filter(t -> t.from() == current).toList();
                Act act;
                Actor actor;
                if (!here.isEmpty() && random.nextInt(3) != 0) {
                    // half the time along the main line, so walks get past the side stages that end them
                    List<Transition> ahead = here.stream().filter(RandomWalkTest::advances).toList();
                    List<Transition> pick = !ahead.isEmpty() && random.nextBoolean() ? ahead : here;
                    Transition t = pick.get(random.nextInt(pick.size()));
                    act = t.act();
                    List<Role> roles = t.roles().stream().sorted().toList();
                    actor = random.nextInt(5) != 0 ? actor(random, roles.get(random.nextInt(roles.size())))
                            : actor(random, ROLES[random.nextInt(ROLES.length)]);
                } else {
                    act = ACTS[random.nextInt(ACTS.length)];
                    actor = actor(random, ROLES[random.nextInt(ROLES.length)]);
                }
                Facts facts = facts(random);
                Outcome o = StageMachine.apply(s, act, actor, facts);
                assertNotNull(o.clause(), "every outcome names a clause");
                if (o instanceof Outcome.Moved m) {
                    Stage from = s;
                    Transition t = Transitions.find(from, act).orElseThrow(() -> new AssertionError(
                            act + " moved " + from + " though the table has no such row"));
                    assertEquals(t.to(), m.to());
                    assertEquals(t.clause(), m.clause());
                    assertTrue(t.roles().contains(actor.role()), act + " by " + actor.role());
                    assertEquals(from, m.from());
                    s = m.to();
                    reached.add(s);
                    moves++;
                } else if (o instanceof Outcome.Refused r) {
                    refusals.add(r.refusal());
                    Messages.both(r.reason());
                } else {
                    fail("an outcome is a move or a refusal");
                }
            }
        }
        // the walk explored the table, so the invariants above were tried on more than the first steps
        assertTrue(moves > 5_000, "moves: " + moves);
        assertEquals(EnumSet.allOf(Outcome.Refusal.class), refusals);
        assertEquals(reachableFromDraft(), reached);
    }

    private static boolean advances(Transition t) {
        return t.from().step().isPresent() && t.to().step().isPresent() && t.to().step().get() > t.from().step().get();
    }

    /** Stages the table leads to from a draft. */
    private static Set<Stage> reachableFromDraft() {
        Set<Stage> seen = EnumSet.of(Stage.DRAFT);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition t : Transitions.all()) {
                if (seen.contains(t.from()) && seen.add(t.to())) {
                    grew = true;
                }
            }
        }
        return seen;
    }

    private static Actor actor(Random random, Role role) {
        if (role.ofRunningBody() && (role == Role.ASSOCIATION || random.nextInt(4) == 0)) {
            return Actor.forAssociation("a", role, random.nextBoolean() ? Review.ASSOCIATION : "another");
        }
        return Actor.of("p", role);
    }

    private static Facts facts(Random random) {
        LocalDate on = Review.OPEN.plusDays(random.nextInt(60) - 10);
        Facts.Builder b = random.nextInt(5) == 0
                ? Review.delegated(on, random.nextBoolean() ? Review.DELEGATION
                        : ((DelegationChange.Changed) Review.DELEGATION.revoke(Review.DAY)).delegation())
                : Facts.on(on, Review.PROVINCIAL, "AI", random.nextInt(8) == 0 ? Level.SENIOR : Level.INTERMEDIATE);
        if (random.nextInt(8) != 0) {
            b.recommendation(random.nextInt(6) == 0 ? Review.NEGATIVE : Review.POSITIVE);
        }
        // mostly the acting applicant's own application, resubmitted with the same person's dossier (五(三)1, 六(一))
        b.applicant(random.nextInt(6) != 0 ? "p" : "someone-else").idNumber(Review.ID_NUMBER)
                .resubmittedIdNumber(random.nextInt(6) != 0 ? Review.ID_NUMBER : "220102198808081233");
        b.publicityEnded(random.nextBoolean()).objectionOpen(random.nextInt(4) == 0)
                .committeeFormed(random.nextInt(5) != 0).appealedBefore(random.nextInt(4) == 0);
        if (random.nextBoolean()) {
            b.corrections(Review.CORRECTIONS);
        }
        if (random.nextInt(4) == 0) {
            b.correctionDeadline(Review.DAY);
        }
        if (random.nextInt(6) == 0) {
            b.barredThrough(Review.DAY);
        }
        if (random.nextInt(4) != 0) {
            b.qualification(CONCLUSIONS.get(random.nextInt(CONCLUSIONS.size())));
        }
        if (random.nextInt(4) != 0) {
            b.ballot(random.nextBoolean() ? BallotResult.PASSED : BallotResult.FAILED);
        }
        if (random.nextBoolean()) {
            b.appealDeadline(Review.DAY.plusDays(20));
        }
        if (random.nextBoolean()) {
            b.fraudDecision("吉人社职称〔2027〕3号");
        }
        return b.build();
    }

    @Test
    void noMoveWithoutTheTable() {
        // the table itself: every row names a clause and a role, and no (stage, act) has two rows
        Set<String> keys = new java.util.HashSet<>();
        for (Transition t : Transitions.all()) {
            assertTrue(keys.add(t.from() + "/" + t.act()), "two rows for " + t.from() + "/" + t.act());
            assertNotNull(t.clause());
        }
        for (Stage s : Stage.values()) {
            assertTrue(!s.clauses().isEmpty(), s + " names its clause");
        }
        Optional<Transition> none = Transitions.find(Stage.CERTIFIED, Act.SUBMIT);
        assertTrue(none.isEmpty());
    }
}
