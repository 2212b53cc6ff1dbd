package com.csvendor.portal.job.control;

import com.csvendor.portal.job.entity.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The job rows, each change in its own transaction so the page sees progress while the job runs. */
@ApplicationScoped
public class JobStore {

    @PersistenceContext
    EntityManager em;

    /**
     * Inserts an active job of the kind; the unique key on {@code running_kind} refuses it (an
     * exception) while another job of the kind is active, in this instance or another.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(String kind, String by, Instant now) {
        BackgroundJob job = new BackgroundJob(kind, by, now);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    /**
     * The kind's active job, unless its heartbeat is stale: then its instance died, and it is ended as
     * FAILED here (under a row lock, so of two instances asking at once one ends it) and no longer blocks.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> liveHolder(String kind, Instant now, Duration staleAfter) {
        List<BackgroundJob> active = em.createQuery("SELECT j FROM BackgroundJob j WHERE j.runningKind = :kind",
                BackgroundJob.class).setParameter("kind", kind).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        BackgroundJob job = active.get(0);
        if (JobRules.stale(job.getHeartbeatAt(), now, staleAfter)) {
            job.fail("No heartbeat since " + job.getHeartbeatAt() + ": the portal instance running it stopped."
                    + " Work it finished is kept; start it again.", now);
            return Optional.empty();
        }
        return Optional.of(job.getId());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void change(long id, Consumer<BackgroundJob> change) {
        change.accept(em.find(BackgroundJob.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<BackgroundJob> find(long id) {
        return Optional.ofNullable(em.find(BackgroundJob.class, id));
    }
}
