package com.csvendor.portal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small read-through cache for values read on every request and changed rarely (the signed-in
 * user, their scorecard weights). Whoever changes the underlying rows calls {@link #evict} in the
 * changing transaction and again after it completed: a value read before the change committed but
 * stored after the eviction would otherwise stay stale, so a read only stores its value when no
 * eviction happened while it was reading. Entries also expire after a short time, for changes
 * made outside the application. Absent values are not kept.
 */
public class ReadCache<K, V> {

    private final Duration ttl;
    private final Clock clock;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    private record Entry<V>(V value, Instant expires) {
    }

    public ReadCache(Duration ttl, Clock clock, int maxEntries) {
        this.ttl = ttl;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    /** The kept value, or the loader's (kept unless an eviction ran meanwhile or it is empty). */
    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        return get(key, loader, v -> true);
    }

    /**
     * The same, but a kept value is used only while {@code current} says it still is: for values
     * changed by other portal instances, whose evictions never reach this one, checked against
     * something cheaper to read than the value (a version number).
     */
    public Optional<V> get(K key, Function<K, Optional<V>> loader, Predicate<V> current) {
        Entry<V> entry = entries.get(key);
        if (entry != null && clock.instant().isBefore(entry.expires()) && current.test(entry.value())) {
            return Optional.of(entry.value());
        }
        long before = evictions.get();
        Optional<V> loaded = loader.apply(key);
        if (loaded.isPresent() && evictions.get() == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(loaded.get(), clock.instant().plus(ttl)));
        }
        return loaded;
    }

    public void evict(K key) {
        evictions.incrementAndGet();
        entries.remove(key);
    }
}
