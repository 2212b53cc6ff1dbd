package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.sla.control.ReportDay;
import com.csvendor.portal.sla.control.ReportStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contract's daily-report ledger over a period: every day of the contract in force up to today,
 * RECEIVED (by its due time), LATE (first received after it), MISSING (past due, nothing received)
 * or NOT_YET_DUE, with the import that first brought the day's figures, when, and the metrics the
 * day's figures cover. {@code due} is Beijing time.
 */
public record ReportLedgerView(long contractId, String contractNumber, long storeId, String storeName, long vendorId,
        String vendorName, LocalDate from, LocalDate to, MissingReportRule missingRule, int received, int late,
        int missing, int notYetDue, List<Day> days) implements Serializable {

    /** One business day's report. */
    public record Day(LocalDate date, ReportStatus status, OffsetDateTime due, Long importId, Instant receivedAt,
            List<Metric> metrics) implements Serializable {

        static Day of(ReportDay d) {
            return new Day(d.day(), d.status(), d.due().toOffsetDateTime(), d.importId(), d.receivedAt(), d.metrics());
        }
    }

    public ReportLedgerView {
        days = List.copyOf(days);
    }

    static int count(List<ReportDay> days, ReportStatus status) {
        return (int) days.stream().filter(d -> d.status() == status).count();
    }
}
