package com.csvendor.portal.platform;

import java.time.Duration;

/**
 * A piece of scheduled work that must run on one portal instance only, named for its lock row.
 * {@code atMostFor} is how long a run may hold the lock: longer than the job ever takes, since past
 * it another instance may start the job again — and also how long a run whose instance died keeps
 * the others out. {@code atLeastFor} keeps the lock that long even after a quick run, so that the
 * same trigger firing a little later on another instance (timers and clocks are never exactly
 * together) finds it taken.
 */
public record ClusterJob(String name, Duration atMostFor, Duration atLeastFor) {

    public ClusterJob {
        if (name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("a job's lock name has 1 to 64 characters: " + name);
        }
        if (atLeastFor.isNegative() || atLeastFor.compareTo(atMostFor) > 0) {
            throw new IllegalArgumentException("lock at least " + atLeastFor + " but at most " + atMostFor);
        }
    }
}
