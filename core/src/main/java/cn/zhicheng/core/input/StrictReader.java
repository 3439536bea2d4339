package cn.zhicheng.core.input;

import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Reads YAML or JSON into a record strictly: unknown keys, wrong types and wrong shapes are all collected (not
 * only the first), then Jakarta Validation runs over what was read. Every problem names the source, the path,
 * the line and the reason in Chinese and English. Reads nothing but the bytes it is given.
 */
public final class StrictReader {

    /** The syntax of an input. */
    public enum Syntax { YAML, JSON }

    private final BilingualValidator validator;

    public StrictReader(BilingualValidator validator) {
        this.validator = validator;
    }

    /** The strict mappers, built once; each read adds its own problem collector to a copy. */
    private static final java.util.Map<Syntax, ObjectMapper> MAPPERS = java.util.Map.of(
            Syntax.YAML, mapper(Syntax.YAML), Syntax.JSON, mapper(Syntax.JSON));

    /** The strict mapper configuration shared by every input. */
    private static ObjectMapper mapper(Syntax syntax) {
        var builder = syntax == Syntax.YAML ? YAMLMapper.builder() : JsonMapper.builder();
        ObjectMapper mapper = builder
                .addModule(new JavaTimeModule())
                .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                .addModule(UnquotedNumbers.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        // Wrong values go to the Collector below, which reports them and lets reading go on (a coercion set to
        // Fail would stop at the first); quoted numbers are refused the same way (UnquotedNumbers).
        return mapper;
    }

    /**
     * Reads {@code content} as {@code type}; throws {@link InputRejected} with every problem found.
     *
     * @param source how the file is named in messages (a path, or {@code jar!/resource})
     */
    public <T> T read(String source, byte[] content, Syntax syntax, Class<T> type) {
        ObjectMapper mapper = MAPPERS.get(syntax);
        YamlLines lines = YamlLines.index(mapper.getFactory(), content);
        Collector collector = new Collector(source, lines);
        T value = null;
        try {
            value = mapper.copy().addHandler(collector).readValue(content, type);
            if (value == null) {
                collector.add("", 1, new Text("文件为空", "the file is empty"));
            }
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException malformed) {
                collector.add(Paths.of(e.getPath()), line(malformed), syntaxError(malformed));
            } else {
                collector.add(Paths.of(e.getPath()), line(e), describe(e));
            }
        } catch (JsonProcessingException e) {
            collector.add("", line(e), syntaxError(e));
        } catch (IOException e) {
            collector.add("", 0, new Text("无法读取：" + e.getMessage(), "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            // a value constructor refused its arguments
            collector.add("", 0, new Text("取值无效：" + e.getMessage(), "invalid value: " + e.getMessage()));
        }
        List<InputProblem> problems = new ArrayList<>(new java.util.LinkedHashSet<>(collector.problems));
        if (value != null) {
            List<String> reported = problems.stream().map(InputProblem::path).toList();
            for (BilingualValidator.Violation v : validator.validate(value)) {
                // a value already refused while reading is not reported again by validation
                if (reported.stream().noneMatch(r -> within(r, v.path()))) {
                    problems.add(new InputProblem(source, v.path(), lines.lineOf(v.path()), v.reason()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(InputProblem::line));
            throw new InputRejected(problems);
        }
        return value;
    }

    /** Whether {@code path} is {@code parent} or lies beneath it. */
    private static boolean within(String path, String parent) {
        return path.equals(parent) || parent.isEmpty()
                || path.startsWith(parent) && (path.charAt(parent.length()) == '.' || path.charAt(parent.length()) == '[');
    }

    private static Text syntaxError(JsonProcessingException e) {
        String msg = firstLine(e.getOriginalMessage());
        return new Text("语法错误：" + msg, "syntax error: " + msg);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static Text describe(JsonMappingException e) {
        String msg = e.getOriginalMessage();
        if (msg != null && msg.contains("Cannot deserialize Map key")) {
            return new Text("键无效：" + firstLine(msg), "invalid key: " + firstLine(msg));
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return new Text("取值无效，应为" + Kinds.of(m.getTargetType()).zh() + "：" + firstLine(msg),
                    "invalid value, expected " + Kinds.of(m.getTargetType()).en() + ": " + firstLine(msg));
        }
        return new Text("无法读取：" + firstLine(msg), "cannot read: " + firstLine(msg));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** What a refused value is read as, so reading can go on: 0 or false for primitives, else null. */
    private static Object defaultOf(Class<?> type) {
        return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
    }

    /** Collects problems and lets Jackson go on, so one run reports them all. */
    private static final class Collector extends DeserializationProblemHandler {
        private final String source;
        private final YamlLines lines;
        private final List<InputProblem> problems = new ArrayList<>();

        Collector(String source, YamlLines lines) {
            this.source = source;
            this.lines = lines;
        }

        /** Tokens replayed from a buffer (polymorphic values) have no location: look the line up by path. */
        void add(String path, int line, Text reason) {
            problems.add(new InputProblem(source, path, line > 0 ? line : lines.lineOf(path), reason));
        }

        private void add(DeserializationContext ctxt, Text reason) {
            JsonParser p = ctxt.getParser();
            add(Paths.of(p.getParsingContext()), p.currentLocation().getLineNr(), reason);
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            String allowed = known == null ? "" : known.stream().map(String::valueOf).sorted().toList().toString();
            Text reason = new Text("未知的键“" + propertyName + "”，允许的键：" + allowed,
                    "unknown key '" + propertyName + "'; allowed keys: " + allowed);
            add(Paths.of(p.getParsingContext()), p.currentLocation().getLineNr(), reason);
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
                                             String valueToConvert, String failureMsg) {
            Kinds.Kind kind = Kinds.of(targetType);
            boolean quotedNumber = valueToConvert.trim().matches("-?\\d+(\\.\\d+)?");
            add(ctxt, quotedNumber
                    ? new Text("取值“" + valueToConvert + "”应为" + kind.zh() + "，数字不加引号",
                            "'" + valueToConvert + "' must be " + kind.en() + ", written without quotes")
                    : new Text("取值“" + valueToConvert + "”无效，应为" + kind.zh(),
                            "invalid value '" + valueToConvert + "', expected " + kind.en()));
            return defaultOf(targetType);
        }

        @Override
        public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue,
                                     String failureMsg) {
            Kinds.Kind kind = Kinds.of(rawKeyType);
            JsonParser p = ctxt.getParser();
            String parent = Paths.of(p.getParsingContext().getParent());
            add((parent.isEmpty() ? "" : parent + ".") + keyValue, p.currentLocation().getLineNr(),
                    new Text("键“" + keyValue + "”无效，应为" + kind.zh(), "invalid key '" + keyValue + "', expected "
                            + kind.en()));
            return null; // kept as a null key; validation of the rest goes on
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
                                             Number valueToConvert, String failureMsg) {
            Kinds.Kind kind = Kinds.of(targetType);
            add(ctxt, new Text("取值“" + valueToConvert + "”无效，应为" + kind.zh(),
                    "invalid value '" + valueToConvert + "', expected " + kind.en()));
            return defaultOf(targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            Kinds.Kind kind = Kinds.of(targetType.getRawClass());
            Kinds.Kind found = t == null ? new Kinds.Kind("?", "?") : t.isScalarValue()
                    ? new Kinds.Kind("“" + p.getText() + "”", "'" + p.getText() + "'") : Kinds.token(t);
            // at the start of a list or mapping the parser has entered it already; the value is its parent's
            var context = t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT
                    ? p.getParsingContext().getParent() : p.getParsingContext();
            add(Paths.of(context), p.currentLocation().getLineNr(), new Text(
                    "此处应为" + kind.zh() + "，实为" + found.zh(), "expected " + kind.en() + ", found " + found.en()));
            p.skipChildren();
            return defaultOf(targetType.getRawClass());
        }

        @Override
        public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
                                            TypeIdResolver idResolver, String failureMsg) {
            String known = idResolver.getDescForKnownTypeIds();
            add(ctxt, new Text("未知的类型“" + subTypeId + "”，允许：" + known,
                    "unknown type '" + subTypeId + "'; allowed: " + known));
            return ctxt.constructType(Void.class); // read as null and go on
        }

        @Override
        public JavaType handleMissingTypeId(DeserializationContext ctxt, JavaType baseType,
                                            TypeIdResolver idResolver, String failureMsg) {
            String known = idResolver.getDescForKnownTypeIds();
            add(ctxt, new Text("缺少键“type”，允许：" + known, "missing key 'type'; allowed: " + known));
            return ctxt.constructType(Void.class); // read as null and go on
        }
    }

    /** Names of the kinds of value a key expects, in both languages. */
    static final class Kinds {
        record Kind(String zh, String en) {
        }

        static Kind of(Class<?> type) {
            if (type.isEnum()) {
                String values = Arrays.toString(type.getEnumConstants());
                return new Kind("以下之一 " + values, "one of " + values);
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return new Kind("整数", "an integer");
            }
            if (Number.class.isAssignableFrom(type) || type == double.class) {
                return new Kind("数字", "a number");
            }
            if (type == boolean.class || type == Boolean.class) {
                return new Kind("布尔值 true/false", "a boolean true/false");
            }
            if (type == java.time.LocalDate.class) {
                return new Kind("日期 YYYY-MM-DD", "a date YYYY-MM-DD");
            }
            if (type == String.class) {
                return new Kind("文本", "text");
            }
            if (Collection.class.isAssignableFrom(type)) {
                return new Kind("列表", "a list");
            }
            return new Kind("键值映射", "a mapping of keys");
        }

        static Kind token(JsonToken t) {
            return switch (t) {
                case START_ARRAY -> new Kind("列表", "a list");
                case START_OBJECT -> new Kind("键值映射", "a mapping of keys");
                default -> new Kind(t.name(), t.name());
            };
        }
    }
}
