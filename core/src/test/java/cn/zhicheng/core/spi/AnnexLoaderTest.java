package cn.zhicheng.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnexLoaderTest {

    private static List<InputProblem> problems(String yaml) {
        return assertThrows(InputRejected.class, () -> Fixtures.LOADER.parse("x.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).problems();
    }

    @Test
    void zeroAnnexesStopsStartUp() {
        InputRejected e = assertThrows(InputRejected.class, () -> Fixtures.LOADER.load(List.of()));
        assertTrue(e.problems().get(0).reason().en().contains("no annex"));
    }

    @Test
    void aProviderThatProvidesNothingIsRefused() {
        InputRejected e = assertThrows(InputRejected.class, () -> Fixtures.LOADER.load(List.of(
                new AnnexSource("empty.jar", new AnnexProvider() { }))));
        assertEquals("empty.jar", e.problems().get(0).source());
    }

    @Test
    void aDuplicateFieldCodeNamesBothJars() {
        InputRejected e = assertThrows(InputRejected.class, () -> Fixtures.LOADER.load(List.of(
                new AnnexSource("one.jar", Fixtures.provider("fixtures/minimal.yaml")),
                new AnnexSource("two.jar", Fixtures.provider("fixtures/minimal.yaml")))));
        String all = e.getMessage();
        assertTrue(all.contains("two.jar!/fixtures/minimal.yaml"), all);
        assertTrue(all.contains("one.jar!/fixtures/minimal.yaml"), all);
        assertTrue(all.contains("TEST_FIELD"), all);
    }

    @Test
    void aMissingDescriptorIsNamed() {
        InputRejected e = assertThrows(InputRejected.class, () -> Fixtures.LOADER.load(List.of(
                new AnnexSource("a.jar", Fixtures.provider("fixtures/nope.yaml")))));
        assertEquals("a.jar!/fixtures/nope.yaml", e.problems().get(0).source());
    }

    @Test
    void aMissingLevelAndATechnicianLevelAreRefusedTogether() {
        String yaml = Fixtures.minimal().replace("      SENIOR:", "      TECHNICIAN:");
        List<String> paths = problems(yaml).stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("fields[0].levels"), paths.toString());
        assertTrue(paths.contains("fields[0].levels.TECHNICIAN"), paths.toString());
    }

    @Test
    void criteriaWithoutClauseOrWithOnlyPapersAreRefused() {
        String yaml = Fixtures.minimal()
                .replaceFirst(", clause: 附件1, status: official", ", status: official")
                .replace("kinds: [PROJECT_REPORT, PATENT]", "kinds: [PAPER]")
                .replace("- {id: t-senior, type: works", "- {id: t-senior, type: work");
        Map<String, String> byPath = problems(yaml).stream()
                .collect(Collectors.toMap(InputProblem::path, p -> p.reason().en(), (a, b) -> a + " | " + b));
        assertTrue(byPath.containsKey("fields[0].levels.JUNIOR.achievements.anyOf[0].clause"), byPath.toString());
        assertTrue(byPath.get("fields[0].levels.ASSOCIATE_SENIOR.achievements.anyOf[0]").contains("papers"),
                byPath.toString());
        assertTrue(byPath.values().stream().anyMatch(r -> r.contains("unknown type 'work'")), byPath.toString());
    }

    @Test
    void directIntermediateYearsAreDerivedFromTheJuniorPath() {
        // 决定 D-2: engineering, bachelor: 1 (junior path) + 4 (intermediate after junior) = 5 years;
        // 决定 D-16: 大专 3 (the years 技术员 would have taken) + 4 = 7 years
        Map<Degree, Integer> years = Fixtures.minimalField().at(Level.INTERMEDIATE).directPaths().stream()
                .collect(Collectors.toMap(EducationPath::education, EducationPath::professionalYears));
        assertEquals(Map.of(Degree.BACHELOR, 5, Degree.SECOND_BACHELOR, 2, Degree.JUNIOR_COLLEGE, 7), years);
        assertTrue(Fixtures.minimalField().at(Level.INTERMEDIATE).directPaths().stream()
                .allMatch(p -> p.priorTitle() == null && p.clause().startsWith("五(二)2")));
        assertTrue(Fixtures.minimalField().at(Level.JUNIOR).directPaths().isEmpty());
    }

    @Test
    void anAnnexMaySwitchOffDirectIntermediate() {
        FieldCriteria f = Fixtures.field(Fixtures.minimal().replace("    annex: 附件1\n",
                "    annex: 附件1\n    directIntermediate: false\n"));
        assertTrue(f.at(Level.INTERMEDIATE).directPaths().isEmpty());
        assertFalse(f.directIntermediate());
    }

    @Test
    void tighteningAddsYearsAndRaisesTheDegree() {
        FieldCriteria f = Fixtures.field(Fixtures.minimal().replace("    annex: 附件1\n",
                "    annex: 附件1\n    tighten: {extraYears: 1, minimumEducation: BACHELOR, clause: 附件1, status: official}\n"));
        List<EducationPath> intermediate = f.at(Level.INTERMEDIATE).paths();
        assertTrue(intermediate.stream().allMatch(p -> p.education().atLeast(Degree.BACHELOR)));
        EducationPath bachelor = intermediate.stream().filter(p -> p.education() == Degree.BACHELOR).findFirst().get();
        assertEquals(5, bachelor.yearsSincePriorTitle());
        assertTrue(bachelor.clause().endsWith("附件1"));
    }

    @Test
    void theRuleSetHashFollowsTheContent() {
        String a = Fixtures.minimalField().ruleSet().sha256();
        String b = Fixtures.field(Fixtures.minimal().replace("min: 3", "min: 4")).ruleSet().sha256();
        assertEquals(a, Fixtures.minimalField().ruleSet().sha256());
        assertNotEquals(a, b);
    }

    @Test
    void directIntermediateYearsFollowTheApplicantsOwnDegree() {
        // 决定 D-2 in the social-service baseline: a junior-college holder takes the junior-college junior path (2)
        // and the intermediate path open to her degree (5 after the junior title): 7 years, not the 6 + 5 of school.
        FieldCriteria f = Fixtures.field(Fixtures.minimal()
                .replace("series: ENGINEERING", "series: SOCIAL_SERVICE")
                .replace("domain: HIGH_TECH", "domain: NEW_ECONOMY")
                .replace("    annex: 附件1\n", "    annex: 附件1\n    occupations: [{code: CHILDCARE, name: {zh: 育婴, en: childcare}}]\n"));
        Map<Degree, Integer> years = f.at(Level.INTERMEDIATE).directPaths().stream()
                .collect(Collectors.toMap(EducationPath::education, EducationPath::professionalYears));
        assertEquals(Map.of(Degree.HIGH_SCHOOL, 11, Degree.SECONDARY_VOCATIONAL, 9, Degree.JUNIOR_COLLEGE, 7,
                Degree.BACHELOR, 4, Degree.MASTER, 2), years);
    }

    @Test
    void aMisspeltLevelAndABadNumberDoNotHideTheOtherProblems() {
        String yaml = Fixtures.minimal().replace("      SENIOR:", "      SENIOUR:").replace("min: 3", "min: three")
                .replace("annex: 附件1", "annex: one");
        List<InputProblem> problems = problems(yaml);
        List<String> paths = problems.stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("fields[0].levels.SENIOUR"), paths.toString());
        assertTrue(paths.contains("fields[0].levels.SENIOUR.achievements.anyOf[0].min"), paths.toString());
        assertTrue(paths.contains("fields[0].annex"), paths.toString());
        assertEquals(paths.size(), paths.stream().distinct().count(), "no problem twice: " + paths);
        assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems.toString());
    }

    @Test
    void aProvisionalCriterionMustGiveItsSource() {
        String yaml = Fixtures.minimal().replaceFirst("clause: 附件1, status: official", "clause: 附件1, status: provisional");
        List<InputProblem> problems = problems(yaml);
        assertEquals("fields[0].levels.JUNIOR.achievements.anyOf[0]", problems.get(0).path());
        assertTrue(problems.get(0).reason().zh().contains("决定 D-11"), problems.toString());
    }
}
