package com.csvendor.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * Runs scheduled work on one portal instance of the cluster: every instance's timer fires, the
 * first to take the job's lock row in the shared database (ShedLock, table {@code shedlock}) runs
 * it, the others skip it. Payara's EJB timers are per instance, so this lock is what makes the
 * nightly jobs run once with several instances. A run whose instance dies keeps the lock until its
 * {@link ClusterJob#atMostFor}; the next trigger after that, on any instance, runs the job again —
 * which is why every job here must be safe to run twice (they are: unique keys and state checks).
 * <p>
 * The lock is taken and released on its own auto-committed connection, outside any transaction
 * (ShedLock switches the connection to auto-commit, which an enlisted connection refuses): the
 * work itself starts its own transactions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());
    static final String TABLE = "shedlock";

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    private LockingTaskExecutor executor;

    @PostConstruct
    void init() {
        executor = on(dataSource);
    }

    /** The executor over the lock table of this database. */
    static LockingTaskExecutor on(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, TABLE));
    }

    /**
     * Runs the task here unless another instance holds the job's lock; true if it ran here. A
     * task's exception is passed on after the lock is released (kept for at least
     * {@code atLeastFor}).
     */
    public boolean run(ClusterJob job, Runnable task) {
        return run(executor, job, task);
    }

    static boolean run(LockingTaskExecutor executor, ClusterJob job, Runnable task) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), job.name(), job.atMostFor(), job.atLeastFor());
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = executor.executeWithLock(() -> {
                task.run();
                return Boolean.TRUE;
            }, lock);
            if (!result.wasExecuted()) {
                LOG.log(Level.FINE, "Job {0} skipped: another instance runs it or ran it moments ago", job.name());
            }
            return result.wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("job " + job.name() + " failed", e);
        }
    }
}
