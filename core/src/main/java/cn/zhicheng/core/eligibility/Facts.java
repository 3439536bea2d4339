package cn.zhicheng.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts of a finding: typed values — text, whole numbers, decimals, booleans, dates, policy enums and lists of
 * these — held in key order, so the same decision always has the same facts in the same order.
 */
public final class Facts {

    private Facts() {
    }

    public static Map<String, Object> sorted(Map<String, Object> facts) {
        TreeMap<String, Object> out = new TreeMap<>();
        facts.forEach((key, value) -> out.put(key, typed(key, value)));
        return Collections.unmodifiableMap(out);
    }

    /** Whether a value is one of the fact types; ints widen to long so a number has one type. */
    static Object typed(String key, Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof String || value instanceof Long || value instanceof Boolean || value instanceof LocalDate
                || value instanceof BigDecimal || value instanceof Enum<?>) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(x -> typed(key, x)).toList();
        }
        throw new IllegalArgumentException("fact " + key + " has an untyped value: "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
