package cn.zhicheng.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a careless or hostile file does to the reader: every one of these was once read silently as something
 * else, or crashed; each is now refused with its line, path and a plain reason.
 */
class HostileInputTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final StrictReader reader = new StrictReader(BilingualValidator.create(TODAY));

    private static final String GOOD = """
            identity: {name: 张三, idNumber: "220102199001011239"}
            employment: {kind: FREELANCE, labourRelationRegion: "220102", retired: false}
            education: [{degree: BACHELOR, major: 软件工程, graduated: 2015-06-30}]
            professionalWorkStart: 2015-07-01
            """;

    private ApplicantFile read(String yaml) {
        return reader.read("a.yaml", yaml.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.YAML,
                ApplicantFile.class);
    }

    private List<InputProblem> problems(String text, StrictReader.Syntax syntax) {
        return assertThrows(InputRejected.class, () -> reader.read("a." + syntax.name().toLowerCase(),
                text.getBytes(StandardCharsets.UTF_8), syntax, ApplicantFile.class)).problems();
    }

    private List<InputProblem> problems(String yaml) {
        return problems(yaml, StrictReader.Syntax.YAML);
    }

    private static InputProblem only(List<InputProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theGoodFileReads() {
        assertEquals("张三", read(GOOD).identity().name());
    }

    @Test
    void anAliasIsRefusedNotReadAsTheAnchorsName() {
        List<InputProblem> problems = problems(GOOD.replace("major: 软件工程", "major: &m 软件工程")
                + "titles: [{series: ENGINEERING, level: JUNIOR, name: *m, awarded: 2019-01-01}]\n");
        assertEquals(List.of("input.anchor", "input.alias"), problems.stream().map(p -> p.refusal().key()).toList());
        InputProblem alias = problems.get(1);
        assertEquals(5, alias.line());
        assertEquals("titles[0].name", alias.path());
        assertTrue(alias.reason().en().contains("*m"), alias.reason().en());
    }

    @Test
    void aSecondDocumentIsRefusedNotIgnored() {
        InputProblem p = only(problems(GOOD + "---\nidentity: {name: 李四}\n"));
        assertEquals(5, p.line());
        assertTrue(p.reason().en().contains("one YAML document"), p.reason().en());
        assertTrue(p.reason().zh().contains("一个 YAML 文档"), p.reason().zh());
    }

    @Test
    void aNumberInADateFieldIsRefusedNotReadAsDaysSince1970() {
        InputProblem p = only(problems(GOOD.replace("professionalWorkStart: 2015-07-01", "professionalWorkStart: 16000")));
        assertEquals("professionalWorkStart", p.path());
        assertTrue(p.reason().en().contains("YYYY-MM-DD"), p.reason().en());
    }

    @Test
    void oneOrYesForABooleanIsRefusedNotReadAsTrue() {
        InputProblem one = only(problems(GOOD.replace("retired: false", "retired: 1")));
        assertEquals("employment.retired", one.path());
        assertTrue(one.reason().en().contains("expected true or false"), one.reason().en());
        assertEquals("employment.retired", only(problems(GOOD.replace("retired: false", "retired: yes"))).path());
        assertEquals("employment.retired", only(problems(GOOD.replace("retired: false", "retired: \"true\""))).path());
    }

    @Test
    void aLeadingZeroIsRefusedNotReadAsOctal() {
        InputProblem p = only(problems(GOOD + "certificates: {continuingEducationCredits: 044}\n"));
        assertEquals("certificates.continuingEducationCredits", p.path());
        assertTrue(p.reason().en().contains("'044'") && p.reason().en().contains("leading zero"), p.reason().en());
        for (String odd : List.of("0x1F", "1_000", "+5")) {
            assertEquals("certificates.continuingEducationCredits",
                    only(problems(GOOD + "certificates: {continuingEducationCredits: " + odd + "}\n")).path(), odd);
        }
    }

    @Test
    void anEnormousAmountIsRefusedNotAnInternalError() {
        String sales = "works: [{kind: SALES_AMOUNT, title: 销售, date: 2025-01-01, sales: {platform: 抖音, account: a, "
                + "yuan: %s, from: 2024-01-01, to: 2024-12-31}}]\n";
        InputProblem exponent = only(problems(GOOD + sales.formatted("1e999999999")));
        assertEquals("works[0].sales.yuan", exponent.path());
        InputProblem huge = only(problems(GOOD + sales.formatted("9".repeat(30))));
        assertTrue(huge.reason().en().startsWith("number too large"), huge.reason().en());
        InputProblem large = only(problems(GOOD + sales.formatted("2000000000000")));
        assertEquals("number too large (at most 1000000000000)", large.reason().en());
        assertEquals("数字过大（至多 1000000000000）", large.reason().zh());
    }

    @Test
    void integersBeyondTheirTypeSayTooLargeInPlainWords() {
        InputProblem p = only(problems(GOOD + "training: [{programme: x, field: AI, organisedByMohrss: true, "
                + "hours: 99999999999, issued: 2020-01-01}]\n"));
        assertEquals("training[0].hours", p.path());
        assertEquals("number too large (at most 2147483647)", p.reason().en());
        InputProblem bounded = only(problems(GOOD + "training: [{programme: x, field: AI, organisedByMohrss: true, "
                + "hours: 20000, issued: 2020-01-01}]\n"));
        assertEquals("number too large (at most 10000)", bounded.reason().en());
    }

    @Test
    void aYamlSyntaxErrorNamesLineColumnAndTheParsersWholeProblem() {
        InputProblem tab = only(problems(GOOD + "certificates:\n\tcomputer: []\n"));
        assertEquals(6, tab.line());
        assertEquals(1, tab.column());
        assertTrue(tab.reason().en().contains("found character '\\t(TAB)' that cannot start any token"),
                tab.reason().en());
        InputProblem open = only(problems(GOOD + "titles: 'unclosed\n"));
        assertTrue(open.reason().en().contains("found unexpected end of stream"), open.reason().en());
        assertTrue(open.reason().en().contains("while scanning a quoted scalar, from line 5 column 9"),
                open.reason().en());
        assertTrue(open.reason().zh().startsWith("语法错误："), open.reason().zh());
    }

    @Test
    void aJsonSyntaxErrorNamesLineAndColumnWithoutJavaInIt() {
        InputProblem p = only(problems("{\n  \"identity\": {\"name\": \"x\",,}\n}", StrictReader.Syntax.JSON));
        assertEquals(2, p.line());
        assertTrue(p.column() > 20, "column " + p.column());
        assertFalse(p.reason().en().matches(".*(java\\.|Source:|\\bat \\[).*"), p.reason().en());
    }

    @Test
    void aSecondJsonValueIsRefusedNotIgnored() {
        String json = "{\"identity\": {\"name\": \"张三\", \"idNumber\": \"220102199001011239\"}, \"employment\": "
                + "{\"kind\": \"FREELANCE\", \"labourRelationRegion\": \"220102\"}, \"education\": [{\"degree\": "
                + "\"BACHELOR\", \"major\": \"x\", \"graduated\": \"2015-06-30\"}], \"professionalWorkStart\": "
                + "\"2015-07-01\"}";
        reader.read("a.json", json.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.JSON, ApplicantFile.class);
        assertEquals("", only(problems(json + "\n{\"identity\": null}", StrictReader.Syntax.JSON)).path());
    }

    @Test
    void sizeAndRangeViolationsSpeakPlainly() {
        InputProblem none = only(problems(GOOD.replace("[{degree: BACHELOR, major: 软件工程, graduated: 2015-06-30}]", "[]")));
        assertEquals("education", none.path());
        assertEquals("at least one education entry", none.reason().en());
        assertEquals("至少填写一项学历", none.reason().zh());
        InputProblem name = only(problems(GOOD.replace("name: 张三", "name: " + "张".repeat(51))));
        assertEquals("identity.name", name.path());
        assertEquals("text too long (at most 50 characters)", name.reason().en());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeParsing() {
        byte[] big = new byte[StrictReader.LARGEST_FILE + 1];
        InputRejected e = assertThrows(InputRejected.class,
                () -> reader.read("big.yaml", big, StrictReader.Syntax.YAML, ApplicantFile.class));
        assertEquals("input.tooLarge", only(e.problems()).refusal().key());
    }

    @Test
    void aHugeTextOrDeepNestingIsRefusedAtOnce() {
        InputProblem text = only(problems(GOOD.replace("name: 张三", "name: " + "x".repeat(20_000))));
        assertEquals("identity.name", text.path());
        assertTrue(text.reason().en().contains("at most 10000 characters"), text.reason().en());
        InputProblem deep = only(problems(GOOD + "hobby: " + "[".repeat(200) + "]".repeat(200) + "\n"));
        assertTrue(deep.reason().en().contains("nested too deeply"), deep.reason().en());
        String json = "{\"identity\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        List<InputProblem> deepJson = problems(json, StrictReader.Syntax.JSON);
        assertTrue(deepJson.stream().anyMatch(p -> p.reason().en().contains("nesting at most 32 levels")),
                deepJson.toString());
    }

    @Test
    void messagesNameNoJavaInternals() {
        String yaml = GOOD.replace("professionalWorkStart: 2015-07-01", "professionalWorkStart: [2015]")
                + "titles: {series: x}\nworks: [{kind: PATENT, title: [a], date: true}]\n";
        for (InputProblem p : problems(yaml)) {
            String both = p.describe();
            assertFalse(both.matches("(?s).*(java\\.|CoercionConfig|EpochDay|Exception|\\bClass\\b|`).*"), both);
        }
    }

    @Test
    void refusalsRenderInOneLanguageWhenAsked() {
        InputProblem p = only(problems(GOOD.replace("retired: false", "retired: 1")));
        assertEquals("a.yaml:2:72 employment.retired: invalid value '1', expected true or false",
                p.describe(List.of(Refusals.EN)));
        assertEquals("a.yaml:2:72 employment.retired: 取值“1”无效，应为 true 或 false", p.describe(List.of(Refusals.ZH)));
    }
}
