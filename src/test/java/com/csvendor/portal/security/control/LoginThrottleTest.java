package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(15), new MemoryStore(), clock);

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(key);
        }
    }

    @Test
    void theFreeFailuresCostNothing() {
        fail("k", 3);
        assertEquals(Duration.ZERO, throttle.wait("k"));
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWaitUpToTheMaximum() {
        fail("k", 4);
        assertEquals(Duration.ofSeconds(1), throttle.wait("k"));
        fail("k", 1);
        assertEquals(Duration.ofSeconds(2), throttle.wait("k"));
        fail("k", 1);
        assertEquals(Duration.ofSeconds(4), throttle.wait("k"));
        fail("k", 20);
        assertEquals(Duration.ofSeconds(60), throttle.wait("k"), "never more than the maximum: a slowdown, not a lockout");
    }

    @Test
    void theWaitRunsDownWithTimeAndOtherKeysAreNotAffected() {
        fail("user:a@1", 5);
        assertEquals(Duration.ofSeconds(2), throttle.wait("user:a@1"));
        assertEquals(Duration.ZERO, throttle.wait("user:a@2"), "the same user from another address");
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(500), throttle.wait("user:a@1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.wait("user:a@1"));
    }

    @Test
    void successClearsAndQuietTimeForgets() {
        fail("k", 6);
        throttle.recordSuccess("k");
        assertEquals(Duration.ZERO, throttle.wait("k"));
        fail("q", 6);
        clock.advance(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, throttle.wait("q"));
        fail("q", 1);
        assertEquals(Duration.ZERO, throttle.wait("q"), "counting starts again after a quiet quarter of an hour");
    }

    /** The store's contract as {@link LoginFailures} keeps it in the database (LoginFailuresOnH2Test). */
    static final class MemoryStore implements LoginThrottle.Store {
        private final Map<String, LoginThrottle.Failures> failures = new HashMap<>();

        @Override
        public Optional<LoginThrottle.Failures> find(String key) {
            return Optional.ofNullable(failures.get(key));
        }

        @Override
        public void countFailure(String key, Instant at, Instant forgottenBefore) {
            failures.compute(key, (k, f) -> new LoginThrottle.Failures(
                    f == null || f.last().isBefore(forgottenBefore) ? 1 : f.count() + 1, at));
        }

        @Override
        public void clear(String key) {
            failures.remove(key);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
