package cn.zhicheng.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The facts of a finding: typed values — text, whole numbers, decimals, booleans, dates, policy enums and lists of
 * these — held in key order, so the same decision always has the same facts in the same order.
 */
public final class Facts {

    private static final Map<String, Object> NONE = Map.of();

    private Facts() {
    }

    /**
     * The facts, typed and in key order. Facts already put in order are kept as they are, so a finding copied with
     * one thing changed ({@code withPassesOn}, {@code withEvidence}) does not copy its facts again.
     */
    public static Map<String, Object> sorted(Map<String, Object> facts) {
        if (facts instanceof Sorted || facts == NONE) {
            return facts;
        }
        int n = facts.size();
        if (n == 0) {
            return NONE;
        }
        String[] keys = new String[n];
        Object[] values = new Object[n];
        int i = 0;
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            // insertion sort: a finding has a handful of facts
            String key = e.getKey();
            Object value = typed(key, e.getValue());
            int j = i++;
            while (j > 0 && keys[j - 1].compareTo(key) > 0) {
                keys[j] = keys[j - 1];
                values[j] = values[j - 1];
                j--;
            }
            keys[j] = key;
            values[j] = value;
        }
        return new Sorted(keys, values);
    }

    /**
     * The facts of keys and values given in turn ({@code key, value, key, value, ...}), typed and in key order, as
     * {@link #sorted} would hold the same entries, without building a map first. A key given twice is refused.
     */
    static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come as keys and values in turn");
        }
        return first(keysAndValues.length / 2, keysAndValues);
    }

    /** The facts of the first {@code n} keys and values given in turn in {@code keysAndValues}. */
    static Map<String, Object> first(int n, Object[] keysAndValues) {
        if (n == 0) {
            return NONE;
        }
        String[] keys = new String[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            String key = (String) keysAndValues[2 * i];
            Object value = typed(key, keysAndValues[2 * i + 1]);
            int j = i;
            while (j > 0 && keys[j - 1].compareTo(key) > 0) {
                keys[j] = keys[j - 1];
                values[j] = values[j - 1];
                j--;
            }
            if (j > 0 && keys[j - 1].equals(key)) {
                throw new IllegalArgumentException("fact " + key + " is given twice");
            }
            keys[j] = key;
            values[j] = value;
        }
        return new Sorted(keys, values);
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
            return typedList(key, list);
        }
        throw new IllegalArgumentException("fact " + key + " has an untyped value: "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** The list typed element by element; a list with nothing to widen is only made immutable (not copied if it is). */
    private static List<Object> typedList(String key, List<?> list) {
        Object[] out = null;
        for (int i = 0; i < list.size(); i++) {
            Object x = list.get(i);
            Object t = typed(key, x);
            if (t != x && out == null) {
                out = list.toArray();
            }
            if (out != null) {
                out[i] = t;
            }
        }
        return out == null ? List.<Object>copyOf(list) : List.of(out);
    }

    /** An immutable map over keys in ascending order and their values; equal to any map of the same entries. */
    private static final class Sorted extends AbstractMap<String, Object> {

        private final String[] keys;
        private final Object[] values;

        Sorted(String[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String && Arrays.binarySearch(keys, key) >= 0;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String)) {
                return null;
            }
            int at = Arrays.binarySearch(keys, key);
            return at < 0 ? null : values[at];
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int at = next++;
                            return new SimpleImmutableEntry<>(keys[at], values[at]);
                        }
                    };
                }
            };
        }
    }
}
