package com.csvendor.portal.job.entity;

/** QUEUED until the executor picks it up, RUNNING, then DONE or FAILED for good. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    /** Whether the job still holds its kind's lock. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
