package com.csvendor.portal.kpi.entity;

/**
 * QUEUED → RUNNING → PUBLISHED (every row valid, now visible) or REJECTED (some row or the file is
 * invalid: nothing imported) or FAILED (interrupted: a crash, a shutdown, a fault; nothing
 * imported, run it again). DUPLICATE: the same bytes were already published, nothing to do.
 */
public enum ImportStatus {
    QUEUED, RUNNING, PUBLISHED, REJECTED, FAILED, DUPLICATE;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    /** May be run again from its stored file. */
    public boolean rerunnable() {
        return this == REJECTED || this == FAILED;
    }
}
