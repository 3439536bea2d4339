package cn.zhicheng.core.wire;

import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads typed values at named keys of a JSON object, naming the path of whatever is missing or of the wrong kind
 * ({@code entries[3].actor.role is missing}). Every failure is an {@link IllegalArgumentException} whose message
 * starts with that path.
 */
public record WireReader(JsonNode node, String path) {

    /**
     * Duplicate keys are refused: a signed or hashed document with two values for one key could be read one way
     * by its signer and another way by its verifier.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public WireReader {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where(path) + ": expected a JSON object");
        }
    }

    /** Parses a whole document; it must be one JSON object. */
    public static WireReader parse(byte[] json) {
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the document: not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("the document: cannot be read: " + e.getMessage());
        }
        return new WireReader(node, "");
    }

    public JsonNode node(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(at(key) + " is missing");
        }
        return v;
    }

    public Optional<JsonNode> optional(String key) {
        return Optional.ofNullable(node.get(key)).filter(v -> !v.isNull());
    }

    public String text(String key) {
        JsonNode v = node(key);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at(key) + " must be text");
        }
        return v.textValue();
    }

    public Optional<String> optionalText(String key) {
        return optional(key).map(v -> {
            if (!v.isTextual()) {
                throw new IllegalArgumentException(at(key) + " must be text");
            }
            return v.textValue();
        });
    }

    public long number(String key) {
        JsonNode v = node(key);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(at(key) + " must be a whole number");
        }
        return v.longValue();
    }

    /** A lower-case hex SHA-256 (64 characters). */
    public String sha256(String key) {
        String v = text(key);
        if (!isSha256(v)) {
            throw new IllegalArgumentException(at(key) + " must be 64 lower-case hex digits (a SHA-256)");
        }
        return v;
    }

    public LocalDate date(String key) {
        try {
            return LocalDate.parse(text(key));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(at(key) + " must be a date YYYY-MM-DD");
        }
    }

    /** An instant in UTC, written as {@link Instant#toString()} writes it (决定 D-14: stored instants are UTC). */
    public Instant instant(String key) {
        String v = text(key);
        try {
            Instant i = Instant.parse(v);
            if (i.toString().equals(v)) {
                return i;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new IllegalArgumentException(at(key) + " must be a UTC instant such as 2026-05-01T02:30:00Z");
    }

    public <E extends Enum<E>> E term(String key, Class<E> type) {
        return term(node(key), at(key), type);
    }

    public boolean bool(String key) {
        JsonNode v = node(key);
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(at(key) + " must be true or false");
        }
        return v.booleanValue();
    }

    public Optional<LocalDate> optionalDate(String key) {
        return optional(key).map(v -> date(key));
    }

    /** A text in both languages, {@code {"zh": …, "en": …}}. */
    public Text bilingual(String key) {
        WireReader t = object(key);
        return new Text(t.text("zh"), t.text("en"));
    }

    /** A list item (or any value) that must be text. */
    public static String text(JsonNode value, String path) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(path + " must be text");
        }
        return value.textValue();
    }

    /** A list item (or any value) that must name a constant of {@code type}. */
    public static <E extends Enum<E>> E term(JsonNode value, String path, Class<E> type) {
        String name = text(value, path);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": unknown value " + name);
        }
    }

    public WireReader object(String key) {
        JsonNode v = node(key);
        if (!v.isObject()) {
            throw new IllegalArgumentException(at(key) + " must be an object");
        }
        return new WireReader(v, at(key));
    }

    public Optional<WireReader> optionalObject(String key) {
        return optional(key).map(v -> object(key));
    }

    public <T> List<T> list(String key, BiFunction<JsonNode, String, T> item) {
        JsonNode v = node(key);
        if (!v.isArray()) {
            throw new IllegalArgumentException(at(key) + " must be a list");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(item.apply(v.get(i), at(key) + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    /** The path of a key below this object, as problems name it. */
    public String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public static boolean isSha256(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
                && HexFormat.of().parseHex(s).length == 32;
    }

    private static String where(String path) {
        return path.isEmpty() ? "the document" : path;
    }
}
