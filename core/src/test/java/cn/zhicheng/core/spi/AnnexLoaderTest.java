package cn.zhicheng.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.criteria.Cited;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.input.ClassPathResources;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
                new AnnexSource("two.jar", InMemoryProvider.of("fixtures/minimal.yaml",
                        Fixtures.minimal().replace("id: annex-test", "id: annex-other"))))));
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

    /** The minimal annex's field moved into another series (and the domain and occupations that series needs). */
    private static String inSeries(Series series) {
        String yaml = Fixtures.minimal().replace("series: ENGINEERING", "series: " + series);
        if (series == Series.ENGINEERING) {
            return yaml;
        }
        yaml = yaml.replace("domain: HIGH_TECH", "domain: NEW_ECONOMY");
        return series != Series.SOCIAL_SERVICE ? yaml : yaml.replace("    annex: 附件1\n",
                "    annex: 附件1\n    occupations: [{code: CHILDCARE, name: {zh: 育婴, en: childcare}}]\n");
    }

    @ParameterizedTest
    @EnumSource(Series.class)
    void everyCriterionALoadedFieldUsesCitesItsClauseAndProvisionalOnesTheirSource(Series series) {
        // the series baselines, the derived direct paths (决定 D-2), the annex's achievements and the score lines
        FieldCriteria f = Fixtures.field(inSeries(series));
        List<Cited> cited = new ArrayList<>();
        for (LevelCriteria level : f.levels().values()) {
            cited.addAll(level.paths());
            cited.addAll(level.directPaths());
            level.achievements().ifPresent(r -> cited.addAll(r.anyOf()));
            cited.addAll(level.score().items());
        }
        assertTrue(cited.size() > 10, "criteria found: " + cited.size());
        for (Cited c : cited) {
            assertFalse(c.clause() == null || c.clause().isBlank(), c.id() + " has no clause");
            assertTrue(!c.provisional() || c.source() != null && !c.source().isBlank(),
                    c.id() + " is provisional without a source (决定 D-11)");
        }
    }

    @Test
    void anAnnexWithoutAVersionOrWithoutFieldsIsRefused() {
        String yaml = Fixtures.minimal().replace("version: \"1\"", "version: \"\"");
        yaml = yaml.substring(0, yaml.indexOf("fields:")) + "fields: []\n";
        List<String> paths = problems(yaml).stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("annex.version"), paths.toString());
        assertTrue(paths.contains("fields"), paths.toString());
    }

    @Test
    void aScoreLineOrATighteningWithoutClauseOrProvisionalSourceIsRefused() {
        String yaml = Fixtures.minimal().replace("    annex: 附件1\n", """
                    annex: 附件1
                    tighten: {extraYears: 1, status: official}
                    score:
                      items:
                        - {id: s-years, type: years, perYear: 1, max: 10, status: official}
                        - {id: s-works, type: works, perWork: 1, max: 10, clause: 附件1, status: provisional}
                """);
        List<String> paths = problems(yaml).stream().map(InputProblem::path).toList();
        assertTrue(paths.contains("fields[0].tighten.clause"), paths.toString());
        assertTrue(paths.contains("fields[0].score.items[0].clause"), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("fields[0].score.items[1]")), paths.toString());
    }

    @Test
    void theRuleSetHashIsTheSha256OfTheDescriptorFollowedByItsBaseline() throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Fixtures.minimal().getBytes(StandardCharsets.UTF_8));
        sha.update(ClassPathResources.read(AnnexLoader.class.getClassLoader(),
                SeriesBaseline.resource(Series.ENGINEERING)).orElseThrow());
        assertEquals(HexFormat.of().formatHex(sha.digest()), Fixtures.minimalField().ruleSet().sha256());
    }
}
