package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void blocksAfterTheLimitWithinTheWindow() {
        throttle.recordFailure("user:a");
        throttle.recordFailure("user:a");
        assertFalse(throttle.isBlocked("user:a"));
        throttle.recordFailure("user:a");
        assertTrue(throttle.isBlocked("user:a"));
        assertFalse(throttle.isBlocked("user:b"));
    }

    @Test
    void unblocksOnceTheOldestFailureLeavesTheWindow() {
        throttle.recordFailure("k");
        clock.advance(Duration.ofMinutes(10));
        throttle.recordFailure("k");
        throttle.recordFailure("k");
        assertTrue(throttle.isBlocked("k"));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertFalse(throttle.isBlocked("k"));
    }

    @Test
    void successClearsTheCount() {
        throttle.recordFailure("k");
        throttle.recordFailure("k");
        throttle.recordSuccess("k");
        throttle.recordFailure("k");
        throttle.recordFailure("k");
        assertFalse(throttle.isBlocked("k"));
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-11T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
