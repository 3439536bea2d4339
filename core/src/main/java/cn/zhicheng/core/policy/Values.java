package cn.zhicheng.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable copies that keep null elements. Values read from files may hold a null where a mistake was found;
 * keeping it lets validation name that element instead of the copy failing first. Null stays null.
 */
public final class Values {

    private Values() {
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * An immutable copy in a stable order: comparable elements (policy enums) sorted, so that a set read from a file
     * iterates the same way in every JVM — a {@code HashSet} of enums iterates by identity hash, which differs
     * from run to run.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Set<T> set(Set<T> values) {
        if (values == null) {
            return null;
        }
        List<T> ordered = new ArrayList<>(values);
        if (ordered.stream().allMatch(v -> v == null || v instanceof Comparable)) {
            ordered.sort(java.util.Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b)));
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
    }

    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An immutable copy, or an empty list for null. */
    public static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : list(values);
    }
}
