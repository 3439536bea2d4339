package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhicheng batch}: many applicants in one run, streamed, in input order, bad records skipped and named. */
class BatchCommandTest {

    private static final String[] AI_INTERMEDIATE = {"--field", "AI", "--level", "INTERMEDIATE", "--as-of",
        "2026-06-30"};

    @TempDir
    Path dir;

    private static String[] args(String... parts) {
        List<String> all = new ArrayList<>(List.of("batch"));
        all.addAll(List.of(parts));
        return all.toArray(String[]::new);
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            nodes.add(JsonMapper.builder().build().readTree(line));
        }
        return nodes;
    }

    @Test
    void everyRecordIsDecidedInInputOrderAndTheBytesDoNotDependOnTheThreads() throws IOException {
        Path input = BatchFiles.jsonLines(dir.resolve("round.jsonl"), 1_500);
        Run one = Run.of(with(args(input.toString(), "--threads", "1"), AI_INTERMEDIATE));
        Run three = Run.of(with(args(input.toString(), "--threads", "3"), AI_INTERMEDIATE));
        assertEquals(0, one.exit(), one.err());
        assertEquals(0, three.exit(), three.err());
        assertArrayEquals(one.out().getBytes(StandardCharsets.UTF_8), three.out().getBytes(StandardCharsets.UTF_8));
        List<JsonNode> lines = lines(one.out());
        assertEquals(1_500, lines.size());
        Set<String> verdicts = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i).get("line").asInt());
            assertEquals("申请人" + i, lines.get(i).get("name").asText());
            assertEquals("220102********2349", lines.get(i).get("idNumber").asText());
            verdicts.add(lines.get(i).get("verdict").asText());
        }
        assertEquals(Set.of("ELIGIBLE", "INELIGIBLE", "NOT_YET"), verdicts);
        // the same run again gives the same bytes
        assertEquals(one.out(), Run.of(with(args(input.toString(), "--threads", "2"), AI_INTERMEDIATE)).out());
        assertTrue(one.err().contains("已判定 1500 条，跳过 0 条 / decided 1500, skipped 0"), one.err());
    }

    @Test
    void eachLineGivesTheVerdictAndDateThatCheckGives() throws IOException {
        ObjectNode example = BatchFiles.example();
        Path input = dir.resolve("some.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String line = BatchFiles.applicant(example, i * 5);
            b.append(line).append('\n');
            Files.writeString(dir.resolve("a" + i + ".json"), line);
        }
        Files.writeString(input, b.toString());
        List<JsonNode> batch = lines(Run.of(with(args(input.toString()), AI_INTERMEDIATE)).out());
        List<String> explained = List.of(Run.of(with(args(input.toString(), "--explain"), AI_INTERMEDIATE)).out()
                .split("\n"));
        for (int i = 0; i < 40; i++) {
            Run check = Run.of("check", dir.resolve("a" + i + ".json").toString(), "--field", "AI", "--level",
                    "INTERMEDIATE", "--as-of", "2026-06-30", "--json");
            assertEquals(0, check.exit(), check.err());
            JsonNode decision = JsonMapper.builder().build().readTree(check.out());
            assertEquals(decision.get("verdict"), batch.get(i).get("verdict"));
            assertEquals(decision.get("earliestEligible"), batch.get(i).get("earliestEligible"));
            // the explained line is the decision record itself, byte for byte
            assertEquals(check.out().strip(), explained.get(i));
        }
    }

    @Test
    void aBadRecordIsNamedByItsLineAndSkippedAndTheRestAreDecided() throws IOException {
        ObjectNode example = BatchFiles.example();
        String bad = BatchFiles.applicant(example, 2).replace("\"BACHELOR\"", "\"BACHELOUR\"");
        Path input = dir.resolve("mixed.jsonl");
        Files.writeString(input, BatchFiles.applicant(example, 1) + "\n"
                + bad + "\n"
                + "\n"
                + "{\"identity\": \n"
                + BatchFiles.applicant(example, 4) + "\n");
        Run run = Run.of(with(args(input.toString()), AI_INTERMEDIATE));
        assertEquals(2, run.exit(), "some records were skipped");
        List<JsonNode> lines = lines(run.out());
        assertEquals(List.of(1, 5), lines.stream().map(n -> n.get("line").asInt()).toList());
        assertTrue(run.err().contains(input + ":2:"), run.err());
        assertTrue(run.err().contains("education[0].degree"), run.err());
        assertTrue(run.err().contains(input + ":4:"), run.err());
        assertTrue(run.err().contains("跳过 2 条 / decided 2, skipped 2"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void withoutFieldAndLevelEachRecordNamesItsOwn() throws IOException {
        ObjectNode example = BatchFiles.example();
        String applicant = BatchFiles.applicant(example, 0);
        Path input = dir.resolve("own.jsonl");
        Files.writeString(input, "{\"field\":\"MARKETING\",\"level\":\"JUNIOR\",\"applicant\":" + applicant + "}\n"
                + "{\"field\":\"AI\",\"level\":\"SENIOR\",\"applicant\":" + applicant + "}\n"
                + "{\"level\":\"SENIOR\",\"applicant\":" + applicant + "}\n"
                + "{\"field\":\"NO_SUCH\",\"level\":\"SENIOR\",\"applicant\":" + applicant + "}\n");
        Run run = Run.of("batch", input.toString(), "--as-of", "2026-06-30", "--format", "csv");
        assertEquals(2, run.exit());
        String[] rows = run.out().split("\n");
        assertEquals("source,line,name,idNumber,field,level,verdict,earliestEligible", rows[0]);
        assertEquals(3, rows.length, run.out());
        assertTrue(rows[1].contains(",1,申请人0,220102********2349,MARKETING,JUNIOR,"), rows[1]);
        assertTrue(rows[2].contains(",2,申请人0,220102********2349,AI,SENIOR,"), rows[2]);
        assertTrue(run.err().contains(input + ":3 field: "), run.err());
        assertTrue(run.err().contains(input + ":4 field: "), run.err());
        assertTrue(run.err().contains("NO_SUCH"), run.err());
    }

    @Test
    void aFolderIsReadInTheOrderOfItsFileNames() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.copy(CommandLineTest.EXAMPLE, folder.resolve("b.yaml"));
        Files.writeString(folder.resolve("a.json"), BatchFiles.applicant(BatchFiles.example(), 7));
        Files.writeString(folder.resolve("c.yml"), "identity: [");
        Files.writeString(folder.resolve("notes.txt"), "not an applicant");
        Run run = Run.of(with(args(folder.toString()), AI_INTERMEDIATE));
        assertEquals(2, run.exit());
        List<JsonNode> lines = lines(run.out());
        assertEquals(List.of(folder.resolve("a.json").toString(), folder.resolve("b.yaml").toString()),
                lines.stream().map(n -> n.get("source").asText()).toList());
        assertFalse(lines.get(0).has("line"));
        assertTrue(run.err().contains(folder.resolve("c.yml") + ":"), run.err());
    }

    @Test
    void wrongOptionsAreRefusedTogetherBeforeAnythingIsRead() {
        Run run = Run.of("batch", dir.resolve("missing.jsonl").toString(), "--field", "AI", "--level", "MIDDLE",
                "--format", "xml", "--threads", "0", "--as-of", "2026-13-01");
        assertEquals(2, run.exit());
        for (String said : List.of("MIDDLE", "xml", "--threads", "2026-13-01", "missing.jsonl")) {
            assertTrue(run.err().contains(said), said + " in " + run.err());
        }
        assertEquals("", run.out());
        Run csv = Run.of(with(args(dir.toString(), "--format", "csv", "--explain"), AI_INTERMEDIATE));
        assertEquals(2, csv.exit());
        assertTrue(csv.err().contains("--explain"), csv.err());
    }

    @Test
    void noProgressLineWhenTheOutputIsNotATerminal() throws IOException {
        Path input = BatchFiles.jsonLines(dir.resolve("quiet.jsonl"), 600);
        Run run = Run.of(with(args(input.toString(), "--out", dir.resolve("out.jsonl").toString()),
                AI_INTERMEDIATE));
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains("\r"), run.err());
        assertEquals(600, Files.readAllLines(dir.resolve("out.jsonl")).size());
    }
}
