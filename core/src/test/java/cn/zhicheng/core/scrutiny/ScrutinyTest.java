package cn.zhicheng.core.scrutiny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Annexes;
import cn.zhicheng.core.spi.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each static check finds its flaw in criteria made to have it, says where and why, and finds nothing it should not. */
class ScrutinyTest {

    private static final String JUNIOR = "      JUNIOR:\n";

    private static Report report(String yaml) {
        return Scrutiny.of(new Annexes(List.of(Fixtures.field(yaml))));
    }

    /** The fixture with its senior levels asking two achievements, so D-21 holds and other checks stand alone. */
    private static String sound() {
        return Fixtures.minimal().replace("      ASSOCIATE_SENIOR:\n        achievements:\n          min: 1",
                "      ASSOCIATE_SENIOR:\n        achievements:\n          min: 1\n          minPrincipal: 0")
                .replace("min: 2, principal: true, window: SINCE_PRIOR_TITLE, clause: 附件1, status: official}",
                        "min: 2, principal: true, window: SINCE_PRIOR_TITLE, clause: 附件1, status: official}\n"
                                + "            - {id: t-associate-patent, type: works, name: {zh: 专利, en: patent},"
                                + " kinds: [PATENT], min: 1, principal: true, window: SINCE_PRIOR_TITLE, clause: 附件1, status: official}")
                .replace("      ASSOCIATE_SENIOR:\n        achievements:\n          min: 1\n",
                        "      ASSOCIATE_SENIOR:\n        achievements:\n          min: 2\n")
                .replace("kinds: [PROJECT_REPORT], min: 3, principal: true, window: SINCE_PRIOR_TITLE, clause: 附件1,"
                        + " status: official}", "kinds: [PROJECT_REPORT], min: 3, principal: true, window:"
                        + " SINCE_PRIOR_TITLE, clause: 附件1, status: official}\n            - {id: t-senior-patent,"
                        + " type: works, name: {zh: 专利, en: patents}, kinds: [PATENT], min: 2, principal: true, window: SINCE_PRIOR_TITLE,"
                        + " clause: 附件1, status: official}")
                .replace("      SENIOR:\n        achievements:\n          min: 1\n",
                        "      SENIOR:\n        achievements:\n          min: 2\n          minPrincipal: 1\n");
    }

    private static String en(Flaw f) {
        return Messages.render(f.message(), Messages.EN);
    }

    @Test
    void soundCriteriaHaveNoDefect() {
        Report r = report(sound());
        assertTrue(r.sound(), r.flaws().toString());
        assertEquals(List.of("TEST_FIELD"), r.fields());
    }

