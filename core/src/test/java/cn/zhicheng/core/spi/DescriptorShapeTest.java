package cn.zhicheng.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One mistake in an annex never hides another: typing and structural problems are listed together. */
class DescriptorShapeTest {

    private static List<InputProblem> problems(String yaml) {
        return assertThrows(InputRejected.class, () -> Fixtures.LOADER.parse("annex.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).problems();
    }

    @Test
    void anUnknownKeyDoesNotHideAMissingLevelOrADuplicateCriterionId() {
        String yaml = Fixtures.minimal()
                .replace("  document: 测试附件", "  document: 测试附件\n  documnet: typo")
                .replace("      SENIOR:", "      SENIOR_TYPO:")
                .replace("- {id: t-intermediate,", "- {id: t-junior,");
        List<InputProblem> problems = problems(yaml);
        List<String> paths = problems.stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("annex.documnet"), paths.toString());
        assertTrue(paths.contains("fields[0].levels"), "the missing level: " + paths);
        assertTrue(paths.stream().anyMatch(p -> p.endsWith("anyOf[0].id")), "the duplicate id: " + paths);
        assertTrue(problems.stream().allMatch(p -> p.line() > 0), "every problem has its line: " + problems);
        List<Integer> lines = problems.stream().map(InputProblem::line).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "in line order");
    }

    @Test
    void aDomainThatDoesNotMatchTheSeriesIsNamedBesideATypeError() {
        String yaml = Fixtures.minimal().replace("domain: HIGH_TECH", "domain: NEW_ECONOMY")
                .replaceFirst("min: 1", "min: many");
        List<String> paths = problems(yaml).stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("fields[0].domain"), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.endsWith(".min")), paths.toString());
    }
}
