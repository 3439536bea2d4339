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

    public static <T> Set<T> set(Set<T> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An immutable copy, or an empty list for null. */
    public static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : list(values);
    }
}
