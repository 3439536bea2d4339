package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/** Names of the kinds of value a key expects, as refusals to render in either language. */
final class Kinds {

    private Kinds() {
    }

    static Refusal of(Class<?> type) {
        if (type.isEnum()) {
            return Refusal.of("kind.oneOf", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Refusal.of("kind.integer");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return Refusal.of("kind.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Refusal.of("kind.boolean");
        }
        if (type == LocalDate.class) {
            return Refusal.of("kind.date");
        }
        if (type == String.class) {
            return Refusal.of("kind.text");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Refusal.of("kind.list");
        }
        return Refusal.of("kind.mapping");
    }

    static Refusal token(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> Refusal.of("kind.list");
            case START_OBJECT -> Refusal.of("kind.mapping");
            case VALUE_TRUE, VALUE_FALSE -> Refusal.of("kind.boolean");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Refusal.of("kind.number");
            case VALUE_NULL -> Refusal.of("kind.null");
            default -> Refusal.of("kind.text");
        };
    }
}
