package cn.zhicheng.core.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.WorksAchievement;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.spi.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an overlay may do to the provincial criteria (四, 决定 D-12): raise, never lower; and only where delegated. */
class OverlayTest {

    static final StrictReader READER = new StrictReader(BilingualValidator.create(Clock.systemUTC()));
    static final FieldCriteria FIELD = Fixtures.minimalField();

    static Overlay overlay(String changes) {
        String yaml = """
                schema: "1.0"
                overlay: {id: assoc-test-1, association: assoc-test, version: "1", document: 团体标准 T/TEST 1-2026,
                          effectiveFrom: 2026-01-01}
                covers: {fields: [TEST_FIELD], levels: [INTERMEDIATE, SENIOR]}
                """ + changes;
        return Overlay.read(READER, "overlay.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRaiseCitesTheOverlayAfterTheProvincialClauseAndLeavesTheRestAsItWas() {
        Overlay o = overlay("""
                changes:
                  - field: TEST_FIELD
                    level: INTERMEDIATE
                    paths: [{id: eng-intermediate-bachelor, yearsSincePriorTitle: 5}]
                    achievements: {raise: [{id: t-intermediate, min: 2}]}
                """);
        Overlay.Applied applied = o.apply(FIELD, LocalDate.of(2026, 6, 30));
        var at = applied.criteria().at(Level.INTERMEDIATE);
        WorksAchievement works = (WorksAchievement) at.achievements().orElseThrow().anyOf().get(0);
        assertEquals(2, works.min());
        assertEquals("附件1; 协会标准 团体标准 T/TEST 1-2026", works.clause());
        EducationPath path = at.paths().stream().filter(p -> p.id().equals("eng-intermediate-bachelor")).findFirst()
                .orElseThrow();
        assertEquals(5, path.yearsSincePriorTitle());
        assertTrue(path.clause().endsWith("; 协会标准 团体标准 T/TEST 1-2026"), path.clause());
        assertEquals(List.of("ladder.path.eng-intermediate-bachelor", "achievement.t-intermediate"),
                applied.pin(Level.INTERMEDIATE).raised());
        // untouched levels are the provincial ones, to the digest; the rule set stays the provincial one
        assertSame(FIELD.at(Level.JUNIOR), applied.criteria().at(Level.JUNIOR));
        assertEquals(FIELD.ruleSet().criteriaSha256(Level.JUNIOR), applied.pin(Level.JUNIOR).criteriaSha256());
        assertEquals(FIELD.ruleSet(), applied.criteria().ruleSet());
        assertTrue(!FIELD.ruleSet().criteriaSha256(Level.INTERMEDIATE)
                .equals(applied.pin(Level.INTERMEDIATE).criteriaSha256()));
    }

    @Test
    void everyLoweringIsRefusedWithTheCriterionAndItsClause() {
        Overlay o = overlay("""
                changes:
                  - field: TEST_FIELD
                    level: SENIOR
                    achievements: {raise: [{id: t-senior, min: 2}]}
                  - field: TEST_FIELD
                    level: INTERMEDIATE
                    paths: [{id: eng-intermediate-bachelor, yearsSincePriorTitle: 3}]
                """);
        InputRejected e = assertThrows(InputRejected.class, () -> o.apply(FIELD, LocalDate.of(2026, 6, 30)));
        List<String> keys = e.problems().stream().map(p -> p.refusal().key()).toList();
        assertEquals(List.of("overlay.lowers", "overlay.lowers"), keys);
        InputProblem senior = e.problems().get(0);
        assertEquals("changes[0].achievements.raise[0].min", senior.path());
        assertEquals(List.of("t-senior", "附件1", 3L, 2L), senior.refusal().args());
        assertEquals(e.problems(), o.problems(code -> Optional.of(FIELD)));
    }

    @Test
    void onlyTheFieldsAndLevelsDelegatedToTheAssociationOnItsFirstDay() {
        Overlay o = overlay("""
                changes:
                  - field: TEST_FIELD
                    level: SENIOR
                    achievements: {min: 1}
                """);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2027, 12, 31);
        Delegation intermediate = Delegation.grant("d-1", "assoc-test", Set.of("TEST_FIELD"),
                Set.of(Level.INTERMEDIATE), from, to);
        List<InputProblem> problems = o.outsideDelegation(List.of(intermediate));
        assertEquals(1, problems.size());
        assertEquals(List.of("TEST_FIELD", "SENIOR", "assoc-test", LocalDate.of(2026, 1, 1)),
                problems.get(0).refusal().args());

        Delegation both = Delegation.grant("d-2", "assoc-test", Set.of("TEST_FIELD"),
                Set.of(Level.INTERMEDIATE, Level.SENIOR), from, to);
        assertEquals(List.of(), o.outsideDelegation(List.of(both)));
        Delegation someoneElse = Delegation.grant("d-3", "assoc-other", Set.of("TEST_FIELD"),
                Set.of(Level.INTERMEDIATE, Level.SENIOR), from, to);
        assertEquals("overlay.noDelegation",
                o.outsideDelegation(List.of(someoneElse)).get(0).refusal().key());
        Delegation ended = Delegation.grant("d-4", "assoc-test", Set.of("TEST_FIELD"),
                Set.of(Level.INTERMEDIATE, Level.SENIOR), from, LocalDate.of(2025, 12, 31));
        assertEquals("overlay.noDelegation", o.outsideDelegation(List.of(ended)).get(0).refusal().key());
    }

    @Test
    void anotherSchemaIsRefused() {
        InputRejected e = assertThrows(InputRejected.class, () -> Overlay.read(READER, "o.yaml", """
                schema: "2.0"
                overlay: {id: a, association: b, version: "1", document: c, effectiveFrom: 2026-01-01}
                covers: {fields: [TEST_FIELD], levels: [SENIOR]}
                changes: [{field: TEST_FIELD, level: SENIOR}]
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals("overlay.schema", e.problems().get(0).refusal().key());
    }
}
