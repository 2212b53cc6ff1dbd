package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void readsOnceUntilEvictedOrExpired() {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), Clock.fixed(T0, ZoneOffset.UTC), 10);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of("v1"), cache.get("a", k -> Optional.of("v" + loads.incrementAndGet())));
        }
        assertEquals(1, loads.get());
        cache.evict("a");
        assertEquals(Optional.of("v2"), cache.get("a", k -> Optional.of("v" + loads.incrementAndGet())));

        ReadCache<String, String> later = new ReadCache<>(Duration.ofMinutes(1), Clock.fixed(T0, ZoneOffset.UTC), 10);
        later.get("a", k -> Optional.of("old"));
        ReadCache<String, String> expired = new ReadCache<>(Duration.ZERO, Clock.fixed(T0, ZoneOffset.UTC), 10);
        expired.get("a", k -> Optional.of("old"));
        assertEquals(Optional.of("new"), expired.get("a", k -> Optional.of("new")));
    }

    @Test
    void aValueReadWhileAnEvictionRanIsNotKept() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), Clock.systemUTC(), 10);
        // The read sees the row before the change commits; the change's eviction runs before the read stores it.
        assertEquals(Optional.of("before change"), cache.get("a", k -> {
            cache.evict("a");
            return Optional.of("before change");
        }));
        assertEquals(Optional.of("after change"), cache.get("a", k -> Optional.of("after change")));
    }

    @Test
    void absentValuesAreNotKept() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), Clock.systemUTC(), 10);
        assertTrue(cache.get("new user", k -> Optional.empty()).isEmpty());
        assertEquals(Optional.of("created"), cache.get("new user", k -> Optional.of("created")));
    }

    @Test
    void neverHoldsMoreThanItsLimit() {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<Integer, Integer> cache = new ReadCache<>(Duration.ofMinutes(1), Clock.systemUTC(), 2);
        for (int i = 0; i < 3; i++) {
            cache.get(i, k -> Optional.of(loads.incrementAndGet()));
        }
        cache.get(0, k -> Optional.of(loads.incrementAndGet()));
        assertEquals(4, loads.get(), "the third entry cleared the full cache, so the first is read again");
    }

    @Test
    void aKeptValueIsUsedOnlyWhileItIsStillCurrent() {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofMinutes(1), Clock.fixed(T0, ZoneOffset.UTC), 10);
        int[] currentVersion = {1};
        for (int i = 0; i < 3; i++) {
            cache.get("a", k -> Optional.of(currentVersion[0] + 0 * loads.incrementAndGet()),
                    kept -> kept == currentVersion[0]);
        }
        assertEquals(1, loads.get());
        currentVersion[0] = 2;
        assertEquals(Optional.of(2), cache.get("a", k -> Optional.of(currentVersion[0] + 0 * loads.incrementAndGet()),
                kept -> kept == currentVersion[0]), "changed elsewhere: read again although not evicted here");
        assertEquals(2, loads.get());
    }
}
