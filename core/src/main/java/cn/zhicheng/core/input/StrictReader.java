package cn.zhicheng.core.input;

import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON into a record strictly: unknown keys, wrong types and wrong shapes are all collected (not
 * only the first), then Jakarta Validation runs over what was read. Every problem names the source, the path,
 * the line and column, and the reason as a message key. A hostile input is refused at once: a file over
 * {@value #LARGEST_FILE} bytes, a text over {@value #LONGEST_TEXT} characters, nesting deeper than
 * {@value #DEEPEST_NESTING}, YAML aliases, tags or a second document. Reads nothing but the bytes it is given.
 */
public final class StrictReader {

    /** The syntax of an input. */
    public enum Syntax { YAML, JSON }

    /** The largest input read at all (1 MiB); the largest annex is under 10 KiB, an applicant file under 5 KiB. */
    public static final int LARGEST_FILE = 1 << 20;
    /** The longest text a value may hold before any record's own limit applies. */
    static final int LONGEST_TEXT = 10_000;
    static final int DEEPEST_NESTING = 32;
    private static final int LONGEST_NUMBER = 100;

    private final BilingualValidator validator;

    public StrictReader(BilingualValidator validator) {
        this.validator = validator;
    }

    /**
     * The strict mappers, each built once, when first needed (a command that reads no YAML never builds the YAML
     * one). Each read takes a reader of the mapper with its own problem collector: a reader shares the mapper's
     * deserializers, where a copy of the mapper would build them all again.
     */
    private static final class YamlMappers {
        static final ObjectMapper INSTANCE = mapper(Syntax.YAML);
    }

    private static final class JsonMappers {
        static final ObjectMapper INSTANCE = mapper(Syntax.JSON);
    }

    private static ObjectMapper mapperOf(Syntax syntax) {
        return syntax == Syntax.YAML ? YamlMappers.INSTANCE : JsonMappers.INSTANCE;
    }

    /**
     * A value this program has read and validated, as JSON that {@link #recalled} turns back into an equal value
     * (dates as ISO text, as the strict reader takes them).
     */
    public static byte[] remembered(Object value) {
        try {
            return JsonMappers.INSTANCE.writer().without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Reads back what {@link #remembered} wrote, with the strict JSON mapper (unknown keys, wrong types and shapes
     * still fail) but without validation: only for bytes proven to be what this program wrote of a value it had
     * validated. Throws {@link IOException} on anything else.
     */
    public static <T> T recalled(byte[] json, Class<T> type) throws IOException {
        if (json.length > LARGEST_FILE) {
            throw new IOException("larger than " + LARGEST_FILE + " bytes");
        }
        try {
            T value = JsonMappers.INSTANCE.readerFor(type).readValue(json);
            if (value == null) {
                throw new IOException("empty");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** What SnakeYAML may take on: no more than the reader does. */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(DEEPEST_NESTING + 1);
        options.setCodePointLimit(LARGEST_FILE);
        return options;
    }

    private static JsonFactory factory(Syntax syntax) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(LARGEST_FILE)
                .maxStringLength(LONGEST_TEXT)
                .maxNestingDepth(DEEPEST_NESTING)
                .maxNumberLength(LONGEST_NUMBER)
                .build();
        return syntax == Syntax.YAML
                ? YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(limits).build()
                : JsonFactory.builder().streamReadConstraints(limits).build();
    }

    /** The strict mapper configuration shared by every input. */
    private static ObjectMapper mapper(Syntax syntax) {
        JsonFactory factory = factory(syntax);
        var builder = syntax == Syntax.YAML ? YAMLMapper.builder((YAMLFactory) factory)
                : JsonMapper.builder(factory);
        // Wrong values go to the ProblemCollector, which reports them and lets reading go on (a coercion set to
        // Fail would stop at the first); StrictScalars refuses what YAML or Jackson would otherwise misread.
        return builder
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(StrictScalars.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }

    /**
     * Reads {@code content} as {@code type}; throws {@link InputRejected} with every problem found.
     *
     * @param source how the file is named in messages (a path, or {@code jar!/resource})
     */
    public <T> T read(String source, byte[] content, Syntax syntax, Class<T> type) {
        if (content.length > LARGEST_FILE) {
            throw new InputRejected(List.of(new InputProblem(source, "", 0, 0,
                    Refusal.of("input.tooLarge", content.length, LARGEST_FILE))));
        }
        Utf8.problem(content).ifPresent(f -> {
            throw new InputRejected(List.of(new InputProblem(source, f.path(), f.line(), f.column(), f.refusal())));
        });
        if (syntax == Syntax.YAML) {
            List<InputProblem> screened = YamlScreen.screen(content).stream()
                    .map(f -> new InputProblem(source, f.path(), f.line(), f.column(), f.refusal())).toList();
            if (!screened.isEmpty()) {
                throw new InputRejected(screened);
            }
        }
        ObjectMapper mapper = mapperOf(syntax);
        YamlLines lines = YamlLines.index(mapper.getFactory(), content);
        ProblemCollector collector = new ProblemCollector(source, lines);
        T value = parse(mapper, content, type, collector);
        List<InputProblem> problems = new ArrayList<>(new LinkedHashSet<>(collector.problems()));
        if (value != null) {
            List<String> reported = problems.stream().map(InputProblem::path).toList();
            for (BilingualValidator.Violation v : validator.validate(value)) {
                // a value already refused while reading is not reported again by validation
                if (reported.stream().noneMatch(r -> within(r, v.path()))) {
                    problems.add(new InputProblem(source, v.path(), lines.lineOf(v.path()), lines.columnOf(v.path()),
                            v.refusal()));
                }
            }
        }
        if (!problems.isEmpty()) {
            // stable: on one line, what was refused while reading comes before what validation found
            problems.sort(Comparator.comparingInt(InputProblem::line));
            throw new InputRejected(problems);
        }
        return value;
    }

    private static <T> T parse(ObjectMapper mapper, byte[] content, Class<T> type, ProblemCollector collector) {
        try {
            T value = mapper.readerFor(type).withHandler(collector).<T>readValue(content);
            if (value == null) {
                collector.add("", 1, 1, Refusal.of("input.empty"));
            }
            return value;
        } catch (ValueInstantiationException e) {
            // a record refused what it was given; after a value refused while reading that is only an echo of it
            String path = Paths.of(e.getPath());
            if (collector.problems().stream().noneMatch(p -> within(p.path(), path))) {
                collector.add(path, line(e), column(e), Refusal.of("input.invalid", e.getCause() instanceof
                        IllegalArgumentException bad ? parserWords(bad.getMessage()) : Refusal.of("input.inconsistent")));
            }
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException malformed) {
                collector.add(Paths.of(e.getPath()), line(malformed), column(malformed), syntax(malformed));
            } else {
                collector.add(Paths.of(e.getPath()), line(e), column(e), describe(e));
            }
        } catch (JsonProcessingException e) {
            collector.add("", line(e), column(e), syntax(e));
        } catch (IOException e) {
            collector.add("", 0, 0, Refusal.of("input.cannotRead", parserWords(e.getMessage())));
        } catch (RuntimeException e) {
            // anything else a deserializer threw: still the file's fault, never an internal error
            collector.add("", 0, 0, Refusal.of("input.invalid", parserWords(e.getMessage())));
        }
        return null;
    }

    /** Whether {@code path} is {@code parent} or lies beneath it. */
    private static boolean within(String path, String parent) {
        return path.equals(parent) || parent.isEmpty()
                || path.startsWith(parent) && (path.charAt(parent.length()) == '.' || path.charAt(parent.length()) == '[');
    }

    /** A syntax error or a size limit, in the parser's own words without Java in them. */
    private static Refusal syntax(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return Refusal.of("input.limit", LONGEST_TEXT, DEEPEST_NESTING, LONGEST_NUMBER);
        }
        return Refusal.of("input.syntax", parserWords(e.getOriginalMessage()));
    }

    /** The parser's words, in full and the same in both languages (they are English in both). */
    static Text parserWords(String message) {
        String clean = SyntaxProblems.clean(message);
        return new Text(clean, clean);
    }

    private static int line(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    private static int column(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }

    private static Refusal describe(JsonMappingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("No content to map due to end-of-input")) {
            return Refusal.of("input.empty");
        }
        if (original.contains("Cannot deserialize Map key")) {
            return Refusal.of("input.keyInvalid", parserWords(original));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            // Jackson's own words here are about constructors and coercions: say what belongs here instead
            return Refusal.of("input.expectedKind", Kinds.of(m.getTargetType()));
        }
        return Refusal.of("input.cannotRead", parserWords(original));
    }
}
