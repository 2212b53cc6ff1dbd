package com.csvendor.portal.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows guessing down without locking anybody out: per key (a user name with a client address, or
 * a client address) the first {@code freeFailures} failures cost nothing; after that each further
 * attempt must wait a delay that doubles with every failure, from {@code firstDelay} up to
 * {@code maxDelay}. An attempt inside the delay is refused without looking at the password and is
 * not counted, so the wait never grows past {@code maxDelay}. A success clears the key; a key
 * without a failure for {@code forgetAfter} is forgotten. The failures are counted in a
 * {@link Store} every portal instance shares, so the delays hold whichever instance is asked.
 */
public class LoginThrottle {

    /** Where failures are counted ({@link LoginFailures} in the shared database). */
    public interface Store {

        Optional<Failures> find(String key);

        /**
         * Counts a failure at {@code at} in one step, however many instances count at once: one
         * more, or the first again when the key's last failure was before {@code forgottenBefore}.
         */
        void countFailure(String key, Instant at, Instant forgottenBefore);

        void clear(String key);
    }

    /** A key's failures so far and when the last one happened. */
    public record Failures(int count, Instant last) {
    }

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Store store;
    private final Clock clock;

    public LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, Store store,
            Clock clock) {
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.store = store;
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt is looked at; zero if it may try now. */
    public Duration wait(String key) {
        Instant now = clock.instant();
        Optional<Failures> current = store.find(key).filter(f -> !f.last().isBefore(forgottenBefore(now)));
        if (current.isEmpty() || current.get().count() <= freeFailures) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, current.get().last().plus(delay(current.get().count())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        store.countFailure(key, now, forgottenBefore(now));
    }

    public void recordSuccess(String key) {
        store.clear(key);
    }

    /** Failures before this instant no longer count. */
    public Instant forgottenBefore(Instant now) {
        return now.minus(forgetAfter);
    }

    /** The wait after the given number of failures: doubling from the first one past the free ones. */
    Duration delay(int count) {
        int doublings = Math.min(count - freeFailures - 1, 30);
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
