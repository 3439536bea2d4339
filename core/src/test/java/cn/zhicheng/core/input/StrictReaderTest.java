package cn.zhicheng.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictReaderTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final StrictReader reader = new StrictReader(BilingualValidator.create(TODAY));

    private static final String GOOD = """
            identity: {name: 张三, idNumber: "220102199001011239"}
            employment: {kind: FREELANCE, labourRelationRegion: "220102"}
            education: [{degree: BACHELOR, major: 软件工程, graduated: 2015-06-30}]
            professionalWorkStart: 2015-07-01
            """;

    private List<InputProblem> problems(String yaml) {
        return assertThrows(InputRejected.class, () -> reader.read("a.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                StrictReader.Syntax.YAML, ApplicantFile.class)).problems();
    }

    private static List<String> paths(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::path).toList();
    }

    @Test
    void aCompleteFileReads() {
        ApplicantFile a = reader.read("a.yaml", GOOD.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.YAML,
                ApplicantFile.class);
        assertEquals("张三", a.identity().name());
        assertTrue(a.titles().isEmpty());
    }

    @Test
    void everyProblemIsReportedTogetherWithPathAndLine() {
        String yaml = GOOD
                .replace("220102199001011239", "220102199001011234")
                .replace("kind: FREELANCE", "kind: GIG")
                + "hobby: chess\n"
                + "works: [{kind: SALES_AMOUNT, title: 年度销售, date: 2025-01-01, sales: {yuan: -5, from: 2024-01-01, to: 2024-12-31}}]\n";
        List<InputProblem> problems = problems(yaml);
        List<String> paths = paths(problems);
        assertTrue(paths.contains("identity.idNumber"), problems.toString());
        assertTrue(paths.contains("employment.kind"), paths.toString());
        assertTrue(paths.contains("hobby"), paths.toString());
        assertTrue(paths.contains("works[0].sales.yuan"), paths.toString());
        InputProblem id = problems.stream().filter(p -> p.path().equals("identity.idNumber")).findFirst().get();
        assertEquals(1, id.line());
        assertTrue(id.reason().zh().contains("校验码"), id.reason().zh());
        assertTrue(id.reason().en().contains("check character"), id.reason().en());
        InputProblem kind = problems.stream().filter(p -> p.path().equals("employment.kind")).findFirst().get();
        assertEquals(2, kind.line());
        assertTrue(kind.reason().en().contains("FREELANCE"), "lists the allowed values: " + kind.reason().en());
    }

    @Test
    void aDateInTheFutureIsRefused() {
        List<InputProblem> problems = problems(GOOD.replace("professionalWorkStart: 2015-07-01",
                "professionalWorkStart: 2027-01-01"));
        assertEquals(List.of("professionalWorkStart"), paths(problems));
    }

    @Test
    void aWrongTypeNamesTheExpectedKind() {
        List<InputProblem> problems = problems(GOOD + "training: [{programme: x, organisedByMohrss: true, hours: many, issued: 2020-01-01}]\n");
        InputProblem p = problems.get(0);
        assertEquals("training[0].hours", p.path());
        assertTrue(p.reason().en().contains("integer"), p.reason().en());
        assertTrue(p.reason().zh().contains("整数"), p.reason().zh());
    }

    @Test
    void malformedJsonIsASyntaxErrorWithItsLine() {
        InputRejected e = assertThrows(InputRejected.class, () -> reader.read("a.json",
                "{\n \"identity\": {\"name\": \"x\",,}\n}".getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.JSON,
                ApplicantFile.class));
        assertEquals(2, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.problems().get(0).reason().zh().startsWith("语法错误"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(List.of(""), paths(problems("")));
    }

    @Test
    void serviceHoursCannotExceedThePeriod() {
        List<InputProblem> problems = problems(GOOD + "works: [{kind: SERVICE_RECORD, title: 育婴服务, date: 2025-02-01, "
                + "service: {hours: 20000, from: 2025-01-01, to: 2025-01-31}}]\n");
        assertEquals(List.of("works[0].service"), paths(problems));
        assertTrue(problems.get(0).reason().en().contains("24 a day"));
    }

    @Test
    void aQuotedNumberIsAWrongTypeAndTheRestIsStillChecked() {
        List<InputProblem> problems = problems(GOOD + "training: [{programme: x, field: AI, organisedByMohrss: true, hours: \"120\", "
                + "issued: 2020-01-01}]\ncertificates: {continuingEducationCredits: \"-3\"}\nhobby: 1\n");
        assertEquals(List.of("training[0].hours", "certificates.continuingEducationCredits", "hobby"), paths(problems));
        assertTrue(problems.get(0).reason().en().contains("without quotes"), problems.get(0).reason().en());
    }
}
