package com.csvendor.portal.job.entity;

import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A background job's status and its kind's lock (sql/V11_7): {@code runningKind} is the kind while
 * the job is active and null once it ended, under a unique key.
 */
@Entity
@Table(name = "background_job")
public class BackgroundJob {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "running_kind", length = 40)
    private String runningKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JobState state;

    @Column(name = "done_count", nullable = false)
    private int done;

    @Column(name = "total_count", nullable = false)
    private int total;

    @Column(length = TEXT_MAX)
    private String summary;

    @Column(length = TEXT_MAX)
    private String error;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at")
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected BackgroundJob() {
    }

    public BackgroundJob(String kind, String requestedBy, Instant now) {
        this.kind = kind;
        this.runningKind = kind;
        this.state = JobState.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.heartbeatAt = now;
    }

    public void start(Instant now) {
        requireActive();
        state = JobState.RUNNING;
        startedAt = now;
        heartbeatAt = now;
    }

    /** Progress, which is also the heartbeat. */
    public void progress(int done, int total, Instant now) {
        requireActive();
        this.done = done;
        this.total = total;
        heartbeatAt = now;
    }

    public void finish(String summary, Instant now) {
        end(JobState.DONE, now);
        this.summary = clip(summary);
    }

    public void fail(String error, Instant now) {
        end(JobState.FAILED, now);
        this.error = clip(error);
    }

    private void end(JobState to, Instant now) {
        requireActive();
        state = to;
        runningKind = null;
        heartbeatAt = now;
        finishedAt = now;
    }

    private void requireActive() {
        if (!state.active()) {
            throw new IllegalStateException("Job " + id + " already ended " + state);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    /** When its work began; null while queued. */
    public Instant getStartedAt() {
        return startedAt;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRunningKind() {
        return runningKind;
    }

    public JobState getState() {
        return state;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    public String getSummary() {
        return summary;
    }

    public String getError() {
        return error;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
