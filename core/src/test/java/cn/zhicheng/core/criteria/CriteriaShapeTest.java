package cn.zhicheng.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 决定 D-21: the static check that no level is easier than the one below and no senior level opens on one item. */
class CriteriaShapeTest {

    private static final String HEADER = """
            schema: "1.0"
            annex: {id: annex-test, version: "1", document: 测试附件, title: {zh: 测试, en: Test}, effectiveFrom: 2021-10-20}
            fields:
              - code: TEST_FIELD
                name: {zh: 测试领域, en: Test field}
                series: ENGINEERING
                domain: HIGH_TECH
                annex: 附件1
                levels:
            """;

    private static String level(Level level, int min, int minPrincipal, String... items) {
        StringBuilder b = new StringBuilder("      " + level + ":\n        achievements:\n          min: " + min
                + "\n          minPrincipal: " + minPrincipal + "\n          anyOf:\n");
        for (String item : items) {
            b.append("            - ").append(item).append('\n');
        }
        return b.toString();
    }

    private static String works(String id, String kinds, int min, boolean principal) {
        return "{id: " + id + ", type: works, name: {zh: 项目, en: works}, kinds: [" + kinds + "], min: " + min
                + ", principal: " + principal + ", clause: 附件1, status: official}";
    }

    private static String sales(String id, long yuan, int years) {
        return "{id: " + id + ", type: sales, name: {zh: 营销额, en: sales}, minYuan: " + yuan + ", withinYears: "
                + years + ", clause: 附件1, status: official}";
    }

    /** A well-shaped field: thresholds rise, seniors ask two, 正高级 one as principal. */
    private static String shaped(String associateProjects) {
        return HEADER
                + level(Level.JUNIOR, 1, 0, works("j-projects", "PROJECT_REPORT, PAPER", 1, false),
                        sales("j-sales", 500000, 1))
                + level(Level.INTERMEDIATE, 1, 0, works("i-projects", "PROJECT_REPORT, PAPER", 2, false),
                        sales("i-sales", 2000000, 1))
                + level(Level.ASSOCIATE_SENIOR, 2, 0, associateProjects, works("a-patents", "PATENT", 1, true),
                        sales("a-sales", 10000000, 1))
                + level(Level.SENIOR, 2, 1, works("s-projects", "PROJECT_REPORT, PAPER", 3, true),
                        works("s-patents", "PATENT", 2, true), sales("s-sales", 50000000, 1));
    }

    private static List<ShapeProblem> check(String yaml) {
        return CriteriaShape.check(Fixtures.field(yaml));
    }

    @Test
    void aWellShapedFieldHasNoProblem() {
        assertEquals(List.of(), check(shaped(works("a-projects", "PROJECT_REPORT, PAPER", 2, true))));
    }

    @Test
    void aSeniorLevelOpeningOnOneItemIsRefused() {
        List<ShapeProblem> problems = CriteriaShape.check(Fixtures.minimalField());
        assertTrue(problems.stream().anyMatch(p -> p.level() == Level.ASSOCIATE_SENIOR
                && p.key().equals("shape.seniorMin")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.level() == Level.SENIOR && p.key().equals("shape.seniorMin")));
        assertTrue(problems.stream().anyMatch(p -> p.level() == Level.SENIOR
                && p.key().equals("shape.seniorPrincipal")), "正高级 needs one achievement as principal");
    }

    @Test
    void aThresholdBelowTheLevelBelowIsNamedWithFieldLevelCriterionAndClause() {
        List<ShapeProblem> problems = check(shaped(works("a-projects", "PROJECT_REPORT, PAPER", 1, true)));
        assertEquals(1, problems.size(), problems.toString());
        ShapeProblem p = problems.get(0);
        assertEquals("TEST_FIELD", p.field());
        assertEquals(Level.ASSOCIATE_SENIOR, p.level());
        assertEquals(Optional.of("a-projects"), p.criterion());
        assertEquals("附件1", p.clause());
        assertEquals("shape.thresholdFalls", p.key());
        String en = Messages.render(new Message(p.key(), p.args()), Messages.EN);
        assertTrue(en.contains("a-projects") && en.contains("i-projects") && en.contains("Associate senior"), en);
    }

    @Test
    void droppingThePrincipalRoleOrTheTitleWindowMakesALevelEasier() {
        List<ShapeProblem> problems = check(shaped(works("a-projects", "PROJECT_REPORT, PAPER", 2, true))
                .replace("{id: s-projects, type: works, name: {zh: 项目, en: works}, kinds: [PROJECT_REPORT, PAPER], "
                        + "min: 3, principal: true", "{id: s-projects, type: works, name: {zh: 项目, en: works}, "
                        + "kinds: [PROJECT_REPORT, PAPER], min: 3, principal: false"));
        assertEquals(List.of("shape.principalDropped"), problems.stream().map(ShapeProblem::key).toList());
    }

    @Test
    void aLongerPeriodForTheSameAmountIsEasier() {
        List<ShapeProblem> problems = check(shaped(works("a-projects", "PROJECT_REPORT, PAPER", 2, true))
                .replace("minYuan: 10000000, withinYears: 1", "minYuan: 10000000, withinYears: 3"));
        assertEquals(List.of("shape.windowWidened"), problems.stream().map(ShapeProblem::key).toList());
    }

    @Test
    void askingFewerAchievementsThanTheLevelBelowIsRefused() {
        List<ShapeProblem> problems = check(shaped(works("a-projects", "PROJECT_REPORT, PAPER", 2, true))
                .replace("          min: 2\n          minPrincipal: 1", "          min: 2\n          minPrincipal: 0")
                .replace("      ASSOCIATE_SENIOR:\n        achievements:\n          min: 2\n          minPrincipal: 0",
                        "      ASSOCIATE_SENIOR:\n        achievements:\n          min: 2\n          minPrincipal: 1"));
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("shape.principalFalls")
                && p.level() == Level.SENIOR), problems.toString());
    }

    @Test
    void papersSayNothingAboutWhichWorksAreCompared() {
        // a patents item and a projects item share only PAPER: they measure different things
        List<ShapeProblem> problems = check(shaped(works("a-projects", "PROJECT_REPORT, PAPER", 2, true))
                .replace("{id: a-patents, type: works, name: {zh: 项目, en: works}, kinds: [PATENT]",
                        "{id: a-patents, type: works, name: {zh: 项目, en: works}, kinds: [PATENT, PAPER]"));
        assertEquals(List.of(), problems);
    }

    @Test
    void askingMoreAsPrincipalThanThePrincipalItemsListedIsRefusedOnLoading() {
        String yaml = shaped(works("a-projects", "PROJECT_REPORT, PAPER", 2, true))
                .replace("s-projects, type: works, name: {zh: 项目, en: works}, kinds: [PROJECT_REPORT, PAPER], min: 3, "
                        + "principal: true", "s-projects, type: works, name: {zh: 项目, en: works}, kinds: "
                        + "[PROJECT_REPORT, PAPER], min: 3, principal: false")
                .replace("s-patents, type: works, name: {zh: 项目, en: works}, kinds: [PATENT], min: 2, principal: true",
                        "s-patents, type: works, name: {zh: 项目, en: works}, kinds: [PATENT], min: 2, principal: false");
        cn.zhicheng.core.input.InputRejected e = org.junit.jupiter.api.Assertions.assertThrows(
                cn.zhicheng.core.input.InputRejected.class, () -> Fixtures.field(yaml));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().contains("SENIOR.achievements")),
                e.problems().toString());
    }
}
