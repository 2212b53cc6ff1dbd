package com.csvendor.portal.job.boundary;

import com.csvendor.portal.job.entity.BackgroundJob;
import com.csvendor.portal.job.entity.JobState;
import java.io.Serializable;
import java.time.Instant;

/**
 * A job's status as the API and the pages show it: done of total work items, when it was requested,
 * began and ended, the summary or the error. Serializable: the statement list's view scope keeps it in
 * the session, which must serialize.
 */
public record JobView(long id, String kind, JobState state, int done, int total, String summary, String error,
        String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt) implements Serializable {

    public static JobView of(BackgroundJob j) {
        return new JobView(j.getId(), j.getKind(), j.getState(), j.getDone(), j.getTotal(), j.getSummary(),
                j.getError(), j.getRequestedBy(), j.getRequestedAt(), j.getStartedAt(), j.getFinishedAt());
    }

    /** Percent done for a progress bar; 0 until the total is known. */
    public int percent() {
        return total == 0 ? (state == JobState.DONE ? 100 : 0) : (int) (100L * done / total);
    }
}
