package com.csvendor.portal.job.control;

import java.time.Duration;
import java.time.Instant;

/** When a job that still holds its kind's lock is taken for dead. */
public final class JobRules {

    /**
     * A running job beats its heartbeat after every contract; one contract's evaluation and
     * statements take about a second, so five minutes of silence means its instance is gone.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private JobRules() {
    }

    /** Whether a job whose last heartbeat was at {@code heartbeat} is taken for dead at {@code now}. */
    public static boolean stale(Instant heartbeat, Instant now, Duration after) {
        return heartbeat.plus(after).isBefore(now);
    }
}
