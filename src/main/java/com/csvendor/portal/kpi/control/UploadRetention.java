package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.ImportStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How long the stored copy of an uploaded file is kept ({@code portal.upload.retention-days}): it
 * serves re-runs and audit, and goes once the newest import that refers to it (a duplicate refers
 * to the original's copy) is older than the retention period and none of them is still queued or
 * running. The import records, with the file's name, size and SHA-256, stay.
 */
public final class UploadRetention {

    private final Duration keep;

    public UploadRetention(int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("portal.upload.retention-days must be at least 1, not " + retentionDays);
        }
        this.keep = Duration.ofDays(retentionDays);
    }

    /** The uploads before this instant are past the retention period. */
    public Instant cutoff(Instant now) {
        return now.minus(keep);
    }

    /**
     * Whether the stored copy may go now, given when the newest import referring to it was uploaded
     * and the states of all imports referring to it.
     */
    public boolean expired(Instant newestUpload, Collection<ImportStatus> states, Instant now) {
        return newestUpload.isBefore(cutoff(now)) && states.stream().allMatch(ImportStatus::finished);
    }
}
