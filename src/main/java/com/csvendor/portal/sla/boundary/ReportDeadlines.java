package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.OncePerCluster;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.ClosedWindows;
import com.csvendor.portal.sla.control.MissedReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, judges the daily reports that have fallen due missing ({@link ClosedWindows#judgeMissingReports}):
 * due times are per contract (any hour), and nothing else re-evaluates a day nobody uploaded; then
 * announces each newly missing day once ({@link MissedReports}: the vendor's leads and the store's
 * managers are mailed). Both steps are idempotent; with several instances one of them runs the hourly
 * check ({@link OncePerCluster}). A failure is logged and never stops the portal. An administrator may
 * run the same check at once ({@link #runNow}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportDeadlines {

    private static final Logger LOG = Logger.getLogger(ReportDeadlines.class.getName());

    static final ClusterJob JOB = new ClusterJob("report-deadlines", Duration.ofMinutes(50), Duration.ofMinutes(1));

    /** What one check did: contracts re-evaluated for days fallen due missing, contract-days announced. */
    public record Checked(int contractsJudged, int reportsAnnounced) {
    }

    @Inject
    ClosedWindows closedWindows;

    @Inject
    MissedReports missed;

    @Inject
    OncePerCluster cluster;

    @Schedule(hour = "*", minute = "7", timezone = BusinessTime.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        try {
            cluster.run(JOB, this::check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Judging the daily reports fallen due failed", e);
        }
    }

    /**
     * The hourly check, here and now, without waiting for the cluster's lock: safe beside a running
     * hourly check, since an evaluation takes the contract's lock and a day is announced once.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Checked runNow() {
        return check();
    }

    private Checked check() {
        int judged = closedWindows.judgeMissingReports();
        int announced = missed.announce();
        if (judged > 0 || announced > 0) {
            LOG.log(Level.INFO, "Daily reports fallen due missing: {0} contracts re-evaluated, {1} days announced",
                    new Object[] {judged, announced});
        }
        return new Checked(judged, announced);
    }
}