    @Test
    void aLevelWhosePathsAreAllTightenedAwayIsUnreachable() {
        Report r = report(sound().replace(JUNIOR, JUNIOR
                + "        tighten: {minimumEducation: DOCTORATE, extraYears: 0, clause: 附件1, status: official}\n"));
        List<Flaw> found = r.of(Check.UNREACHABLE_LEVEL);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Optional.of(Level.JUNIOR), found.get(0).level());
        assertEquals(Severity.DEFECT, found.get(0).severity());
        assertTrue(en(found.get(0)).contains("no education path is left"), en(found.get(0)));
        assertTrue(Messages.render(found.get(0).message(), Messages.ZH).contains("任何人都无法达到"));
        // with no junior path nothing can be derived for 五(二)2 either: the channel is idle, and said so
        assertTrue(r.of(Check.IDLE_CHANNEL).stream().anyMatch(f -> f.severity() == Severity.DEFECT
                && f.subject().equals(Optional.of(GreenChannel.DIRECT_INTERMEDIATE.name()))), r.flaws().toString());
        assertFalse(r.sound());
    }

    @Test
    void aPathAnotherCoversIsRedundantNamingBoth() {
        // the national baseline: 本科 + 助理工程师 + 4 years is met by everyone 大专 + 助理工程师 + 4 years admits
        List<Flaw> found = report(sound()).of(Check.REDUNDANT_PATH);
        Flaw bachelor = found.stream().filter(f -> f.subject().equals(Optional.of("eng-intermediate-bachelor")))
                .findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(Severity.WARNING, bachelor.severity());
        assertTrue(en(bachelor).contains("everyone who meets it meets eng-intermediate-college"), en(bachelor));
        assertTrue(found.stream().noneMatch(f -> f.subject().equals(Optional.of("eng-intermediate-college"))),
                "the covering path itself is not redundant: " + found);
    }

    @Test
    void aSeniorLevelOnOneItemIsOutOfOrder() {
        List<Flaw> found = report(Fixtures.minimal()).of(Check.THRESHOLD_ORDER);
        assertTrue(found.stream().anyMatch(f -> f.level().equals(Optional.of(Level.ASSOCIATE_SENIOR))
                && en(f).contains("at least 2 achievements")), found.toString());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.DEFECT));
    }

    @Test
    void trainingIsIdleWhereNoPathAsksForYears() {
        Report r = report(sound().replace(JUNIOR, JUNIOR
                + "        tighten: {minimumEducation: SECOND_BACHELOR, extraYears: 0, clause: 附件1, status: official}\n"));
        List<Flaw> idle = r.of(Check.IDLE_CHANNEL).stream()
                .filter(f -> f.subject().equals(Optional.of(GreenChannel.TRAINING_REDUCES_YEARS.name()))).toList();
        assertEquals(1, idle.size(), r.flaws().toString());
        assertEquals(Optional.of(Level.JUNIOR), idle.get(0).level());
    }

    @Test
    void directIntermediateSwitchedOffIsNoted() {
        Report r = report(sound().replace("    annex: 附件1\n", "    annex: 附件1\n    directIntermediate: false\n"));
        Flaw off = r.of(Check.IDLE_CHANNEL).stream().filter(f -> f.severity() == Severity.NOTE).findFirst()
                .orElseThrow();
        assertTrue(en(off).contains("switches 五(二)2 off"), en(off));
        assertTrue(r.sound(), "switching it off is the annex's right (决定 D-1)");
    }

    @Test
    void overlappingVersionsAreADefectNamingTheAnnex() {
        FieldCriteria v1 = Fixtures.field(sound());
        FieldCriteria v2 = Fixtures.field(sound().replace("version: \"1\"", "version: \"2\""));
        Report r = Scrutiny.of(new Annexes(List.of(v1, v2)));
        List<Flaw> found = r.of(Check.VERSION_WINDOWS);
        assertEquals(1, found.size(), r.flaws().toString());
        assertEquals("annex-test", found.get(0).annexId());
        assertTrue(en(found.get(0)).contains("overlaps"), en(found.get(0)));
    }

    @Test
    void aCaseExercisingNoChannelIsNotedAndAnUntestedChannelIsWarned() {
        Annexes annexes = new Annexes(List.of(Fixtures.field(sound())));
        Report r = Scrutiny.of(annexes, List.of(
                new CaseRun("annex-test", "TEST_FIELD", Level.JUNIOR, "plain", Set.of()),
                new CaseRun("annex-test", "TEST_FIELD", Level.INTERMEDIATE, "direct",
                        Set.of(GreenChannel.DIRECT_INTERMEDIATE))));
        List<Flaw> found = r.of(Check.IDLE_CASE);
        assertTrue(found.stream().anyMatch(f -> f.subject().equals(Optional.of("plain"))
                && f.severity() == Severity.NOTE), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.subject().equals(Optional.of("direct"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.subject().equals(Optional.of("TRAINING_REDUCES_YEARS"))
                && f.severity() == Severity.WARNING), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.subject().equals(Optional.of("DIRECT_INTERMEDIATE"))));
        assertEquals(2, r.cases());
    }

    @Test
    void theSameCriteriaGiveTheSameReport() {
        assertEquals(report(Fixtures.minimal()), report(Fixtures.minimal()));
    }
}
