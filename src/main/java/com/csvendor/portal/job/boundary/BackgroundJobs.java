package com.csvendor.portal.job.boundary;

import com.csvendor.portal.job.control.JobRules;
import com.csvendor.portal.job.control.JobStore;
import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a job of a kind on the container's managed executor, at most one of a kind at a time
 * across instances (the row's unique key, see {@link JobStore}), and records its progress, which is
 * also its heartbeat. Callers check the user's role before starting one: the work runs without the
 * caller's identity.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    /** The work of a job: reports progress, answers its summary; an exception fails the job. */
    @FunctionalInterface
    public interface Work {
        String run(Progress progress);
    }

    @FunctionalInterface
    public interface Progress {
        void report(int done, int total);
    }

    @Inject
    JobStore store;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    /**
     * Queues the work as a new job of the kind, or answers the kind's job still running (queued or
     * running, in any instance): a second request joins the first instead of running the same work
     * twice at once.
     */
    public JobView start(String kind, String by, Work work) {
        Instant now = clock.instant();
        var holder = store.liveHolder(kind, now, JobRules.STALE_AFTER);
        if (holder.isPresent()) {
            return job(holder.get());
        }
        long id;
        try {
            id = store.insert(kind, by, now);
        } catch (RuntimeException raced) {
            // Another instance inserted its job between our look and our insert: join that one.
            return job(store.liveHolder(kind, clock.instant(), JobRules.STALE_AFTER).orElseThrow(() -> raced));
        }
        executor.execute(() -> run(id, work));
        return job(id);
    }

    public JobView job(long id) {
        return store.find(id).map(JobView::of).orElseThrow(() -> new NotFoundException("job", id));
    }

    /** A job of one kind, its summary worded in the reader's language; a job of another kind is not found. */
    public JobView job(long id, String kind, java.util.Locale locale) {
        JobView job = job(id);
        if (!job.kind().equals(kind)) {
            throw new NotFoundException("job", id);
        }
        return JobText.worded(job, locale);
    }

    private void run(long id, Work work) {
        try {
            store.change(id, j -> j.start(clock.instant()));
            String summary = work.run((done, total) -> store.change(id, j -> j.progress(done, total, clock.instant())));
            store.change(id, j -> j.finish(summary, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background job " + id + " failed", e);
            String error = e instanceof BusinessException be ? be.localizedMessage(Locale.ENGLISH)
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                store.change(id, j -> j.fail(error, clock.instant()));
            } catch (RuntimeException ended) {
                LOG.log(Level.WARNING, "Background job " + id + " could not be marked failed", ended);
            }
        }
    }
}
