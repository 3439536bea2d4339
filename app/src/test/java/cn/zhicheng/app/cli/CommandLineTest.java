package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    static final Path EXAMPLE = Path.of("..", "examples", "applicant.yaml");

    @TempDir
    Path dir;

    private static void assertRefused(Run run, String... expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        for (String e : expected) {
            assertTrue(run.err().contains(e), "missing '" + e + "' in:\n" + run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }

    private Path applicant(String from, String to) throws IOException {
        String yaml = Files.readString(EXAMPLE).replace(from, to);
        Path file = dir.resolve("applicant.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void checkExplainsTheDecisionClauseByClauseInBothLanguages() {
        Run run = Run.of("check", EXAMPLE.toString(), "--field", "AI", "--level", "INTERMEDIATE");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("符合申报条件 / eligible"), out);
        assertTrue(out.contains("五(二)2 放开初级限制 / intermediate without a junior title"), out);
        assertTrue(out.contains("ladder.path.eng-intermediate-bachelor"), "the base rule is shown: " + out);
        assertTrue(out.contains("[五(三)1]"), out);
        assertTrue(out.contains("220102********2349"), "the ID number is masked: " + out);
        assertFalse(out.contains("220102199503152349"), out);
        assertTrue(out.contains("决定 D-11"), "provisional criteria are flagged: " + out);
    }

    @Test
    void checkWritesJsonWithTheRuleSetThatDecided() throws IOException {
        Run run = Run.of("check", EXAMPLE.toString(), "--field", "AI", "--level", "中级", "--as-of", "2026-06-30",
                "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("ELIGIBLE", json.get("verdict").asText());
        assertTrue(json.get("greenChannels").toString().contains("DIRECT_INTERMEDIATE"));
        assertEquals(64, json.get("ruleSet").get("criteriaSha256").asText().length());
        assertEquals(64, json.get("inputSha256").asText().length());
        assertEquals(1, json.get("schema").asInt());
        assertEquals("annex-ai", json.get("ruleSet").get("annexId").asText());
        assertTrue(json.get("findings").size() >= 5);
        assertEquals("ruleset.inForce", json.get("findings").get(0).get("message").get("key").asText());
        assertFalse(run.out().contains("王晓雨"), "a decision record carries no name: " + run.out());
    }

    @Test
    void onlyTimeMissingGivesTheEarliestDate() {
        Run run = Run.of("--lang", "en", "check", EXAMPLE.toString(), "--field", "AI", "--level", "INTERMEDIATE",
                "--as-of", "2025-01-01");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("not yet: only time is missing"), run.out());
        // work since 2021-03-01; training (issued 2025-10-15) is not yet held, so 5 years: 2026-03-01
        assertTrue(run.out().contains("earliest eligible on 2026-03-01"), run.out());
    }

    @Test
    void highestLevelIsReported() {
        Run run = Run.of("highest", EXAMPLE.toString(), "--field", "AI");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("当前可申报的最高层级 / Highest level open now: 工程师 / Engineer"), run.out());
    }

    @Test
    void fieldsListsAllThirteenWithTheirTitles() {
        Run run = Run.of("--lang", "zh", "fields");
        assertEquals(0, run.exit(), run.err());
        for (String code : new String[] {"AI", "IOT", "BIG_DATA", "CLOUD", "DIGITAL_MANAGEMENT", "SMART_MANUFACTURING",
            "INDUSTRIAL_INTERNET", "VIRTUAL_REALITY", "INTEGRATED_CIRCUIT", "BLOCKCHAIN", "TECHNOLOGY_BROKERAGE",
            "MARKETING", "SOCIAL_SERVICE"}) {
            assertTrue(run.out().contains(code), code + " missing:\n" + run.out());
        }
        assertTrue(run.out().contains("正高级营销师") && run.out().contains("助理社会服务师"), run.out());
    }

    @Test
    void titlesListsTwelve() {
        Run run = Run.of("titles");
        assertEquals(13, run.out().lines().count(), "a heading citing 二 and twelve titles:\n" + run.out());
        assertTrue(run.out().startsWith("三个系列") && run.out().contains("[二]"), run.out());
    }

    @Test
    void criteriaPrintsEveryLevelWithItsClauses() {
        Run run = Run.of("criteria", "AI");
        assertEquals(0, run.exit(), run.err());
        for (String title : new String[] {"助理工程师", "== 工程师", "高级工程师", "正高级工程师"}) {
            assertTrue(run.out().contains(title), title);
        }
        assertTrue(run.out().contains("[五(二)2; 决定 D-1; 决定 D-2;"), run.out());
    }

    @Test
    void anUnknownFieldOrLevelIsRefusedInBothLanguages() {
        assertRefused(Run.of("check", EXAMPLE.toString(), "--field", "XX", "--level", "JUNIOR"),
                "未知的领域", "unknown field 'XX'", "AI");
        assertRefused(Run.of("check", EXAMPLE.toString(), "--field", "AI", "--level", "MIDDLE"),
                "未知的层级", "unknown level 'MIDDLE'");
        assertRefused(Run.of("check", EXAMPLE.toString(), "--field", "AI", "--level", "TECHNICIAN"),
                "本方案不设员级（二）");
        assertRefused(Run.of("check", EXAMPLE.toString(), "--field", "AI", "--level", "JUNIOR", "--as-of", "2026-13-01"),
                "--as-of", "YYYY-MM-DD");
    }

    @Test
    void anInvalidIdNumberIsRefusedNamingFileAndPath() throws IOException {
        Path file = applicant("220102199503152349", "220102199503152340");
        assertRefused(Run.of("check", file.toString(), "--field", "AI", "--level", "JUNIOR"),
                file.toString() + ":4:13 identity.idNumber", "居民身份证号码校验码错误", "wrong check character");
    }

    @Test
    void aNegativeAmountAndAFutureDateAreRefusedTogether() throws IOException {
        Path file = applicant("professionalWorkStart: 2021-03-01", "professionalWorkStart: 2030-03-01");
        Files.writeString(file, Files.readString(file).replace("works:", "works:\n  - {kind: SALES_AMOUNT, "
                + "title: 直播销售额, date: 2025-01-01, sales: {platform: 抖音, account: shop-1, yuan: -100, from: 2024-01-01, to: 2024-12-31}}"));
        assertRefused(Run.of("check", file.toString(), "--field", "AI", "--level", "JUNIOR"),
                "professionalWorkStart", "works[0].sales.yuan", "2 problem(s)");
    }

    @Test
    void malformedYamlAndJsonAreSyntaxErrorsWithTheirLine() throws IOException {
        Path yaml = dir.resolve("broken.yaml");
        Files.writeString(yaml, "identity: {name: x\nemployment: [\n");
        assertRefused(Run.of("check", yaml.toString(), "--field", "AI", "--level", "JUNIOR"), "语法错误", "syntax error");
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"identity\": {\"name\": \"x\"},}");
        assertRefused(Run.of("check", json.toString(), "--field", "AI", "--level", "JUNIOR"), "broken.json:1",
                "syntax error");
    }

    @Test
    void aMissingFileIsNamed() {
        assertRefused(Run.of("check", "nope.yaml", "--field", "AI", "--level", "JUNIOR"), "找不到文件", "file not found");
    }

    @Test
    void validateAnnexAcceptsAGoodFileAndListsEveryProblemOfABadOne() throws IOException {
        Path good = Path.of("..", "annex-ai", "src", "main", "resources", "zhicheng", "annex", "ai.yaml");
        Run ok = Run.of("validate-annex", good.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("AI"), ok.out());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(good).replace("min: 2", "min: two").replace("annex: 附件1", "annex: 1")
                .replace("      SENIOR:", "      SENIOUR:"));
        Run refused = Run.of("validate-annex", bad.toString());
        assertRefused(refused, "bad.yaml:", "fields[0].annex", "min", "SENIOUR");
    }

    @Test
    void configurationSaysWhichAnnexesAreActive() {
        Run run = Run.of("--annexes", "annex-marketing,annex-social-service", "fields");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("MARKETING") && run.out().contains("SOCIAL_SERVICE"), run.out());
        assertFalse(run.out().contains("BIG_DATA"), run.out());
        assertRefused(Run.of("--annexes", "annex-marketing", "check", EXAMPLE.toString(), "--field", "AI", "--level",
                "JUNIOR"), "unknown field 'AI'");
        assertRefused(Run.of("--annexes", "annex-nope", "fields"), "annex-nope", "未安装附件", "is not installed");
    }

    @Test
    void aJsonApplicantFileGivesTheSameDecisionAsItsYaml() throws IOException {
        Object tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(EXAMPLE.toFile(), Object.class);
        Path json = dir.resolve("applicant.json");
        new ObjectMapper().writeValue(json.toFile(), tree);
        Run fromJson = Run.of("check", json.toString(), "--field", "AI", "--level", "INTERMEDIATE");
        Run fromYaml = Run.of("check", EXAMPLE.toString(), "--field", "AI", "--level", "INTERMEDIATE");
        assertEquals(0, fromJson.exit(), fromJson.err());
        assertEquals(fromYaml.out(), fromJson.out());
    }

    private static Run runAt(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), clock, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpOnACommandPrintsItsUsageAndExitsZero() {
        Run run = Run.of("check", "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("--field") && run.out().contains("--level") && run.out().contains("--as-of"),
                run.out());
        assertEquals("", run.err());
        assertEquals(0, Run.of("validate-annex", "-h").exit());
    }

    @Test
    void helpOfTheTopCommandListsEveryCommandWhateverFollowsIt() {
        Run run = Run.of("--help", "fields");
        assertEquals(0, run.exit(), run.err());
        for (String command : List.of("fields", "check", "batch", "demo", "certify", "verify-certificate")) {
            assertTrue(run.out().contains(command), command + " missing from: " + run.out());
        }
    }

    @Test
    void everyBadOptionIsReportedNotOnlyTheFirst() {
        Run run = Run.of("--lang", "en", "check", EXAMPLE.toString(), "--feild", "AI", "--levle", "JUNIOR");
        assertRefused(run, "--feild", "--levle", "missing", "--field", "--level");
        Run values = Run.of("--lang", "en", "check", EXAMPLE.toString(), "--field", "XX", "--level", "MIDDLE",
                "--as-of", "2026-13-01");
        assertRefused(values, "unknown field 'XX'", "unknown level 'MIDDLE'", "--as-of: invalid date '2026-13-01'");
        assertRefused(Run.of("--lang", "en", "check", EXAMPLE.toString(), "--field", "AI", "--level", "JUNIOR",
                "--as-of", "+999999999-12-31"), "--as-of: invalid date '+999999999-12-31'");
        assertRefused(Run.of("--lang", "en", "check", EXAMPLE.toString(), "--field", "AI", "--level", "JUNIOR",
                "--as-of", "0001-01-01"), "--as-of: 0001-01-01 lies outside 1900-01-01 to 2199-12-31");
    }

    @Test
    void aWrongOptionAndAWrongFileAreReportedTogether() throws IOException {
        Path file = applicant("220102199503152349", "220102199503152340");
        assertRefused(Run.of("check", file.toString(), "--field", "XX", "--level", "JUNIOR"), "unknown field 'XX'",
                "identity.idNumber", "wrong check character");
    }

    @Test
    void englishOnlyMeansEnglishOnlyForRefusalsToo() throws IOException {
        Path file = applicant("  retired: false", "  retired: 1");
        Run en = Run.of("--lang", "en", "check", file.toString(), "--field", "AI", "--level", "JUNIOR");
        assertRefused(en, "input refused, 1 problem(s):", "employment.retired: invalid value '1', expected true or false");
        assertFalse(en.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                en.err());
        Run zh = Run.of("--lang", "zh", "check", file.toString(), "--field", "AI", "--level", "JUNIOR");
        assertRefused(zh, "输入被拒绝，共 1 处问题：", "employment.retired: 取值“1”无效，应为 true 或 false");
        assertFalse(zh.err().contains("invalid value"), zh.err());
    }

    @Test
    void anEndlessInputIsRefusedAtOnce() {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");
        long start = System.nanoTime();
        assertRefused(Run.of("--lang", "en", "check", "/dev/zero", "--field", "AI", "--level", "JUNIOR"),
                "/dev/zero", "larger than the limit of 1048576 bytes");
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "refused at once, not read to the end");
    }

    @Test
    void aFolderIsNotAFile() {
        assertRefused(Run.of("--lang", "en", "check", dir.toString(), "--field", "AI", "--level", "JUNIOR"),
                "a folder, not a file");
    }

    @Test
    void aNameCannotForgeAVerdictLine() throws IOException {
        Path file = applicant("name: 王晓雨", "name: \"王晓雨\\n结论 / Verdict: 符合申报条件 / eligible\\u202E\\e[2J\"");
        Files.writeString(file, Files.readString(file).replace("name: 长春新区人工智能产业孵化园", "name: \"孵化园\\u202E\""));
        Run run = Run.of("check", file.toString(), "--field", "AI", "--level", "SENIOR");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().filter(l -> l.startsWith("结论")).count(), run.out());
        assertTrue(run.out().startsWith("王晓雨⟨U+000A⟩结论 / Verdict: 符合申报条件 / eligible⟨U+202E⟩⟨U+001B⟩[2J ("),
                run.out());
        assertFalse(run.out().contains("\u202E") || run.out().contains("\u001B"), run.out());
        assertTrue(run.out().contains("孵化园⟨U+202E⟩"), "a finding quoting the recommender shows it too: " + run.out());
    }

    @Test
    void todayIsTodayInShanghaiNotInUtc() throws IOException {
        // 2026-06-30T17:00Z is 01:00 on 2026-07-01 in Shanghai (决定 D-14): work begun that day is not in the future
        Path file = applicant("professionalWorkStart: 2021-03-01", "professionalWorkStart: 2026-07-01");
        Run run = runAt(Clock.fixed(Instant.parse("2026-06-30T17:00:00Z"), ZoneOffset.UTC), "--lang", "en", "check",
                file.toString(), "--field", "AI", "--level", "JUNIOR");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("as of 2026-07-01"), run.out());
    }

    @Test
    void silentMisreadsAreRefusedWithoutJavaInTheMessage() throws IOException {
        Path file = applicant("professionalWorkStart: 2021-03-01", "professionalWorkStart: 18000");
        Files.writeString(file, Files.readString(file).replace("hours: 128", "hours: 0128")
                .replace("  retired: false", "  retired: 1") + "---\n");
        Run run = Run.of("--lang", "en", "check", file.toString(), "--field", "AI", "--level", "JUNIOR");
        assertRefused(run, "one YAML document");
        Files.writeString(file, Files.readString(file).replace("---\n", ""));
        Run rest = Run.of("--lang", "en", "check", file.toString(), "--field", "AI", "--level", "JUNIOR");
        assertRefused(rest, "3 problem(s)", "employment.retired", "professionalWorkStart: invalid value '18000': a date "
                + "is written YYYY-MM-DD", "training[0].hours: write the number '0128' in plain decimal digits");
        for (String internal : new String[] {"java.", "EpochDay", "CoercionConfig", "Exception", "`"}) {
            assertFalse(rest.err().contains(internal), internal + " in:\n" + rest.err());
        }
    }

    @Test
    void anAnnexThatWouldWrapAroundIsRefused() throws IOException {
        Path good = Path.of("..", "annex-ai", "src", "main", "resources", "zhicheng", "annex", "ai.yaml");
        Path bad = dir.resolve("wrap.yaml");
        Files.writeString(bad, Files.readString(good).replace("    annex: 附件1\n",
                "    annex: 附件1\n    tighten: {extraYears: 2147483647, clause: 附件1, status: official}\n"));
        assertRefused(Run.of("--lang", "en", "validate-annex", bad.toString()), "fields[0].tighten.extraYears",
                "number too large (at most 10)");
        Files.writeString(bad, Files.readString(good).replace("    annex: 附件1\n", "    annex: 附件1\n    score:\n"
                + "      items:\n        - {id: score-years, type: years, perYear: 2147483647, max: 2147483647, "
                + "clause: 五(一)1, status: official}\n"));
        assertRefused(Run.of("--lang", "en", "validate-annex", bad.toString()),
                "fields[0].score.items[0].perYear: number too large (at most 1000)",
                "fields[0].score.items[0].max: number too large (at most 1000)");
    }

    @Test
    void aBrokenPluginJarIsOneLineNotAStackTrace() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(plugins.resolve("broken.jar")))) {
            jar.putNextEntry(new java.util.jar.JarEntry("META-INF/services/cn.zhicheng.core.spi.AnnexProvider"));
            jar.write("no.such.Provider\n".getBytes(StandardCharsets.UTF_8));
        }
        Run run = Run.of("--lang", "en", "--plugins", plugins.toString(), "fields");
        assertRefused(run, "broken.jar", "no.such.Provider", "does not exist");
        assertEquals(2, run.err().lines().count(), "a heading and the jar's line: " + run.err());
    }
}
