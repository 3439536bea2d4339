package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommendation, publicity, objection and aggregation commands over the embedded store: each act prints its move
 * with the clause and audit entry (exit 0) or its refusal with the clause (exit 2); a bad argument is told in Chinese
 * and English, naming the field, exit 2, with no stack trace and nothing stored.
 */
class ReviewCommandsTest {

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void store() {
        data = dir.resolve("data");
        Round round = new Round("2026-prov", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
                new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31));
        try (Database db = Database.openFolder(data)) {
            db.jdbi().useTransaction(h -> {
                new Rounds().save(h, round);
                for (String id : List.of("a-1", "a-2")) {
                    new Applications().insert(h, id, round.id(), "AI", Level.INTERMEDIATE, "{}", "0".repeat(64),
                            Stage.SUBMITTED, Instant.parse("2026-07-10T02:00:00Z"), "applicant-1", Optional.empty());
                }
                new Applications().insert(h, "a-passed", round.id(), "AI", Level.INTERMEDIATE, "{}", "0".repeat(64),
                        Stage.PASSED, Instant.parse("2026-07-10T02:00:00Z"), "applicant-1", Optional.empty());
            });
        }
    }

    /** Runs the command line at a time in Asia/Shanghai against the test's store. */
    private Run at(String shanghai, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(LocalDateTime.parse(shanghai).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("UTC"));
        int exit = Main.run(new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), clock, all.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private long auditEntries() {
        try (Database db = Database.openFolder(data)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one());
        }
    }

    private static void refusedPlainly(Run run, String... expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("cn.zhicheng"),
                run.err());
        for (String e : expected) {
            assertTrue(run.err().contains(e), () -> "missing " + e + " in " + run.err());
        }
    }

    @Test
    void fromRecommendationToTheBatch() {
        Run recommended = at("2026-09-28T10:00", "recommend", "a-1", "--kind", "employer", "--ethics", "positive",
                "--remarks", "品德良好", "--as", "recommender:employer-1");
        assertEquals(0, recommended.exit(), recommended.err());
        assertTrue(recommended.out().contains("六(二)") && recommended.out().contains("audit entry 1"),
                recommended.out());

        Run posted = at("2026-09-29T09:00", "--lang", "en", "publicise", "a-1", "--as", "recommender:employer-1");
        assertEquals(0, posted.exit(), posted.err());
        assertTrue(posted.out().contains("2026-10-10"), posted.out());

        Run objected = at("2026-10-09T10:00", "object", "a-1", "--grounds", "业绩不实", "--as", "public:p-1");
        assertEquals(0, objected.exit(), objected.err());
        assertTrue(objected.out().contains("OBJ-000001"), objected.out());

        Run held = at("2026-10-11T09:00", "--lang", "en", "aggregate", "a-1", "--batch", "cc-1", "--as",
                "local_hr_office:cc");
        refusedPlainly(held, "决定 D-6", "application a-1");
        assertTrue(held.out().contains("no batch was stored"), held.out());

        Run dismissed = at("2026-10-11T10:00", "resolve-objection", "OBJ-000001", "--dismiss", "--reasons",
                "经核实材料属实", "--as", "local_hr_office:cc");
        assertEquals(0, dismissed.exit(), dismissed.err());
        assertTrue(dismissed.out().contains("OBJ-000001"), dismissed.out());

        Run sent = at("2026-10-12T09:00", "--lang", "en", "aggregate", "a-1", "--batch", "cc-1", "--as",
                "local_hr_office:cc");
        assertEquals(0, sent.exit(), sent.out() + sent.err());
        assertTrue(sent.out().contains("1 application(s) sent") && sent.out().contains("2026-10-12T09:00"),
                sent.out());
    }

    @Test
    void aNegativeAssessmentEndsTheApplicationAndNeedsItsGrounds() {
        Run bare = at("2026-09-28T10:00", "recommend", "a-1", "--kind", "incubator", "--ethics", "negative",
                "--as", "recommender:park-1");
        refusedPlainly(bare, "五(一)1", "推荐意见", "remarks");
        assertEquals(0, auditEntries(), "refused as input: not attempted, nothing recorded");

        Run declined = at("2026-09-28T10:00", "--lang", "en", "recommend", "a-1", "--kind", "incubator", "--ethics",
                "negative", "--remarks", "有失信记录", "--as", "recommender:park-1");
        assertEquals(0, declined.exit(), declined.err());
        assertTrue(declined.out().contains("refused") && declined.out().contains("五(一)1"), declined.out());
    }

    @Test
    void badArgumentsAreToldInBothLanguagesWithExitTwo() {
        refusedPlainly(at("2026-09-28T10:00", "recommend", "a-1", "--kind", "employer", "--ethics", "maybe",
                "--as", "recommender:e"), "参数错误", "--ethics");
        refusedPlainly(at("2026-09-28T10:00", "recommend", "a-1", "--kind", "employer", "--ethics", "positive",
                "--as", "recommender"), "--as", "ROLE:ID");
        refusedPlainly(at("2026-09-29T09:00", "publicise", "a-1", "--working-days", "3", "--as", "recommender:e"),
                "公示工作日数 3", "working days 3", "决定 D-5");
        refusedPlainly(at("2026-09-29T09:00", "object", "a-1", "--grounds", "x".repeat(2001), "--as", "public:p"),
                "异议理由", "grounds: 2001 characters, more than the limit of 2000");
        refusedPlainly(at("2026-09-29T09:00", "resolve-objection", "OBJ-000001", "--dismiss", "--uphold-refuse",
                "--reasons", "r", "--as", "local_hr_office:cc"), "参数错误");
        refusedPlainly(at("2026-09-29T09:00", "resolve-objection", "OBJ-000009", "--dismiss", "--reasons", "r",
                "--as", "local_hr_office:cc"), "没有编号为 OBJ-000009 的异议", "there is no objection OBJ-000009");
        refusedPlainly(at("2026-09-29T09:00", "aggregate", "a-1", "a-1", "--batch", "cc-1", "--as",
                "local_hr_office:cc"), "a-1", "listed twice");
        refusedPlainly(at("2026-09-29T09:00", "aggregate", "a-9", "--batch", "cc-1", "--as", "local_hr_office:cc"),
                "没有编号为 a-9 的申报", "there is no application a-9");
        assertEquals(0, auditEntries(), "nothing was attempted");
    }

    @Test
    void refusedActsNameTheirClauseAndTheirAuditEntry() {
        Run wrongRole = at("2026-11-02T09:00", "--lang", "en", "publicise-result", "a-passed", "--as",
                "recommender:e");
        refusedPlainly(wrongRole, "六(五)", "audit entry 1");
        Run published = at("2026-11-02T09:00", "--lang", "en", "publicise-result", "a-passed", "--as",
                "provincial_office:jl");
        assertEquals(0, published.exit(), published.err());
        assertTrue(published.out().contains("result publicity") && published.out().contains("2026-11-06"),
                published.out());
        Run late = at("2026-11-07T00:00", "--lang", "en", "object", "a-passed", "--grounds", "迟到", "--as",
                "public:p");
        refusedPlainly(late, "决定 D-6", "audit entry 3");
        Run beyond = at("2026-11-25T09:00", "publicise", "a-2", "--as", "recommender:e");
        refusedPlainly(beyond, "六(二)");
        at("2026-11-25T09:00", "recommend", "a-2", "--kind", "hr_agency", "--ethics", "positive", "--as",
                "recommender:e");
        Run uncounted = at("2026-11-25T09:00", "publicise", "a-2", "--as", "recommender:e");
        refusedPlainly(uncounted, "决定 D-5", "2026-11-30");
    }

    @Test
    void everyCommandExplainsItselfInBothLanguages() {
        java.util.Map<String, List<String>> said = new java.util.LinkedHashMap<>();
        said.put("recommend", List.of("推荐单位审核申报并评价品德", "a recommender reviews an application"));
        said.put("publicise", List.of("不少于 5 个工作日的公示", "publicises its recommendation"));
        said.put("object", List.of("提出异议", "object to an application"));
        said.put("resolve-objection", List.of("处理公示期内的异议", "resolve an objection"));
        said.put("aggregate", List.of("审核汇总", "aggregates applications"));
        said.put("publicise-result", List.of("评审机构对评审通过的结果", "publicises a passed result"));
        said.forEach((command, lines) -> {
            Run help = Run.of(command, "--help");
            assertEquals(0, help.exit(), help.err());
            lines.forEach(line -> assertTrue(help.out().contains(line), () -> line + " in " + help.out()));
            assertTrue(help.out().contains("--as") && help.out().contains("--data"), help.out());
        });
    }
}
