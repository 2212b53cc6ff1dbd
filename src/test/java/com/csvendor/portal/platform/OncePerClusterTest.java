package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two portal instances — two lock executors of their own over one database, the schema from sql/ —
 * whose timers fire at the same moment run the job once; a run whose instance died is taken over
 * once its lock expired. (H2 in MySQL mode; MariaDB runs the same statements in the ITs.)
 */
class OncePerClusterTest {

    private static final JdbcDataSource DB = new JdbcDataSource();

    @BeforeAll
    static void schema() {
        DB.setURL("jdbc:h2:mem:once_per_cluster;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        DB.setUser("sa");
        DB.setPassword("");
        Flyway.configure().dataSource(DB).locations("filesystem:sql").load().migrate();
    }

    @Test
    void twoInstancesTriggeredAtOnceRunTheJobOnce() throws Exception {
        assertRunOnceByTwoAtOnce(DB);
    }

    /**
     * Two instances, each with its own lock executor over the database, start the same job at the
     * same moment (the job takes 200 ms): it runs once, and exactly one of them says it ran it.
     * Also run on MariaDB as the runtime user by DatabaseUsersIT.
     */
    static void assertRunOnceByTwoAtOnce(DataSource db) throws Exception {
        ClusterJob job = new ClusterJob("test-simultaneous-" + System.nanoTime(), Duration.ofMinutes(5),
                Duration.ofSeconds(5));
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> instance = () -> {
            LockingTaskExecutor own = OncePerCluster.on(db);
            together.await();
            return OncePerCluster.run(own, job, () -> {
                runs.incrementAndGet();
                sleep(200);
            });
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = two.invokeAll(List.of(instance, instance));
            assertEquals(1, runs.get());
            assertTrue(ran.get(0).get() ^ ran.get(1).get(), "exactly one instance says it ran the job");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aQuickRunKeepsTheLockForItsMinimumSoALateTriggerElsewhereSkipsIt() {
        ClusterJob job = new ClusterJob("test-late-" + System.nanoTime(), Duration.ofMinutes(5), Duration.ofSeconds(5));
        AtomicInteger runs = new AtomicInteger();
        assertTrue(OncePerCluster.run(OncePerCluster.on(DB), job, runs::incrementAndGet));
        assertFalse(OncePerCluster.run(OncePerCluster.on(DB), job, runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    @Test
    void aRunWhoseInstanceDiedIsTakenOverOnceItsLockExpired() {
        String name = "test-died-" + System.nanoTime();
        Duration atMost = Duration.ofMillis(1500);
        assertTrue(new JdbcLockProvider(DB, OncePerCluster.TABLE)
                .lock(new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO)).isPresent(),
                "the instance that then dies took the lock and never releases it");
        ClusterJob job = new ClusterJob(name, Duration.ofMinutes(5), Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();
        LockingTaskExecutor survivor = OncePerCluster.on(DB);

        assertFalse(OncePerCluster.run(survivor, job, runs::incrementAndGet));
        sleep(atMost.toMillis() + 300);
        assertTrue(OncePerCluster.run(survivor, job, runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    @Test
    void aFailedRunReleasesTheLockAfterItsMinimum() {
        ClusterJob job = new ClusterJob("test-failed-" + System.nanoTime(), Duration.ofMinutes(5), Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> OncePerCluster.run(OncePerCluster.on(DB), job, () -> {
            throw new IllegalStateException("the job failed");
        }));
        assertTrue(OncePerCluster.run(OncePerCluster.on(DB), job, runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    @Test
    void aJobNeedsAUsableNameAndLockTimes() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterJob(" ", Duration.ofMinutes(1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new ClusterJob("x", Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
