package cn.zhicheng.app.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.zhicheng.app.assembly.PolicyModule;
import cn.zhicheng.app.bench.baseline.Population;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusals;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick reading of batch lines is sound: whatever it accepts, the strict reading accepts too, as an equal
 * applicant file; and a batch read quickly writes the same bytes and reports the same refusals, at the same lines
 * and paths, as one read strictly. Checked on generated applicants and on thousands of broken, odd and hostile
 * variants of them (every value replaced by odd ones, keys removed, repeated or unknown, bad UTF-8, truncation).
 */
class FastApplicantReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Injector engine;
    private static List<byte[]> lines;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws IOException {
        engine = Guice.createInjector(PolicyModule.load(CLOCK, FastApplicantReaderTest.class.getClassLoader()));
        lines = lines();
    }

    /** Well-formed applicants (the example and a generated population), then variants of them. */
    private static List<byte[]> lines() throws IOException {
        List<ObjectNode> wellFormed = new ArrayList<>();
        ObjectNode example = (ObjectNode) new YAMLMapper().readTree(Path.of("..", "examples", "applicant.yaml").toFile());
        wellFormed.add(example);
        for (Population.Case c : Population.generate(300, Population.SEED)) {
            wellFormed.add((ObjectNode) JSON.valueToTree(c.applicant()));
        }
        List<byte[]> out = new ArrayList<>();
        for (ObjectNode a : wellFormed) {
            out.add(JSON.writeValueAsBytes(a));
        }
        Random random = new Random(20_211_020L);
        for (ObjectNode base : List.of(example, wellFormed.get(1), wellFormed.get(2), wellFormed.get(3))) {
            for (String path : leaves(base, "")) {
                for (JsonNode odd : ODD_VALUES) {
                    out.add(bytes(replaced(base, path, odd)));
                }
                out.add(bytes(removed(base, path)));
            }
            for (String path : objects(base, "")) {
                ObjectNode unknown = base.deepCopy();
                ((ObjectNode) at(unknown, path)).put("colour", "blue");
                out.add(bytes(unknown));
                out.add(duplicateFirstKey(bytes(base), path.isEmpty() ? 0 : nthObject(base, path)));
            }
        }
        for (ObjectNode base : wellFormed.subList(0, 60)) {
            byte[] b = bytes(base);
            out.add(Arrays2.insert(b, random.nextInt(b.length), new byte[] {(byte) 0xC0, (byte) 0x80}));
            out.add(Arrays2.insert(b, random.nextInt(b.length), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
            out.add(Arrays2.insert(b, random.nextInt(b.length), new byte[] {(byte) 0xFF}));
            out.add(Arrays2.insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
            out.add(java.util.Arrays.copyOf(b, random.nextInt(b.length)));
            out.add(Arrays2.insert(b, b.length, "{}".getBytes(StandardCharsets.UTF_8)));
            out.add(Arrays2.insert(b, b.length, " x".getBytes(StandardCharsets.UTF_8)));
            out.add(Arrays2.insert(b, b.length, "\r".getBytes(StandardCharsets.UTF_8)));
            out.add(Arrays2.insert(b, random.nextInt(b.length), "\u0000\u202E".getBytes(StandardCharsets.UTF_8)));
        }
        out.addAll(specialCases(example));
        return out;
    }

    /** What a careless or hostile line might hold instead of a value. */
    private static final List<JsonNode> ODD_VALUES = List.of(NODES.nullNode(), NODES.textNode(""),
            NODES.textNode(" "), NODES.textNode("\u3000"), NODES.textNode("\t"), NODES.numberNode(0),
            NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
            NODES.numberNode(10_001), NODES.booleanNode(true), NODES.textNode("true"), NODES.textNode("5"),
            NODES.textNode("x".repeat(201)), NODES.textNode("x".repeat(51)), NODES.textNode("y".repeat(20_000)),
            NODES.arrayNode(), NODES.objectNode(), NODES.textNode("2099-01-01"), NODES.textNode("2026-07-01"),
            NODES.textNode("2026-06-30"), NODES.textNode("2026-02-30"), NODES.textNode("1899-12-31"),
            NODES.textNode("2021-3-1"), NODES.textNode("+2021-03-01"), NODES.textNode("990102"),
            NODES.textNode("220102201501012346"), NODES.textNode("220102199503152340"), NODES.textNode("AI"),
            NODES.textNode("ai"), NODES.textNode("SALES_AMOUNT"), NODES.textNode("INTERMEDIATE"),
            NODES.textNode("with \"quotes\" and \\ and\nnewline"), NODES.textNode("=cmd"),
            NODES.textNode("bad id!"), NODES.textNode("13904310000"), NODES.textNode("91220101MA17ABCD57"));

    private static List<byte[]> specialCases(ObjectNode example) {
        List<byte[]> out = new ArrayList<>();
        // too young, born in the future, before 1900
        for (String id : List.of("22010220150101234X", "220102203001011234", "220102189901011234",
                "110105201001011237", "510104199001011230")) {
            ObjectNode a = example.deepCopy();
            ((ObjectNode) a.get("identity")).put("idNumber", id);
            out.add(bytes(a));
        }
        // work started before the 16th birthday; graduation before 14
        ObjectNode early = example.deepCopy();
        early.put("professionalWorkStart", "2010-01-01");
        out.add(bytes(early));
        ObjectNode child = example.deepCopy();
        ((ObjectNode) child.get("education").get(0)).put("graduated", "2008-06-30");
        out.add(bytes(child));
        // two pieces of evidence under one id
        ObjectNode twice = example.deepCopy();
        ((ObjectNode) twice.get("education").get(0)).put("id", "e1");
        ((ObjectNode) ((ArrayNode) twice.get("works")).get(0)).put("id", "e1");
        out.add(bytes(twice));
        ObjectNode same = example.deepCopy();
        ((ArrayNode) same.get("works")).add(same.get("works").get(0).deepCopy());
        out.add(bytes(same));
        // quantities the quick reading leaves to the strict one
        ObjectNode sales = example.deepCopy();
        ObjectNode work = NODES.objectNode().put("kind", "SALES_AMOUNT").put("title", "直播带货").put("date", "2024-01-01");
        work.putObject("sales").put("platform", "抖音").put("account", "a1").put("yuan", 2600000.50)
                .put("from", "2023-01-01").put("to", "2023-12-31");
        ((ArrayNode) sales.get("works")).add(work);
        out.add(bytes(sales));
        // too many entries; an empty list where one is needed; lists and objects nested deep
        ObjectNode many = example.deepCopy();
        for (int i = 0; i < 21; i++) {
            ((ArrayNode) many.get("titles")).addObject().put("series", "ENGINEERING").put("level", "JUNIOR")
                    .put("awarded", LocalDate.of(2022, 1, 1).plusDays(i).toString());
        }
        out.add(bytes(many));
        ObjectNode none = example.deepCopy();
        none.putArray("education");
        out.add(bytes(none));
        out.add("[]".getBytes(StandardCharsets.UTF_8));
        out.add("null".getBytes(StandardCharsets.UTF_8));
        out.add("{}".getBytes(StandardCharsets.UTF_8));
        out.add(("{\"identity\":" + "[".repeat(40) + "]".repeat(40) + "}").getBytes(StandardCharsets.UTF_8));
        out.add(("{\"certificates\":{\"continuingEducationCredits\":1" + "0".repeat(120) + "}}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[StrictReader.LARGEST_FILE + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        byte[] b = bytes(example);
        System.arraycopy(b, 0, huge, 0, b.length);
        out.add(huge);
        String text = new String(bytes(example), StandardCharsets.UTF_8);
        out.add(text.replace("\"retired\":false", "\"retired\":0").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"hours\":128", "\"hours\":128.0").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"hours\":128", "\"hours\":1.28e2").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"hours\":128", "\"hours\":0128").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"hours\":128", "\"hours\":-0").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("{", "{ /* note */ ").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"name\":", "'name':").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("王晓雨", "\\u738b\\u6653\\u96e8").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("王晓雨", "\\ud800").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"identity\"", "\"identity\"  ").replace(",", " ,\t").getBytes(StandardCharsets.UTF_8));
        // the grammar the quick reading checks itself: every slip is left to the strict reading
        for (String[] slip : new String[][] {{"}}", ",}}"}, {"]", ",]"}, {"\"retired\":false", "\"retired\":false,"},
            {"\"retired\":", "\"retired\" "}, {",\"retired\"", "\"retired\""}, {"}}", "]}"}, {"}}", "}"},
            {"}}", "}}}"}, {"\"hours\":128", "\"hours\":128 128"}, {"false", "fals"}, {"false", "falsey"},
            {"false", "False"}, {"\"name\":", "name:"}, {"[", "[,"}, {"\"identity\":{", "\"identity\":{,"},
            {"\"hours\":128", "\"hours\":\"128\""}, {"\"hours\":128", "\"hours\":1280000000"},
            {"\"hours\":128", "\"hours\":+128"}}) {
            out.add(text.replaceFirst(java.util.regex.Pattern.quote(slip[0]),
                    java.util.regex.Matcher.quoteReplacement(slip[1])).getBytes(StandardCharsets.UTF_8));
        }
        out.add((text + "\n").getBytes(StandardCharsets.UTF_8));
        out.add((" \t" + text + " \r").getBytes(StandardCharsets.UTF_8));
        out.add(text.replace("\"evidenceIdUnique\"", "").replace("{\"identity\"", "{\"evidenceIdUnique\":true,\"identity\"")
                .getBytes(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void whatTheQuickReadingAcceptsTheStrictReadingAcceptsAsAnEqualFile() {
        StrictReader strict = engine.getInstance(StrictReader.class);
        FastApplicantReader quick = new FastApplicantReader(CLOCK);
        int vouched = 0;
        int strictlyAccepted = 0;
        for (byte[] line : lines) {
            Optional<ApplicantFile> fast = quick.read(line);
            ApplicantFile slow;
            try {
                slow = strict.read("line", line, StrictReader.Syntax.JSON, ApplicantFile.class);
                strictlyAccepted++;
            } catch (InputRejected e) {
                slow = null;
            }
            if (fast.isPresent()) {
                vouched++;
                if (slow == null || !slow.equals(fast.get())) {
                    fail("the quick reading accepted what the strict one " + (slow == null ? "refuses" : "reads otherwise")
                            + ": " + new String(line, 0, Math.min(line.length, 2000), StandardCharsets.UTF_8));
                }
            }
        }
        // the quick reading is used at all: the example and most of the generated applicants are well formed
        assertTrue(vouched > 250, "vouched for " + vouched + " of " + strictlyAccepted + " accepted lines");
        assertTrue(lines.size() > 3000, "lines " + lines.size());
    }

    @Test
    void aBatchReadQuicklyWritesAndRefusesExactlyWhatOneReadStrictlyDoes() throws IOException {
        Path input = jsonLines(dir.resolve("mixed.jsonl"), 1);
        Path some = jsonLines(dir.resolve("some.jsonl"), 7); // the costlier outputs over every 7th line
        for (ResultFormat format : ResultFormat.values()) {
            for (boolean explain : format == ResultFormat.JSONL ? new boolean[] {false, true} : new boolean[] {false}) {
                Path in = format == ResultFormat.JSONL && !explain ? input : some;
                BatchDecider strict = decider(explain);
                String[] slow = run(strict, format, in, 1);
                String[] fast = run(strict.readingWellFormedLinesQuickly(CLOCK), format, in, 2);
                assertArrayEquals(slow[0].getBytes(StandardCharsets.UTF_8), fast[0].getBytes(StandardCharsets.UTF_8),
                        format + " explain " + explain);
                assertEquals(slow[1], fast[1], format + " explain " + explain);
                assertTrue(slow[1].length() > 1000 && slow[0].length() > 1000);
            }
        }
    }

    /** Every {@code every}-th of the lines as a JSON Lines file (the line over the size limit left out). */
    private static Path jsonLines(Path file, int every) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i += every) {
            if (lines.get(i).length < StrictReader.LARGEST_FILE) {
                all.writeBytes(lines.get(i));
                all.write('\n');
            }
        }
        return Files.write(file, all.toByteArray());
    }

    private static BatchDecider decider(boolean explain) {
        return new BatchDecider(engine.getInstance(StrictReader.class), engine.getInstance(Evaluator.class),
                engine.getInstance(Decisions.class),
                f -> FieldLookup.Found.of(((RuleBook.InForce) engine.getInstance(Decisions.class)
                        .criteria(f, AS_OF)).criteria()),
                new BatchDecider.Ask(Optional.of("AI"), Optional.of(Level.INTERMEDIATE), AS_OF, AS_OF, explain));
    }

    /** The output and every refusal reported, in both languages. */
    private static String[] run(BatchDecider decider, ResultFormat format, Path input, int threads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder refused = new StringBuilder();
        try (BatchInput in = BatchInput.of(List.of(input))) {
            new BatchRun(decider, format, threads).run(in, out, s -> s.problems().forEach(p -> refused
                    .append(p.describe(List.of(Locale.CHINA, Locale.ENGLISH))).append('\n')), s -> { });
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), refused.toString()};
    }

    // --- building variants -----------------------------------------------------------------------------------------

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths of every scalar and empty list, as /a/b/0/c. */
    private static List<String> leaves(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.addAll(leaves(e.getValue(), path + "/" + e.getKey()));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(leaves(node.get(i), path + "/" + i));
            }
            out.add(path);
        } else {
            out.add(path);
        }
        return out;
    }

    private static List<String> objects(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            out.add(path);
            node.fields().forEachRemaining(e -> out.addAll(objects(e.getValue(), path + "/" + e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(objects(node.get(i), path + "/" + i));
            }
        }
        return out;
    }

    private static JsonNode at(JsonNode root, String path) {
        return path.isEmpty() ? root : root.at(path);
    }

    private static ObjectNode replaced(ObjectNode base, String path, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        int cut = path.lastIndexOf('/');
        JsonNode parent = at(copy, path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static ObjectNode removed(ObjectNode base, String path) {
        ObjectNode copy = base.deepCopy();
        int cut = path.lastIndexOf('/');
        JsonNode parent = at(copy, path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(last));
        }
        return copy;
    }

    /** The index, among the document's objects in text order, of the object at {@code path}. */
    private static int nthObject(ObjectNode base, String path) {
        return objects(base, "").indexOf(path);
    }

    /** The line with the first key of its n-th object written twice. */
    private static byte[] duplicateFirstKey(byte[] line, int n) {
        String s = new String(line, StandardCharsets.UTF_8);
        int open = -1;
        for (int i = 0, seen = -1; i < s.length(); i++) {
            if (s.charAt(i) == '{' && ++seen == n) {
                open = i;
                break;
            }
        }
        int comma = firstMember(s, open + 1);
        if (open < 0 || comma < 0) {
            return line;
        }
        String member = s.substring(open + 1, comma);
        return (s.substring(0, open + 1) + member + "," + s.substring(open + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** The end of the member starting at {@code from}: the first comma or closing brace outside strings and nesting. */
    private static int firstMember(String s, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static final class Arrays2 {
        static byte[] insert(byte[] b, int at, byte[] what) {
            byte[] out = new byte[b.length + what.length];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(what, 0, out, at, what.length);
            System.arraycopy(b, at, out, at + what.length, b.length - at);
            return out;
        }
    }
}
