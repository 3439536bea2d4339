package cn.zhicheng.core.review.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2027, 12, 31);
    private static final Delegation GRANT = Delegation.grant("del-1", "assoc", Set.of("AI", "IOT"),
            Set.of(Level.JUNIOR, Level.INTERMEDIATE), FROM, TO);

    @Test
    void aDelegationIsInForceFromItsFirstDayThroughItsLast() {
        assertFalse(GRANT.inForce(FROM.minusDays(1)));
        assertTrue(GRANT.inForce(FROM));
        assertTrue(GRANT.inForce(TO));
        assertFalse(GRANT.inForce(TO.plusDays(1)));
        assertTrue(GRANT.covers("AI", Level.INTERMEDIATE, FROM));
        assertFalse(GRANT.covers("AI", Level.ASSOCIATE_SENIOR, FROM));
        assertFalse(GRANT.covers("MARKETING", Level.JUNIOR, FROM));
    }

    @Test
    void narrowingTakesEffectFromItsDayAndLeavesEarlierDaysAsTheyWere() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        Delegation narrowed = ((DelegationChange.Changed) GRANT.narrow(june, Set.of("AI"), Set.of(Level.JUNIOR),
                LocalDate.of(2026, 12, 31))).delegation();
        assertTrue(narrowed.covers("IOT", Level.INTERMEDIATE, june.minusDays(1)));
        assertFalse(narrowed.covers("IOT", Level.INTERMEDIATE, june));
        assertFalse(narrowed.covers("AI", Level.INTERMEDIATE, june));
        assertTrue(narrowed.covers("AI", Level.JUNIOR, june));
        assertFalse(narrowed.inForce(LocalDate.of(2027, 1, 1)));
        assertEquals(2, narrowed.versions().size());
    }

    @Test
    void narrowingNeverWidensExtendsOrBackdatesAndSaysEveryReason() {
        DelegationChange c = GRANT.narrow(FROM.minusDays(1), Set.of("AI", "MARKETING"),
                Set.of(Level.JUNIOR, Level.SENIOR), TO.plusYears(1));
        DelegationChange.Rejected r = assertInstanceOf(DelegationChange.Rejected.class, c);
        List<String> keys = r.problems().stream().map(Message::key).toList();
        assertEquals(List.of("round.delegation.notInForce", "round.delegation.backdated",
                "round.delegation.widensFields", "round.delegation.widensLevels", "round.delegation.extends"), keys);
        r.problems().forEach(Messages::both);
    }

    @Test
    void revocationIsDatedOnceAndEndsTheDelegationFromThatDay() {
        LocalDate day = LocalDate.of(2026, 8, 1);
        Delegation revoked = ((DelegationChange.Changed) GRANT.revoke(day)).delegation();
        assertTrue(revoked.covers("AI", Level.JUNIOR, day.minusDays(1)));
        assertFalse(revoked.inForce(day));
        assertEquals(Optional.of(day), revoked.revokedOn());
        assertInstanceOf(DelegationChange.Rejected.class, revoked.revoke(day.plusDays(1)));
        assertInstanceOf(DelegationChange.Rejected.class, revoked.narrow(day.plusDays(1), Set.of("AI"),
                Set.of(Level.JUNIOR), TO));
    }

    @Test
    void aProvincialRoundActsForWhatItOpensAndNothingElse() {
        Round round = new Round("r", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE), new RunningBody.ProvincialOffice(),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertTrue(round.accepts("AI", Level.INTERMEDIATE));
        assertFalse(round.accepts("AI", Level.JUNIOR));
        assertInstanceOf(Authority.Granted.class, round.authorityOn("AI", Level.INTERMEDIATE, FROM, Optional.empty()));
        Authority.Denied d = assertInstanceOf(Authority.Denied.class,
                round.authorityOn("IOT", Level.INTERMEDIATE, FROM, Optional.empty()));
        assertEquals("三", d.clause().ref());
        assertTrue(round.openingProblems(FROM, Optional.empty()).isEmpty());
    }
}
