package com.csvendor.portal.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing down without locking anybody out: per key (a user name with a client address, or
 * a client address) the first {@code freeFailures} failures cost nothing; after that each further
 * attempt must wait a delay that doubles with every failure, from {@code firstDelay} up to
 * {@code maxDelay}. An attempt inside the delay is refused without looking at the password and is
 * not counted, so the wait never grows past {@code maxDelay}. A success clears the key; a key
 * without a failure for {@code forgetAfter} is forgotten.
 */
public class LoginThrottle {

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt is looked at; zero if it may try now. */
    public Duration wait(String key) {
        Failures f = current(key);
        if (f == null || f.count() <= freeFailures) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), f.last().plus(delay(f.count())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> f == null || expired(f, now) ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
        if (failures.size() > 100_000) {
            failures.values().removeIf(f -> expired(f, now));
        }
    }

    public void recordSuccess(String key) {
        failures.remove(key);
    }

    /** The wait after the given number of failures: doubling from the first one past the free ones. */
    Duration delay(int count) {
        int doublings = Math.min(count - freeFailures - 1, 30);
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private Failures current(String key) {
        Failures f = failures.get(key);
        return f == null || expired(f, clock.instant()) ? null : f;
    }

    private boolean expired(Failures f, Instant now) {
        return f.last().plus(forgetAfter).isBefore(now);
    }

    private record Failures(int count, Instant last) {
    }
}
