package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of careless or hostile variants of the example applicant file (YAML and JSON), each run through the
 * command line as a user would run it: every one is answered (exit 0) or refused (exit 2), never a fault (exit 1)
 * and never a stack trace. The seed is fixed, so a failure names a case that can be run again.
 */
class ApplicantFileFuzzTest {

    private static final long SEED = 20211020L;
    private static final int CASES = 2000;
    private static final String[] LEVELS = {"JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"};

    /** Values a careless or hostile user might put anywhere. */
    private static final String[] ODD_VALUES = {"", "null", "~", "[]", "{}", "true", "1", "0", "-1", "044", "0x1F",
        "1_000", "+5", "1e999999999", "-1e999999999", "99999999999999999999999", "2147483648", "9223372036854775808",
        "NaN", ".inf", "1.5", "\"\"", "\"5\"", "2099-01-01", "0000-01-01", "2026-02-30", "'x'", "\"\\u202E\\e[2J\"",
        "\"a\\nb\"", "\"\\u0000\"", "&a x", "*a", "!!binary aGk=", "!!float 1", "? complex", "[[[[[[[[", "x".repeat(20_000),
        "990102", "220102202001011234", "PRIVATE_ENTERPRISE", "SALES_AMOUNT", "{kind: PATENT}", "yes", "no", "on"};

    /** What a user must never see: a stack trace, an internal error, or Java's own words. */
    private static final Pattern JAVA = Pattern.compile(
            "Exception|\tat |internal error|内部错误|java\\.|`|Cannot construct|CoercionConfig|EpochDay");

    private record Mutation(String name, BiFunction<Random, String, String> apply) {
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("delete a line", (r, s) -> lines(r, s, (l, i) -> l.remove(i))),
            new Mutation("duplicate a line", (r, s) -> lines(r, s, (l, i) -> l.add(i, l.get(i)))),
            new Mutation("indent a line with a tab", (r, s) -> lines(r, s, (l, i) -> l.set(i, "\t" + l.get(i)))),
            new Mutation("start a second document", (r, s) -> lines(r, s, (l, i) -> l.add(i, "---"))),
            new Mutation("truncate", (r, s) -> s.substring(0, r.nextInt(s.length() + 1))),
            new Mutation("swap two values", ApplicantFileFuzzTest::swapValues),
            new Mutation("an odd value", ApplicantFileFuzzTest::oddValue),
            new Mutation("an odd number", ApplicantFileFuzzTest::oddNumber),
            new Mutation("an anchor and an alias", (r, s) -> oddValue(r, oddValue(r, s, "&a 1"), "*a")),
            new Mutation("an invisible character", (r, s) -> insert(r, s,
                    new String[] {"\u202E", "\u0000", "\u001B[31m", "\u2028", "\uFEFF", "\uD800", "\r", "\u0085"})));

    @TempDir
    Path dir;

    @Test
    void everyMutationIsAnsweredOrRefusedNeverAFault() throws IOException {
        String yaml = Files.readString(CommandLineTest.EXAMPLE);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(new YAMLMapper().readValue(yaml, Object.class));
        Random random = new Random(SEED);
        int[] exits = new int[3];
        for (int i = 0; i < CASES; i++) {
            boolean asJson = i % 3 == 2;
            String text = asJson ? json : yaml;
            List<String> applied = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Mutation m = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
                text = m.apply().apply(random, text);
                applied.add(m.name());
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                // a flipped byte may leave the file no longer UTF-8 at all
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                applied.add("flip a byte");
            }
            Path file = dir.resolve("case-" + i + (asJson ? ".json" : ".yaml"));
            Files.write(file, bytes);
            Run run = Run.of("check", file.toString(), "--field", "AI", "--level", LEVELS[i % LEVELS.length]);
            boolean trace = JAVA.matcher(run.err()).find() || run.out().contains("Exception");
            if (run.exit() == 1 || run.exit() > 2 || trace) {
                fail("case " + i + " (" + String.join(", ", applied) + ") exit " + run.exit() + "\n" + run.err()
                        + "\n--- file ---\n" + new String(bytes, 0, Math.min(bytes.length, 3000), StandardCharsets.UTF_8));
            }
            exits[run.exit()]++;
        }
        // the mutations must not be so wild that nothing is ever answered, nor so tame that nothing is refused
        if (exits[0] < CASES / 20 || exits[2] < CASES / 4) {
            fail("answered " + exits[0] + ", refused " + exits[2] + " of " + CASES);
        }
    }

    private interface LineEdit {
        void apply(List<String> lines, int index);
    }

    private static String lines(Random r, String s, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        edit.apply(lines, r.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static final Pattern VALUE = Pattern.compile("(?m)(:\\s*)([^\\s#{\\[][^\\n#,}]*?)(\\s*(?:#.*)?,?)$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])\\d+(?![\\w-])");

    private static String swapValues(Random r, String s) {
        List<int[]> spans = spans(VALUE, s, 2);
        if (spans.size() < 2) {
            return s;
        }
        int[] a = spans.get(r.nextInt(spans.size()));
        int[] b = spans.get(r.nextInt(spans.size()));
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a[1] > b[0]) {
            return s;
        }
        return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0]) + s.substring(a[0], a[1])
                + s.substring(b[1]);
    }

    private static String oddValue(Random r, String s) {
        return oddValue(r, s, ODD_VALUES[r.nextInt(ODD_VALUES.length)]);
    }

    private static String oddValue(Random r, String s, String value) {
        List<int[]> spans = spans(VALUE, s, 2);
        if (spans.isEmpty()) {
            return s;
        }
        int[] at = spans.get(r.nextInt(spans.size()));
        return s.substring(0, at[0]) + value + s.substring(at[1]);
    }

    private static String oddNumber(Random r, String s) {
        List<int[]> spans = spans(NUMBER, s, 0);
        if (spans.isEmpty()) {
            return s;
        }
        String[] numbers = {"1e999999999", "99999999999999999999999", "-1", "044", "2147483647", "0", "1.5e3",
            "-9223372036854775809"};
        int[] at = spans.get(r.nextInt(spans.size()));
        return s.substring(0, at[0]) + numbers[r.nextInt(numbers.length)] + s.substring(at[1]);
    }

    private static String insert(Random r, String s, String[] choices) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + choices[r.nextInt(choices.length)] + s.substring(at);
    }

    private static List<int[]> spans(Pattern pattern, String s, int group) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(group), m.end(group)});
        }
        return spans;
    }
}
