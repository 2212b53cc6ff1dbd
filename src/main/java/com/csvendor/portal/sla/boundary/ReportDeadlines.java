package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.control.ClosedWindows;
import com.csvendor.portal.store.entity.Store;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, judges the daily reports that have fallen due missing ({@link ClosedWindows#judgeMissingReports}):
 * due times are per contract (any hour), and nothing else re-evaluates a day nobody uploaded. An
 * evaluation is idempotent and takes the contract's lock, so several instances running it at once
 * only repeat work. A failure is logged and never stops the portal.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportDeadlines {

    private static final Logger LOG = Logger.getLogger(ReportDeadlines.class.getName());

    @Inject
    ClosedWindows closedWindows;

    @Schedule(hour = "*", minute = "7", timezone = Store.DEFAULT_TIME_ZONE, persistent = false)
    public void hourly() {
        try {
            int judged = closedWindows.judgeMissingReports();
            if (judged > 0) {
                LOG.log(Level.INFO, "Daily reports fallen due missing: {0} contracts re-evaluated", judged);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Judging the daily reports fallen due failed", e);
        }
    }
}
