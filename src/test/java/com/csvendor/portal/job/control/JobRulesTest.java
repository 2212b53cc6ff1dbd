package com.csvendor.portal.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.job.entity.BackgroundJob;
import com.csvendor.portal.job.entity.JobState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lock a job holds and when a silent one no longer blocks. */
class JobRulesTest {

    private static final Instant T0 = Instant.parse("2031-06-01T02:10:00Z");

    @Test
    void aJobIsStaleOnlyWhenItsHeartbeatIsOlderThanTheTimeout() {
        Duration five = Duration.ofMinutes(5);
        assertFalse(JobRules.stale(T0, T0.plus(five), five), "exactly at the timeout it still counts as alive");
        assertTrue(JobRules.stale(T0, T0.plus(five).plusSeconds(1), five));
        assertFalse(JobRules.stale(T0, T0.plusSeconds(30), five));
    }

    @Test
    void aJobHoldsItsKindsLockFromQueuedUntilItEnds() {
        BackgroundJob job = new BackgroundJob("GEN", "finance", T0);
        assertEquals(JobState.QUEUED, job.getState());
        assertEquals("GEN", job.getRunningKind(), "queued: another request must not start a second one");
        job.start(T0.plusSeconds(1));
        job.progress(3, 10, T0.plusSeconds(9));
        assertEquals("GEN", job.getRunningKind());
        assertEquals(T0.plusSeconds(9), job.getHeartbeatAt(), "progress is the heartbeat");
        job.finish("3 statements written", T0.plusSeconds(12));
        assertEquals(JobState.DONE, job.getState());
        assertNull(job.getRunningKind(), "ended: the unique key lets the next job in");
        assertEquals(T0.plusSeconds(12), job.getFinishedAt());
    }

    @Test
    void anEndedJobNeverChangesAgain() {
        BackgroundJob job = new BackgroundJob("GEN", "finance", T0);
        job.fail("No heartbeat", T0.plusSeconds(600));
        assertNull(job.getRunningKind());
        assertThrows(IllegalStateException.class, () -> job.progress(4, 10, T0.plusSeconds(601)),
                "an instance that comes back after its job was declared dead must not revive it");
        assertThrows(IllegalStateException.class, () -> job.finish("done", T0.plusSeconds(602)));
        assertEquals(JobState.FAILED, job.getState());
    }

    @Test
    void theProgressBarShowsDoneOfTotal() {
        assertEquals(0, new JobView(1, "GEN", JobState.QUEUED, 0, 0, null, null, "f", T0, null, null).percent());
        assertEquals(33, new JobView(1, "GEN", JobState.RUNNING, 1, 3, null, null, "f", T0, null, null).percent());
        assertEquals(100, new JobView(1, "GEN", JobState.DONE, 0, 0, "0 written", null, "f", T0, T0, T0).percent(),
                "nothing to do is done");
    }
}
