package com.csvendor.portal.sla.entity;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Fired once per contract and business day when the day's report is found missing past its due time
 * ({@code due}, Beijing time), in the transaction that records the day as announced
 * ({@code report_day_missed}): observe it after success.
 */
public record ReportFellDueMissing(long contractId, LocalDate day, ZonedDateTime due) {
}
