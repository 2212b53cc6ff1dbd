package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.OncePerCluster;
import com.csvendor.portal.settlement.control.StatementCatchUp;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.ClosedWindows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates the statements of closed cycles as the system: every night at 02:10 Beijing time
 * (judging for good the SLA windows that closed while still provisional, and bringing the SLA
 * results of the cycle that just closed up to date, first), and once just after
 * start-up (on a timer, so that it never holds the deployment) from the stored results (the last of the start-up chain, after the demo SLA data, so that a fresh
 * portal shows statements and a restart after downtime catches up). Each statement is written in its own transaction. With several portal
 * instances both runs take one lock ({@link OncePerCluster}): one instance judges and generates,
 * the others skip; run twice all the same, the unique key on contract and cycle lets only one
 * statement per cycle be written, and judging a window again gives the same result. A failure is
 * logged and never stops the portal.
 */
@Startup
@Singleton
@DependsOn("DemoSla")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class StatementCalendar {

    private static final Logger LOG = Logger.getLogger(StatementCalendar.class.getName());
    static final String SYSTEM = "system";
    /** 1,000 contracts' month took 1–2 minutes in the settlement benchmark: two hours is far beyond any run. */
    static final ClusterJob NIGHTLY = new ClusterJob("statement-generation", Duration.ofHours(2), Duration.ofMinutes(5));
    /**
     * The same lock, not kept after the run: an instance (re)started minutes after another one's
     * catch-up still catches up what its own downtime left out; only a run still going is skipped.
     */
    static final ClusterJob AFTER_START_UP = new ClusterJob(NIGHTLY.name(), NIGHTLY.atMostFor(), Duration.ZERO);

    @Inject
    OncePerCluster cluster;

    @Inject
    StatementCatchUp catchUp;

    @Inject
    ClosedWindows closedWindows;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /**
     * Start-up only schedules the catch-up: run inside start-up it held the deployment (and
     * readiness) for minutes when many cycles were missing — 1,000 contracts' month took 1–2
     * minutes in the settlement benchmark. A non-persistent timer runs it a moment later instead.
     */
    @PostConstruct
    void atStartUp() {
        timers.createSingleActionTimer(1, new TimerConfig("statement catch-up after start-up", false));
    }

    @Timeout
    void afterStartUp() {
        generate(AFTER_START_UP, "start-up", false);
    }

    @Schedule(hour = "2", minute = "10", timezone = BusinessTime.ZONE_ID, persistent = false)
    public void nightly() {
        generate(NIGHTLY, "the nightly run", true);
    }

    private void generate(ClusterJob job, String cause, boolean evaluate) {
        try {
            cluster.run(job, () -> judgeAndGenerate(cause, evaluate));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Statement generation after " + cause + " could not take its lock", e);
        }
    }

    private void judgeAndGenerate(String cause, boolean evaluate) {
        try {
            int judged = closedWindows.judge();
            LOG.log(Level.INFO, "SLA windows closed while provisional, judged for good at {0}: {1} contracts",
                    new Object[] {cause, judged});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Judging the closed SLA windows at " + cause + " failed", e);
        }
        try {
            StatementCatchUp.Outcome out = catchUp.run(BusinessTime.today(clock), SYSTEM, evaluate, true);
            LOG.log(out.notUpToDate().isEmpty() ? Level.INFO : Level.WARNING,
                    "Statements of closed cycles after {0}: {1} written; left out, SLA results not up to date: {2}",
                    new Object[] {cause, out.written().size(), out.notUpToDate()});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Statement generation after " + cause + " failed", e);
        }
    }
}
