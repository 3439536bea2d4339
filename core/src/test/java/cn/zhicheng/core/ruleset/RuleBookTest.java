package cn.zhicheng.core.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.decision.RuleSetPin;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.AnnexSource;
import cn.zhicheng.core.spi.Annexes;
import cn.zhicheng.core.spi.Fixtures;
import cn.zhicheng.core.spi.InMemoryProvider;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final String V1 = Fixtures.minimal();

    /** The same annex from 2027: version 2, the junior achievement raised from one project to two. */
    private static String v2(String from) {
        String raised = V1.replace("version: \"1\"", "version: \"2\"")
                .replace("effectiveFrom: 2021-10-20", "effectiveFrom: " + from)
                .replaceFirst("kinds: \\[PROJECT_REPORT], min: 1", "kinds: [PROJECT_REPORT], min: 2");
        assertNotEquals(V1.replace("version: \"1\"", "version: \"2\"")
                .replace("effectiveFrom: 2021-10-20", "effectiveFrom: " + from), raised, "the fixture changed");
        return raised;
    }

    private static Annexes load(String... nameAndText) {
        return Fixtures.LOADER.load(List.of(new AnnexSource("test.jar", InMemoryProvider.of(nameAndText))));
    }

    private static String closed(String yaml, String to) {
        return yaml.replace("effectiveFrom: 2021-10-20", "effectiveFrom: 2021-10-20\n  effectiveTo: " + to);
    }

    @Test
    void theDatePicksTheVersionInForce() {
        RuleBook book = load("v1.yaml", V1, "v2.yaml", v2("2027-01-01")).ruleBook();
        FieldCriteria before = ((RuleBook.InForce) book.inForce("TEST_FIELD", LocalDate.of(2026, 12, 31))).criteria();
        FieldCriteria after = ((RuleBook.InForce) book.inForce("TEST_FIELD", LocalDate.of(2027, 1, 1))).criteria();
        assertEquals("1", before.ruleSet().version());
        assertEquals("2", after.ruleSet().version());
        assertEquals(1, before.at(Level.JUNIOR).achievements().orElseThrow().anyOf().stream()
                .filter(a -> a.id().equals("t-junior")).count());
    }

    @Test
    void aDateBeforeEveryVersionIsAnsweredAsSuch() {
        RuleBook book = load("v1.yaml", V1).ruleBook();
        RuleBook.Lookup none = book.inForce("TEST_FIELD", LocalDate.of(2021, 10, 19));
        RuleBook.NotInForce notInForce = assertInstanceOf(RuleBook.NotInForce.class, none);
        assertEquals("1", notInForce.versions().get(0).version());
        assertInstanceOf(RuleBook.UnknownField.class, book.inForce("NO_SUCH_FIELD", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aDateAfterADeclaredEndIsAnsweredAsSuch() {
        RuleBook book = load("v1.yaml", closed(V1, "2025-12-31")).ruleBook();
        assertInstanceOf(RuleBook.InForce.class, book.inForce("TEST_FIELD", LocalDate.of(2025, 12, 31)));
        assertInstanceOf(RuleBook.NotInForce.class, book.inForce("TEST_FIELD", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void overlappingVersionsAreRefusedNamingBothFiles() {
        InputRejected e = assertThrows(InputRejected.class,
                () -> load("v1.yaml", closed(V1, "2027-06-30"), "v2.yaml", v2("2027-01-01")));
        String all = e.getMessage();
        assertTrue(all.contains("test.jar!/v1.yaml") && all.contains("test.jar!/v2.yaml"), all);
        assertTrue(all.contains("overlaps"), all);
    }

    @Test
    void aGapBetweenVersionsIsRefusedNamingBothFiles() {
        InputRejected e = assertThrows(InputRejected.class,
                () -> load("v1.yaml", closed(V1, "2026-06-30"), "v2.yaml", v2("2027-01-01")));
        String all = e.getMessage();
        assertTrue(all.contains("test.jar!/v1.yaml") && all.contains("test.jar!/v2.yaml"), all);
        assertTrue(all.contains("gap") && all.contains("2026-07-01"), all);
    }

    @Test
    void twoVersionsStartingTheSameDayOverlap() {
        InputRejected e = assertThrows(InputRejected.class, () -> load("v1.yaml", V1, "v2.yaml", v2("2021-10-20")));
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
    }

    @Test
    void aVersionDeclaredTwiceIsRefused() {
        InputRejected e = assertThrows(InputRejected.class, () -> load("v1.yaml", V1, "again.yaml",
                V1.replace("effectiveFrom: 2021-10-20", "effectiveFrom: 2027-01-01")));
        assertTrue(e.getMessage().contains("declared twice"), e.getMessage());
    }

    @Test
    void aVersionClosedExactlyTheDayBeforeTheNextIsAccepted() {
        RuleBook book = load("v1.yaml", closed(V1, "2026-12-31"), "v2.yaml", v2("2027-01-01")).ruleBook();
        assertEquals(2, book.versions("TEST_FIELD").size());
    }

    @Test
    void thePinRecallsExactlyThePinnedCriteriaWhateverCameLater() {
        FieldCriteria alone = load("v1.yaml", V1).ruleBook().latest().get(0);
        RuleSetPin pin = RuleSetPin.of(alone.ruleSet(), Level.JUNIOR);
        // a later version arrives, and the first is closed the day before it: its criteria digest is unchanged
        RuleBook later = load("v1.yaml", closed(V1, "2026-12-31"), "v2.yaml", v2("2027-01-01")).ruleBook();
        FieldCriteria pinned = later.pinned("TEST_FIELD", pin, Level.JUNIOR).orElseThrow();
        assertEquals("1", pinned.ruleSet().version());
        assertEquals(pin.criteriaSha256(), pinned.ruleSet().criteriaSha256(Level.JUNIOR));
        // a pin whose digest no loaded version has recalls nothing
        RuleSetPin forged = new RuleSetPin(pin.annexId(), pin.version(), pin.document(), pin.effectiveFrom(),
                "0".repeat(64));
        assertTrue(later.pinned("TEST_FIELD", forged, Level.JUNIOR).isEmpty());
    }

    @Test
    void theCriteriaDigestChangesWithTheCriteriaOfItsLevelOnly() {
        FieldCriteria v1 = load("v1.yaml", V1).ruleBook().latest().get(0);
        FieldCriteria v2 = load("v2.yaml", v2("2027-01-01")).ruleBook().latest().get(0);
        assertNotEquals(v1.ruleSet().criteriaSha256(Level.JUNIOR), v2.ruleSet().criteriaSha256(Level.JUNIOR));
        assertEquals(v1.ruleSet().criteriaSha256(Level.SENIOR), v2.ruleSet().criteriaSha256(Level.SENIOR));
    }
}
