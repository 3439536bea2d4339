package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.decision.DecisionJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Association overlays from the command line (四, 决定 D-12): an overlay raises the provincial criteria and a
 * decision under it says so and pins it; a lowering, a removal, a field outside what it covers or outside the
 * association's stored delegation is refused, naming what and why.
 */
class OverlayCommandTest {

    static final String APPLICANT = Path.of("..", "examples", "applicant.yaml").toString();
    static final String EXAMPLE = Path.of("..", "examples", "overlay-ai.yaml").toString();

    @TempDir
    Path dir;

    private static String header(String fields, String levels) {
        return """
                schema: "1.0"
                overlay:
                  id: jlaia-ai-2026
                  association: assoc-ai
                  version: 2026.1
                  document: 吉林省人工智能协会团体标准 T/JLAIA 001-2026
                  effectiveFrom: 2026-06-01
                covers:
                  fields: [%s]
                  levels: [%s]
                """.formatted(fields, levels);
    }

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    private static Run check(String... more) {
        String[] base = {"--lang", "en", "check", APPLICANT, "--field", "AI", "--level", "INTERMEDIATE", "--as-of",
            "2026-06-30", "--json"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Run.of(all);
    }

    private static JsonNode json(Run run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode finding(JsonNode node, String rule) {
        if (rule.equals(node.path("rule").asText())) {
            return node;
        }
        for (JsonNode child : node.path(node.has("findings") ? "findings" : "children")) {
            JsonNode found = finding(child, rule);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void raisingAnIntermediateMinimumTurnsTheReadmesApplicantAwayAndTheFindingCitesTheOverlay() throws IOException {
        Run provincial = check();
        assertEquals(0, provincial.exit(), provincial.err());
        assertEquals("ELIGIBLE", json(provincial).get("verdict").asText());
        assertFalse(json(provincial).has("overlay"), "no overlay, no overlay pin");

        String overlay = file("raise.yaml", header("AI", "INTERMEDIATE") + """
                changes:
                  - field: AI
                    level: INTERMEDIATE
                    achievements:
                      raise:
                        - {id: ai-intermediate-projects, min: 3}
                        - {id: ai-intermediate-patent, min: 2}
                """);
        Run raised = check("--overlay", overlay);
        assertEquals(0, raised.exit(), raised.err());
        JsonNode d = json(raised);
        assertEquals("INELIGIBLE", d.get("verdict").asText());
        JsonNode projects = finding(d, "achievement.ai-intermediate-projects");
        assertEquals("FAILED", projects.get("outcome").asText());
        assertEquals("附件1; 协会标准 吉林省人工智能协会团体标准 T/JLAIA 001-2026", projects.get("clauses").get(0).asText());
        assertEquals(3, projects.get("facts").get("min").asInt());
        JsonNode pin = d.get("overlay");
        assertEquals("jlaia-ai-2026", pin.get("id").asText());
        assertEquals("2026.1", pin.get("version").asText());
        assertEquals("assoc-ai", pin.get("association").asText());
        assertEquals(64, pin.get("sha256").asText().length());
        assertEquals("[\"achievement.ai-intermediate-projects\",\"achievement.ai-intermediate-patent\"]",
                pin.get("raised").toString());
        assertFalse(pin.has("added"), "an overlay that adds nothing writes no added list");
        // the rule-set pin stays the provincial one; the overlay pins the criteria actually applied
        assertEquals(json(provincial).get("ruleSet"), d.get("ruleSet"));
        assertFalse(pin.get("criteriaSha256").asText().equals(d.get("ruleSet").get("criteriaSha256").asText()));

        // the same bytes every run, and the record reads back to the same bytes
        assertEquals(raised.out(), check("--overlay", overlay).out());
        byte[] bytes = raised.out().strip().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, DecisionJson.bytes(DecisionJson.read(bytes)));

        Run text = Run.of("--lang", "zh", "check", APPLICANT, "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30", "--overlay", overlay);
        assertTrue(text.out().contains("协会标准: jlaia-ai-2026 2026.1"), text.out());
        assertTrue(text.out().contains("已有 2 项，要求 3 项"), text.out());
    }

    @Test
    void theExampleOverlayOfTheReadmeIsReadAndApplied() throws IOException {
        Run run = check("--overlay", EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertEquals("INELIGIBLE", json(run).get("verdict").asText());
        Run valid = Run.of("--lang", "en", "validate-overlay", EXAMPLE);
        assertEquals(0, valid.exit(), valid.err());
        assertTrue(valid.out().contains("valid: "), valid.out());
    }

    @Test
    void aLoweringIsRefusedNamingTheCriterionAndTheClauseItWouldWeaken() throws IOException {
        String overlay = file("lower.yaml", header("AI", "INTERMEDIATE") + """
                changes:
                  - field: AI
                    level: INTERMEDIATE
                    paths:
                      - {id: eng-intermediate-bachelor, yearsSincePriorTitle: 3}
                    achievements:
                      raise:
                        - {id: ai-intermediate-projects, min: 1}
                """);
        Run run = check("--overlay", overlay);
        assertEquals(2, run.exit(), run.out());
        assertEquals("", run.out());
        assertTrue(run.err().contains("changes[0].achievements.raise[0].min: a provincial requirement cannot be"
                + " lowered: ai-intermediate-projects (附件1) is 2, the overlay gives 1"), run.err());
        assertTrue(run.err().contains("changes[0].paths[0].yearsSincePriorTitle: a provincial requirement cannot be"
                + " lowered: eng-intermediate-bachelor (人社部发〔2019〕16号 附件 工程师) is 4, the overlay gives 3"),
                run.err());
        assertTrue(run.err().contains("lower.yaml"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        Run zh = Run.of("--lang", "zh", "validate-overlay", overlay);
        assertEquals(2, zh.exit());
        assertTrue(zh.err().contains("不得降低省级条件：ai-intermediate-projects（附件1）现为 2，叠加文件写作 1"), zh.err());
    }

    @Test
    void theAchievementCountCannotFallAndRemovingAnythingCannotBeWritten() throws IOException {
        String fewer = file("fewer.yaml", header("AI", "ASSOCIATE_SENIOR") + """
                changes:
                  - field: AI
                    level: ASSOCIATE_SENIOR
                    achievements: {min: 1}
                """);
        Run run = Run.of("--lang", "en", "validate-overlay", fewer);
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("changes[0].achievements.min: a provincial requirement cannot be lowered:"
                + " achievements (附件1; 五(二)3; 决定 D-21) is 2, the overlay gives 1"), run.err());

        String remove = file("remove.yaml", header("AI", "INTERMEDIATE") + """
                changes:
                  - field: AI
                    level: INTERMEDIATE
                    remove: [ai-intermediate-patent]
                    achievements:
                      anyOf: []
                """);
        Run removed = Run.of("--lang", "en", "validate-overlay", remove);
        assertEquals(2, removed.exit(), removed.out());
        assertTrue(removed.err().contains("unknown key 'remove'; allowed keys: achievements, field, level, paths, require"),
                removed.err());
        assertTrue(removed.err().contains("unknown key 'anyOf'; allowed keys: min, minPrincipal, raise"),
                removed.err());

        String unknown = file("unknown.yaml", header("AI", "INTERMEDIATE") + """
                changes:
                  - field: AI
                    level: INTERMEDIATE
                    achievements:
                      raise:
                        - {id: ai-intermediate-sales, min: 3}
                """);
        Run none = Run.of("--lang", "en", "validate-overlay", unknown);
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("field AI at level INTERMEDIATE has no achievement ai-intermediate-sales"),
                none.err());
    }

    @Test
    void anOverlayOutsideItsAssociationsStoredDelegationIsRefused() throws IOException {
        String data = dir.resolve("data").toString();
        Run grant = Run.of("--lang", "en", "delegation", "grant", "del-ai", "--association", "assoc-ai", "--fields",
                "AI", "--levels", "JUNIOR,INTERMEDIATE", "--from", "2026-06-01", "--to", "2027-12-31",
                "--as", "provincial_office:hr-1", "--data", data);
        assertEquals(0, grant.exit(), grant.err());

        Run inside = Run.of("--lang", "en", "validate-overlay", EXAMPLE, "--data", data);
        assertEquals(0, inside.exit(), inside.err());
        assertTrue(inside.out().contains("checked against the stored delegations"), inside.out());

        String iot = file("iot.yaml", header("AI, IOT", "INTERMEDIATE") + """
                changes:
                  - field: IOT
                    level: INTERMEDIATE
                    achievements: {min: 1}
                """);
        Run outside = Run.of("--lang", "en", "validate-overlay", iot, "--data", data);
        assertEquals(2, outside.exit(), outside.out());
        assertTrue(outside.err().contains("field IOT at level INTERMEDIATE is outside the delegation of association"
                + " assoc-ai in force on 2026-06-01 (四, 决定 D-12)"), outside.err());
        assertFalse(outside.err().contains("field AI at level"), outside.err());

        Run checked = check("--overlay", iot, "--data", data);
        assertEquals(2, checked.exit(), checked.out());
        assertTrue(checked.err().contains("IOT"), checked.err());

        String senior = file("senior.yaml", header("AI", "SENIOR").replace("assoc-ai", "assoc-other") + """
                changes:
                  - field: AI
                    level: SENIOR
                    achievements: {min: 2}
                """);
        Run stranger = Run.of("--lang", "en", "validate-overlay", senior, "--data", data);
        assertEquals(2, stranger.exit());
        assertTrue(stranger.err().contains("association assoc-other holds no delegation in force on 2026-06-01"),
                stranger.err());
    }

    @Test
    void anOverlayAppliesOnlyToItsFieldsAndFromItsFirstDay() throws IOException {
        Run otherField = Run.of("--lang", "en", "check", APPLICANT, "--field", "IOT", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30", "--overlay", EXAMPLE);
        assertEquals(2, otherField.exit(), otherField.out());
        assertTrue(otherField.err().contains("field IOT is not among the fields the overlay declares"),
                otherField.err());

        Run early = check("--overlay", EXAMPLE).exit() == 0
                ? Run.of("--lang", "en", "check", APPLICANT, "--field", "AI", "--level", "INTERMEDIATE", "--as-of",
                        "2026-05-31", "--overlay", EXAMPLE)
                : null;
        assertEquals(2, early.exit(), early.out());
        assertTrue(early.err().contains("takes effect on 2026-06-01, after the evaluation date 2026-05-31"),
                early.err());

        String notCovered = file("level.yaml", header("AI", "INTERMEDIATE") + """
                changes:
                  - field: AI
                    level: SENIOR
                    achievements: {min: 2}
                """);
        Run level = Run.of("--lang", "en", "validate-overlay", notCovered);
        assertEquals(2, level.exit());
        assertTrue(level.err().contains("changes[0].level: level SENIOR is not among the levels"), level.err());
    }

    @Test
    void aDecisionUnderAnOverlayReproducesOnlyWithThatOverlay() throws IOException {
        Run run = check("--overlay", EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        String decision = file("decision.json", run.out());

        Run again = Run.of("--lang", "en", "reproduce", decision, APPLICANT, "--overlay", EXAMPLE);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("reproduced byte for byte"), again.out());

        Run without = Run.of("--lang", "en", "reproduce", decision, APPLICANT);
        assertEquals(2, without.exit());
        assertTrue(without.err().contains("made under association overlay jlaia-ai-2026 2026.1"), without.err());

        String edited = file("edited.yaml", Files.readString(Path.of(EXAMPLE), StandardCharsets.UTF_8)
                .replace("min: 3", "min: 4"));
        Run other = Run.of("--lang", "en", "reproduce", decision, APPLICANT, "--overlay", edited);
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("not the " + json(run).get("overlay").get("sha256").asText()), other.err());
    }

    private static final String REQUIRE = """
            changes:
              - field: AI
                level: INTERMEDIATE
                require:
                  - type: works
                    id: %s
                    name: {zh: 参与制定工艺流程开发标准 ≥ 1 项, en: at least 1 process development standard}
                    kinds: [PROCESS_STANDARD]
                    min: 1
                    clause: "协会标准 T/JLAIA 001-2026 第4.2条"
                    status: official
            """;

    @Test
    void anAddedRequirementTurnsTheReadmesApplicantAwayUntilTheWorkIsThere() throws IOException {
        String overlay = file("require.yaml", header("AI", "INTERMEDIATE")
                + REQUIRE.formatted("assoc-ai-intermediate-standard"));
        Run provincial = check();
        assertEquals("ELIGIBLE", json(provincial).get("verdict").asText());

        Run run = check("--overlay", overlay);
        assertEquals(0, run.exit(), run.err());
        JsonNode d = json(run);
        assertEquals("INELIGIBLE", d.get("verdict").asText());
        // the provincial achievement requirement is still met; the added one is not, and says whose it is
        assertEquals("PASSED", finding(d, "achievements").get("outcome").asText());
        JsonNode added = finding(d, "overlay.achievement.assoc-ai-intermediate-standard");
        assertEquals("FAILED", added.get("outcome").asText());
        assertEquals("[\"协会标准 T/JLAIA 001-2026 第4.2条\"]", added.get("clauses").toString());
        assertEquals(0, added.get("facts").get("counted").asInt());
        assertEquals(1, added.get("facts").get("min").asInt());
        JsonNode pin = d.get("overlay");
        assertEquals("[]", pin.get("raised").toString());
        assertEquals("[\"overlay.achievement.assoc-ai-intermediate-standard\"]", pin.get("added").toString());
        assertFalse(pin.get("criteriaSha256").asText().equals(d.get("ruleSet").get("criteriaSha256").asText()));
        assertEquals(json(provincial).get("ruleSet"), d.get("ruleSet"));
        byte[] bytes = run.out().strip().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, DecisionJson.bytes(DecisionJson.read(bytes)));

        Run zh = Run.of("--lang", "zh", "check", APPLICANT, "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30", "--overlay", overlay);
        assertTrue(zh.out().contains("提高的条件 - 增加的条件 overlay.achievement.assoc-ai-intermediate-standard"),
                zh.out());
        assertTrue(zh.out().contains("[✗] overlay.achievement.assoc-ai-intermediate-standard  [协会标准 T/JLAIA"
                + " 001-2026 第4.2条]"), zh.out());
        assertTrue(zh.out().contains("协会标准 T/JLAIA 001-2026 第4.2条"), zh.out());
        assertTrue(zh.out().contains("参与制定工艺流程开发标准 ≥ 1 项"), zh.out());

        // the same applicant with a process standard among the works meets it
        String withStandard = file("applicant.yaml", Files.readString(Path.of(APPLICANT), StandardCharsets.UTF_8)
                .replace("certificates:", "  - {kind: PROCESS_STANDARD, title: 智能质检工艺流程开发标准, date: 2025-03-01,"
                        + " role: PARTICIPANT}\ncertificates:"));
        Run met = Run.of("--lang", "en", "check", withStandard, "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30", "--json", "--overlay", overlay);
        assertEquals(0, met.exit(), met.err());
        JsonNode ok = json(met);
        assertEquals("ELIGIBLE", ok.get("verdict").asText());
        assertEquals("PASSED", finding(ok, "overlay.achievement.assoc-ai-intermediate-standard").get("outcome")
                .asText());

        Run again = Run.of("--lang", "en", "reproduce", file("decision.json", run.out()), APPLICANT, "--overlay",
                overlay);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("reproduced byte for byte"), again.out());
    }

    @Test
    void anAddedRequirementTakingAProvincialIdIsRefusedNamingIt() throws IOException {
        String overlay = file("collides.yaml", header("AI", "INTERMEDIATE")
                + REQUIRE.formatted("ai-intermediate-patent"));
        Run run = Run.of("--lang", "en", "validate-overlay", overlay);
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("changes[0].require[0].id: the added achievement ai-intermediate-patent takes"
                + " an id the province already uses in field AI (附件1)"), run.err());
        Run zh = Run.of("--lang", "zh", "check", APPLICANT, "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2026-06-30", "--overlay", overlay);
        assertEquals(2, zh.exit(), zh.out());
        assertTrue(zh.err().contains("增加的业绩条件 ai-intermediate-patent 与领域 AI 的省级条件编号重复"), zh.err());

        String many = file("many.yaml", header("AI", "INTERMEDIATE") + "changes:\n  - field: AI\n"
                + "    level: INTERMEDIATE\n    require:\n" + ("      - {type: fans, id: f, name: {zh: 粉丝, en: fans},"
                + " min: 1, withinYears: 1, clause: c, status: official}\n").repeat(11));
        Run tooMany = Run.of("--lang", "en", "validate-overlay", many);
        assertEquals(2, tooMany.exit(), tooMany.out());
        assertTrue(tooMany.err().contains("changes[0].require: must have 0 to 10"), tooMany.err());
    }
}
