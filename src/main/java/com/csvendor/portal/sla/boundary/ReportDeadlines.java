package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.OncePerCluster;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.ClosedWindows;
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
 * due times are per contract (any hour), and nothing else re-evaluates a day nobody uploaded. An
 * evaluation is idempotent and takes the contract's lock; with several instances one of them runs it
 * ({@link OncePerCluster}). A failure is logged and never stops the portal.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportDeadlines {

    private static final Logger LOG = Logger.getLogger(ReportDeadlines.class.getName());

    static final ClusterJob JOB = new ClusterJob("report-deadlines", Duration.ofMinutes(50), Duration.ofMinutes(1));

    @Inject
    ClosedWindows closedWindows;

    @Inject
    OncePerCluster cluster;

    @Schedule(hour = "*", minute = "7", timezone = BusinessTime.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        try {
            cluster.run(JOB, () -> {
                int judged = closedWindows.judgeMissingReports();
                if (judged > 0) {
                    LOG.log(Level.INFO, "Daily reports fallen due missing: {0} contracts re-evaluated", judged);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Judging the daily reports fallen due failed", e);
        }
    }
}
