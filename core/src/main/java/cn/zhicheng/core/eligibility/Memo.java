package cn.zhicheng.core.eligibility;

import java.util.IdentityHashMap;
import java.util.function.Function;

/**
 * What the engine says of one immutable piece of the criteria (a path's clause and requirement in words, an
 * achievement's rule id), worked out once per object and then looked up by identity. Reads take no lock: the table
 * is replaced, never changed, when an entry is added. It holds at most {@code bound} entries and starts afresh
 * when full, so criteria built and dropped (tests, reloads) are not kept alive for ever.
 */
final class Memo<K, V> {

    private final Function<K, V> compute;
    private final int bound;
    private volatile IdentityHashMap<K, V> table = new IdentityHashMap<>();

    Memo(Function<K, V> compute, int bound) {
        this.compute = compute;
        this.bound = bound;
    }

    V get(K key) {
        V value = table.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        synchronized (this) {
            IdentityHashMap<K, V> next = table.size() >= bound ? new IdentityHashMap<>() : new IdentityHashMap<>(table);
            next.put(key, value);
            table = next;
        }
        return value;
    }
}
