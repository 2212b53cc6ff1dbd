package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.MissingReportRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One business day in the daily-report ledger: its status, when its report was due (Beijing time),
 * the import that first brought its figures and when ({@code null} while none did), the metrics the
 * day's figures cover now, and the missing-report rule of the contract version in force that day
 * with its fine per missing report (null when none is agreed).
 */
public record ReportDay(LocalDate day, ReportStatus status, ZonedDateTime due, Long importId, Instant receivedAt,
        List<Metric> metrics, MissingReportRule rule, BigDecimal fine) {

    public ReportDay {
        metrics = List.copyOf(metrics);
    }
}
