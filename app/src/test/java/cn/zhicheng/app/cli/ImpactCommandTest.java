package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhicheng impact}: 附件1 with the intermediate projects threshold raised (2 → 3) or lowered (2 → 1), or
 * unchanged under a new version number, over the example applicant and variants of it — exactly the expected
 * decisions change, with the finding that changed.
 */
class ImpactCommandTest {

    private static final Path ANNEX = Path.of("..", "annex-ai", "src", "main", "resources", "zhicheng", "annex",
            "ai.yaml");
    private static final String PROJECTS = "ai-intermediate-projects";
    private static final String PATENT_LINE =
            "  - {kind: PATENT, title: 一种基于深度学习的缺陷检测方法, date: 2024-04-20, role: PRINCIPAL}\n";
    private static final String DESIGN_LINE =
            "  - {kind: DESIGN_DOCUMENT, title: 工业质检视觉模型设计文件, date: 2023-08-15, role: PARTICIPANT}\n";

    /** The first working day the new version is in force. */
    private static final String ON = "2027-01-04";

    @TempDir
    Path dir;
    Path dossiers;

    /** The annex as a later version (2027.01-p1, from 2027-01-01), the projects minimum set to {@code min}. */
    private Path version(String name, int min) throws IOException {
        String v1 = Files.readString(ANNEX, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(id: " + PROJECTS + "\\n(?:.*\\n)*?\\s+min: )(\\d+)").matcher(v1);
        assertTrue(m.find(), "the AI annex names " + PROJECTS);
        String text = v1.substring(0, m.start()) + m.group(1) + min + v1.substring(m.end());
        text = text.replaceFirst("version: \\S+", "version: 2027.01-p1")
                .replaceFirst("effectiveFrom: \\S+", "effectiveFrom: 2027-01-01");
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * a: the example (2 projects and a patent: eligible either way); b: no patent, 2 projects; c: no patent, 3
     * projects; d: no patent, 1 project.
     */
    @BeforeEach
    void dossiers() throws IOException {
        String example = Files.readString(CommandLineTest.EXAMPLE, StandardCharsets.UTF_8);
        assertTrue(example.contains(PATENT_LINE) && example.contains(DESIGN_LINE));
        String noPatent = example.replace(PATENT_LINE, "");
        dossiers = Files.createDirectory(dir.resolve("dossiers"));
        Files.writeString(dossiers.resolve("a.yaml"), example, StandardCharsets.UTF_8);
        Files.writeString(dossiers.resolve("b.yaml"), noPatent.replace("王晓雨", "李二项"), StandardCharsets.UTF_8);
        Files.writeString(dossiers.resolve("c.yaml"), noPatent.replace("王晓雨", "张三项").replace(DESIGN_LINE,
                DESIGN_LINE + DESIGN_LINE.replace("工业质检视觉模型设计文件", "推荐算法设计文件")),
                StandardCharsets.UTF_8);
        Files.writeString(dossiers.resolve("d.yaml"), noPatent.replace("王晓雨", "赵一项").replace(DESIGN_LINE, ""),
                StandardCharsets.UTF_8);
    }

    private static Run impact(String... more) {
        List<String> args = new ArrayList<>(List.of("impact"));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    private static JsonNode json(Run run) throws IOException {
        assertEquals(0, run.exit(), run.err());
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static JsonNode summary(JsonNode impact, String level) {
        for (JsonNode t : impact.get("summary")) {
            if (t.get("level").asText().equals(level)) {
                return t;
            }
        }
        throw new AssertionError("no summary for " + level);
    }

    @Test
    void aRaisedThresholdMakesTheOneWithTwoProjectsAndNoPatentNotEligible() throws IOException {
        Path raised = version("ai-raised.yaml", 3);
        JsonNode out = json(impact("--annex", raised.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", ON, "--json"));
        assertEquals("2021.10-p1", out.get("inForce").get("version").asText());
        assertEquals("2027.01-p1", out.get("proposed").get("version").asText());
        ArrayNode changes = (ArrayNode) out.get("changes");
        // a: still eligible through the patent, but its projects finding now fails; b: no longer eligible
        assertEquals(2, changes.size(), out.toString());
        JsonNode a = changes.get(0);
        assertTrue(a.get("where").asText().endsWith("a.yaml"));
        assertEquals("OTHER", a.get("kind").asText());
        assertEquals("ELIGIBLE", a.get("before").get("verdict").asText());
        assertEquals("ELIGIBLE", a.get("after").get("verdict").asText());
        JsonNode b = changes.get(1);
        assertTrue(b.get("where").asText().endsWith("b.yaml"));
        assertEquals("李二项", b.get("name").asText());
        assertEquals("220102********2349", b.get("idNumber").asText());
        assertEquals("BECAME_NOT_ELIGIBLE", b.get("kind").asText());
        assertEquals("ELIGIBLE", b.get("before").get("verdict").asText());
        assertEquals("2021.10-p1", b.get("before").get("ruleSetVersion").asText());
        assertEquals("2027.01-p1", b.get("after").get("ruleSetVersion").asText());
        JsonNode projects = finding(b, "achievement." + PROJECTS);
        assertEquals("PASSED", projects.get("before").get("outcome").asText());
        assertEquals("FAILED", projects.get("after").get("outcome").asText());
        assertTrue(projects.get("clauses").toString().contains("附件1"), projects.toString());
        assertFalse(projects.get("before").get("message").get("zh").asText().isBlank());
        assertTrue(projects.get("after").get("message").get("en").asText().contains("3"),
                projects.get("after").toString());
        assertEquals("FAILED", finding(a, "achievement." + PROJECTS).get("after").get("outcome").asText());

        JsonNode t = summary(out, "INTERMEDIATE");
        assertEquals("AI", t.get("field").asText());
        assertEquals(4, t.get("decided").asInt());
        assertEquals(2, t.get("unchanged").asInt());
        assertEquals(0, t.get("becameEligible").asInt());
        assertEquals(1, t.get("becameNotEligible").asInt());
        assertEquals(1, t.get("otherChanges").asInt());
    }

    private static JsonNode finding(JsonNode change, String rule) {
        for (JsonNode f : change.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + rule + " in " + change);
    }

    @Test
    void aLoosenedThresholdMakesTheOneWithOneProjectEligible() throws IOException {
        Path loosened = version("ai-loosened.yaml", 1);
        JsonNode out = json(impact("--annex", loosened.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", ON, "--json"));
        ArrayNode changes = (ArrayNode) out.get("changes");
        assertEquals(1, changes.size(), out.toString());
        JsonNode d = changes.get(0);
        assertEquals("赵一项", d.get("name").asText());
        assertEquals("BECAME_ELIGIBLE", d.get("kind").asText());
        assertEquals("ELIGIBLE", d.get("after").get("verdict").asText());
        JsonNode projects = finding(d, "achievement." + PROJECTS);
        assertEquals("FAILED", projects.get("before").get("outcome").asText());
        assertEquals("PASSED", projects.get("after").get("outcome").asText());
        JsonNode t = summary(out, "INTERMEDIATE");
        assertEquals(4, t.get("decided").asInt());
        assertEquals(3, t.get("unchanged").asInt());
        assertEquals(1, t.get("becameEligible").asInt());
        assertEquals(0, t.get("becameNotEligible").asInt());
    }

    @Test
    void anUnchangedCopyUnderANewVersionNumberChangesNothingAtAnyLevel() throws IOException {
        Path same = version("ai-same.yaml", 2);
        Run run = impact("--annex", same.toString(), dossiers.toString(), "--field", "AI", "--all-levels",
                "--as-of", ON);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("没有结论会改变 / No decision would change"), run.out());
        for (String level : List.of("初级 / Junior", "中级 / Intermediate", "副高级 / Associate senior",
                "正高级 / Full senior")) {
            assertTrue(run.out().contains("AI " + level + ": 判定 / decided 4, 未变 / unchanged 4, 变为符合 / became"
                    + " eligible 0, 变为不符合 / became not eligible 0, 其他变化 / other changes 0"), run.out());
        }
    }

    @Test
    void theTextNamesWhoFlipsAndTheFindingThatChangedInBothLanguages() throws IOException {
        Path raised = version("ai-raised.yaml", 3);
        Run run = impact("--annex", raised.toString(), dossiers.toString(), "--field", "AI", "--level", "中级",
                "--as-of", ON);
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("现行版本 / in force: annex-ai 2021.10-p1"), out);
        assertTrue(out.contains("新版本 / new version: annex-ai 2027.01-p1"), out);
        assertTrue(out.contains("李二项 (220102********2349)  中级 / Intermediate: 符合申报条件 / eligible → "), out);
        assertTrue(out.contains("[变为不符合 / became not eligible]"), out);
        assertTrue(out.contains("[✓] → [✗] achievement." + PROJECTS + "  [附件1"), out);
        assertTrue(out.contains("AI 中级 / Intermediate: 判定 / decided 4, 未变 / unchanged 2, 变为符合 / became"
                + " eligible 0, 变为不符合 / became not eligible 1, 其他变化 / other changes 1"), out);
        assertFalse(out.contains("张三项"), "c has three projects either way");
        assertFalse(out.contains("赵一项"), "d has one project either way");
    }

    @Test
    void theJsonIsTheSameBytesEveryRunAndJsonLinesInputIsReadAsBatchReadsIt() throws IOException {
        Path raised = version("ai-raised.yaml", 3);
        ObjectNode example = BatchFiles.example();
        ArrayNode works = (ArrayNode) example.get("works");
        works.remove(2); // the patent
        Path lines = dir.resolve("round.jsonl");
        Files.writeString(lines, BatchFiles.applicant(example, 1) + "\n\n" + "{\"identity\": 1}\n"
                + BatchFiles.applicant(example, 2) + "\n", StandardCharsets.UTF_8);
        String[] args = {"impact", "--annex", raised.toString(), lines.toString(), "--field", "AI", "--level",
            "INTERMEDIATE", "--as-of", ON, "--json"};
        Run first = Run.of(args);
        Run second = Run.of(args);
        assertEquals(2, first.exit(), "a bad line is skipped, the run says so");
        assertArrayEquals(first.out().getBytes(StandardCharsets.UTF_8), second.out().getBytes(StandardCharsets.UTF_8));
        assertTrue(first.err().contains("round.jsonl") && first.err().contains(":3"), first.err());
        JsonNode out = JsonMapper.builder().build().readTree(first.out());
        assertEquals(1, out.get("skipped").size());
        assertTrue(out.get("skipped").get(0).get("where").asText().endsWith("round.jsonl:3"), out.toString());
        List<String> where = new ArrayList<>();
        out.get("changes").forEach(c -> where.add(c.get("where").asText().replaceAll(".*round", "round")));
        assertEquals(2, out.get("summary").get(0).get("decided").asInt());
        // each flip that happens is in input order
        assertEquals(where.stream().sorted().toList(), where);
    }

    @Test
    void aBrokenAnnexFileIsRefusedNamingTheFileLineAndPath() throws IOException {
        Path broken = version("ai-broken.yaml", 2);
        Files.writeString(broken, Files.readString(broken, StandardCharsets.UTF_8).replaceFirst("min: 2", "min: two"),
                StandardCharsets.UTF_8);
        Run run = impact("--annex", broken.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", ON);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("ai-broken.yaml"), run.err());
        assertTrue(run.err().contains("min"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aVersionOfAnAnnexNotInstalledOrOverlappingTheInstalledOneIsRefused() throws IOException {
        Path other = version("other.yaml", 2);
        Files.writeString(other, Files.readString(other, StandardCharsets.UTF_8)
                .replaceFirst("id: annex-ai", "id: annex-elsewhere"), StandardCharsets.UTF_8);
        Run run = impact("--annex", other.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", ON);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("annex-elsewhere") && run.err().contains("未安装")
                && run.err().contains("not installed"), run.err());

        Path overlapping = version("overlapping.yaml", 3);
        Files.writeString(overlapping, Files.readString(overlapping, StandardCharsets.UTF_8)
                .replace("effectiveFrom: 2027-01-01", "effectiveFrom: 2021-10-20"), StandardCharsets.UTF_8);
        Run overlap = impact("--annex", overlapping.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", ON);
        assertEquals(2, overlap.exit(), overlap.err());
        assertTrue(overlap.err().contains("overlapping.yaml"), overlap.err());
    }

    @Test
    void levelChoiceAndFieldAreCheckedBeforeAnythingIsDecided() throws IOException {
        Path raised = version("ai-raised.yaml", 3);
        Run neither = impact("--annex", raised.toString(), dossiers.toString(), "--field", "AI");
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("--all-levels"), neither.err());
        Run otherField = impact("--annex", raised.toString(), dossiers.toString(), "--field", "MARKETING",
                "--level", "INTERMEDIATE", "--as-of", ON);
        assertEquals(2, otherField.exit(), otherField.err());
        assertTrue(otherField.err().contains("MARKETING"), otherField.err());
        Run early = impact("--annex", raised.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", "2026-12-31");
        assertEquals(2, early.exit(), early.err());
        assertTrue(early.err().contains("2027.01-p1") && early.err().contains("--as-of")
                && early.err().contains("不包括 2026-12-31") && early.err().contains("not on 2026-12-31"), early.err());
    }

    @Test
    void aNewVersionInAPluginJarIsFoundAsPluginsAreAndGivesTheSameImpact() throws IOException {
        Path raised = version("ai-raised.yaml", 3);
        PluginJars jars = new PluginJars(dir);
        jars.jar("annex-ai-2027.jar", "demo.AiNext\n",
                java.util.Map.of("zhicheng/annex/ai-2027.yaml", Files.readString(raised, StandardCharsets.UTF_8)),
                java.util.Map.of("demo.AiNext", PluginJars.provider("AiNext", "zhicheng/annex/ai-2027.yaml", "")));
        Run fromJar = impact("--annex-plugins", jars.plugins().toString(), dossiers.toString(), "--field", "AI",
                "--level", "INTERMEDIATE", "--as-of", ON, "--json");
        Run fromFile = impact("--annex", raised.toString(), dossiers.toString(), "--field", "AI", "--level",
                "INTERMEDIATE", "--as-of", ON, "--json");
        JsonNode jar = json(fromJar);
        assertEquals("2027.01-p1", jar.get("proposed").get("version").asText());
        assertEquals(json(fromFile).get("changes"), jar.get("changes"));
        assertEquals(1, summary(jar, "INTERMEDIATE").get("becameNotEligible").asInt());

        Run none = impact(dossiers.toString(), "--field", "AI", "--level", "INTERMEDIATE", "--as-of", ON);
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.err().contains("--annex-plugins"), none.err());
    }
}
