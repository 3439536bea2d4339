package cn.zhicheng.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;

/**
 * The kit fails for the right reason: over a deliberately broken annex ({@code conformance/broken/}) every check of
 * {@link AnnexConformanceTest} fails, and its message names the field, the level, the case or the claim at fault and
 * says what to do. A check that passed here would be a check that cannot fail.
 */
class BrokenAnnexTest {

    private static final String V1 = "conformance/broken/broken-annex.yaml";
    private static final String V2 = "conformance/broken/broken-annex-2027.yaml";

    /** The kit as an annex author would extend it, over the broken annex, declaring nothing. */
    private static AnnexConformanceTest kit(String... descriptors) {
        return new AnnexConformanceTest() {
            @Override
            protected AnnexProvider provider() {
                return Fixtures.provider(descriptors);
            }

            @Override
            protected String casesResource(String annexId) {
                return "conformance/broken/cases.yaml";
            }
        };
    }

    private static String failure(Executable check) {
        return assertThrows(AssertionError.class, check).getMessage();
    }

    private static void says(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "missing '" + part + "' in:\n" + message);
        }
    }

    @Test
    void aLevelWithoutAchievementsIsNamed() {
        says(failure(kit(V1)::everyLevelOfEveryFieldIsCovered), "BROKEN_FIELD SENIOR has no achievements");
    }

    @Test
    void levelsOutOfOrderAreNamedWithTheirClause() {
        says(failure(kit(V1)::everyLevelIsAtLeastAsDemandingAsTheOneBelow), "BROKEN_FIELD 附件1",
                "a senior title needs at least 2 achievements", "决定 D-21", "高级职称须满足至少 2 项业绩成果");
    }

    @Test
    void aDescriptorTheProviderNamesButDoesNotShipIsNamed() {
        says(failure(kit("conformance/broken/missing.yaml")::brokenYamlIsRefusedWithEveryProblem),
                "missing resource conformance/broken/missing.yaml");
    }

    @Test
    void undeclaredAndWronglyDeclaredBehavioursAreNamedWithTheFix() {
        says(failure(kit(V1)::declaredBehavioursMatchTheCriteria),
                "declares DIRECT_INTERMEDIATE but BROKEN_FIELD (annex-broken 1) switches 五(二)2 off",
                "return false for it from hasBehavior",
                "BROKEN_FIELD (annex-broken 1) asks for sales, fans or service hours but QUANTIFIED_RECORDS is not"
                        + " declared: return true for it from hasBehavior");
    }

    @Test
    void aDeclaredChannelWithoutACaseIsNamed() {
        says(failure(kit(V1)::directIntermediateHasACasePerField),
                "BROKEN_FIELD: no case relies on 五(二)2 (greenChannels: [DIRECT_INTERMEDIATE])");
    }

    @Test
    void aDatedVersionWithoutACaseInItsWindowIsNamed() {
        says(failure(kit(V1, V2)::everyDatedVersionHasACase),
                "BROKEN_FIELD version 2 (from 2027-01-01) has no case dated in its window");
    }

    @Test
    void undeclaredBehavioursAreSkippedNotPassed() {
        // a behaviour the annex does not claim is not tested, and the report says it was skipped, with why
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                kit(V1)::quantifiedRecordsHaveACasePerField);
        says(skipped.getMessage(), "the annex asks for works only");
    }

    @Test
    void coverageAndEachWrongCaseFailOnTheirOwn() throws Throwable {
        Map<String, String> failures = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (DynamicTest t : kit(V1).casesComeOutAsExpected().toList()) {
            names.add(t.getDisplayName());
            try {
                t.getExecutable().execute();
            } catch (AssertionError e) {
                failures.put(t.getDisplayName(), e.getMessage());
            }
        }
        assertEquals(3, names.size(), names.toString());
        assertEquals(3, failures.size(), "coverage and both cases fail: " + failures.keySet());
        says(failures.get("coverage of annex-broken / 用例覆盖"), "BROKEN_FIELD has 2 cases; at least 8 are required");
        says(failures.get("BROKEN_FIELD JUNIOR junior-expected-ineligible-but-eligible"),
                "expected: <INELIGIBLE> but was: <ELIGIBLE>");
        says(failures.get("BROKEN_FIELD INTERMEDIATE intermediate-without-a-junior-title"),
                "expected: <ELIGIBLE> but was: <INELIGIBLE>", "ladder FAILED");
    }
}
