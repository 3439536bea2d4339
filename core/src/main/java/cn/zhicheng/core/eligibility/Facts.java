package cn.zhicheng.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
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
        Object[] keysAndValues = new Object[2 * n];
        int i = 0;
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            keysAndValues[i++] = e.getKey();
            keysAndValues[i++] = e.getValue();
        }
        return first(n, keysAndValues);
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

    /**
     * The facts of the first {@code n} keys and values given in turn in {@code keysAndValues}, which the facts then
     * own: they are put in key order in that array, which no one may change or read afterwards.
     */
    static Map<String, Object> first(int n, Object[] keysAndValues) {
        if (n == 0) {
            return NONE;
        }
        Object[] kv = keysAndValues;
        for (int i = 0; i < n; i++) {
            // insertion sort: a finding has a handful of facts, most often given in key order already
            String key = (String) kv[2 * i];
            Object value = typed(key, kv[2 * i + 1]);
            int j = i;
            while (j > 0 && ((String) kv[2 * j - 2]).compareTo(key) > 0) {
                kv[2 * j] = kv[2 * j - 2];
                kv[2 * j + 1] = kv[2 * j - 1];
                j--;
            }
            if (j > 0 && kv[2 * j - 2].equals(key)) {
                throw new IllegalArgumentException("fact " + key + " is given twice");
            }
            kv[2 * j] = key;
            kv[2 * j + 1] = value;
        }
        return new Sorted(kv, n);
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
    @SuppressWarnings("unchecked")
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
        return out == null ? Owned.copyOf((List<Object>) list) : Owned.of(out);
    }

    /**
     * An immutable map over keys in ascending order and their values, held in turn in one array; equal to any map of
     * the same entries.
     */
    private static final class Sorted extends AbstractMap<String, Object> {

        private final Object[] keysAndValues;
        private final int size;

        Sorted(Object[] keysAndValues, int size) {
            this.keysAndValues = keysAndValues;
            this.size = size;
        }

        private int indexOf(Object key) {
            if (!(key instanceof String k)) {
                return -1;
            }
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = ((String) keysAndValues[2 * mid]).compareTo(k);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public Object get(Object key) {
            int at = indexOf(key);
            return at < 0 ? null : keysAndValues[2 * at + 1];
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int at = next++;
                            return new SimpleImmutableEntry<>((String) keysAndValues[2 * at],
                                    keysAndValues[2 * at + 1]);
                        }
                    };
                }
            };
        }
    }
}
