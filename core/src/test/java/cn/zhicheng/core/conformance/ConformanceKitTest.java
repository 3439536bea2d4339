package cn.zhicheng.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conformance kit's own checks, run against small annexes in core's test resources. */
class ConformanceKitTest {

    /** The kit, over one descriptor, with its cases read from {@code cases}. */
    private static AnnexConformanceTest kit(String descriptor, String cases) {
        return new AnnexConformanceTest() {
            @Override
            protected AnnexProvider provider() {
                return Fixtures.provider(descriptor);
            }

            @Override
            protected String casesResource(String annexId) {
                return cases;
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/minimal.yaml", "conformance/flow-style.yaml", "conformance/block-style.yaml"})
    void theBrokenYamlCheckPassesForAnnexesInEveryStyle(String descriptor) {
        // minimal.yaml states its criteria in flow style, flow-style.yaml is flow from the root, block-style.yaml
        // puts a clause on a line of its own: the check must break and find both mistakes in each
        kit(descriptor, "unused").brokenYamlIsRefusedWithEveryProblem();
    }

    @Test
    void aBlockStyleClauseIsMisspeltWhereItStands() {
        BrokenYaml broken = BrokenYaml.of("annex: {id: a}\nfields:\n  - code: X\n    tighten:\n      clause: 附件1\n");
        assertEquals("annex: {id: a}\nfields:\n  - code: X\n    tighten:\n      clauze: 附件1\nbogus: 1\n", broken.text());
        assertEquals(Optional.of("fields[0].tighten."), broken.misspeltClause());
    }

    @Test
    void aFlowStyleClauseAndAFlowRootAreBrokenInPlace() {
        BrokenYaml broken = BrokenYaml.of("{annex: {id: 附件}, fields: [{code: X, levels: {JUNIOR: {achievements: "
                + "{anyOf: [{id: x, \"clause\": 附件1}]}}}}]}");
        assertEquals("{ bogus: 1,annex: {id: 附件}, fields: [{code: X, levels: {JUNIOR: {achievements: "
                + "{anyOf: [{id: x, \"clauze\": 附件1}]}}}}]}", broken.text());
        assertEquals(Optional.of("fields[0].levels.JUNIOR.achievements.anyOf[0]."), broken.misspeltClause());
    }

    @Test
    void aDescriptorWithoutAClauseKeyGetsOnlyTheUnknownRootKey() {
        BrokenYaml broken = BrokenYaml.of("annex: {id: a}\n# clause: in a comment is not a key\n");
        assertEquals("annex: {id: a}\n# clause: in a comment is not a key\nbogus: 1\n", broken.text());
        assertEquals(Optional.empty(), broken.misspeltClause());
    }

    @Test
    void aCaseWithoutAnExpectationIsReportedByNumberAndName() {
        AnnexConformanceTest kit = kit("fixtures/minimal.yaml", "conformance/cases-without-expectation.yaml");
        AssertionError e = assertThrows(AssertionError.class, kit::casesComeOutAsExpected);
        String message = e.getMessage();
        assertTrue(message.contains("case 2 (forgot-expect): no expectation / 没有预期结果"), message);
        assertTrue(message.contains("case 3 (findings-only): no expectation / 没有预期结果"), message);
        assertFalse(message.contains("case 1"), "the complete case is not blamed: " + message);
        assertTrue(message.startsWith("conformance/cases-without-expectation.yaml"), message);
    }
}
