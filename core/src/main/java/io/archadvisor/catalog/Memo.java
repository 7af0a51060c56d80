package io.archadvisor.catalog;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from immutable keys, computed once and shared by every thread: version texts parsed, an entry's
 * lookup keys, what a review derives from its entry and version. Bounded, since live catalogs make new entries on every
 * update: when full, it starts afresh. Computing a value twice under a race is harmless, as the values are equal.
 */
final class Memo<K, V> {

    private final int limit;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    Memo(int limit) {
        this.limit = limit;
    }

    V get(K key, Function<? super K, ? extends V> compute) {
        V v = values.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (values.size() >= limit) {
                values.clear();
            }
            values.putIfAbsent(key, v);
        }
        return v;
    }
}
