package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.DailyReport;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.shared.BusinessTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportLedgerTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate END = LocalDate.of(2026, 11, 30);

    private static Instant beijing(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), BusinessTime.ZONE).toInstant();
    }

    private static ContractDates<DailyReport> contract(ContractStatus status, LocalDate since, DailyReport... versions) {
        List<ContractDates.Dated<DailyReport>> dated = new java.util.ArrayList<>();
        dated.add(new ContractDates.Dated<>(1, START, SettlementCycle.MONTHLY, versions[0]));
        if (versions.length > 1) {
            dated.add(new ContractDates.Dated<>(2, LocalDate.of(2026, 11, 10), SettlementCycle.MONTHLY, versions[1]));
        }
        return new ContractDates<>(START, END, status, since, dated);
    }

    private static List<ReportDay> ledger(ContractDates<DailyReport> dates, LocalDate from, LocalDate to, String now,
            Map<LocalDate, ReportLedger.Receipt> receipts) {
        return ReportLedger.days(dates, r -> r, from, to, beijing(now), receipts, Map.of());
    }

    @Test
    void aDaysReportIsDueAtNoonBeijingTheNextDayByDefaultEvenForTermsWrittenWithoutTheField() {
        DailyReport rule = com.csvendor.portal.contract.entity.TermsJson
                .read("{\"penalties\":{\"capPercent\":10}}").getPenalties().getDailyReport();
        assertEquals(ZonedDateTime.of(2026, 11, 6, 12, 0, 0, 0, BusinessTime.ZONE), rule.dueOf(LocalDate.of(2026, 11, 5)));
        assertEquals(MissingReportRule.BREACH_DAILY_TARGETS, rule.getMissing());
    }

    @Test
    void theDueTimeIsBeijingTimeSoAReceiptLateOnTheUtcDayBeforeCanStillBeInTime() {
        LocalDate day = LocalDate.of(2026, 11, 5);
        // 2026-11-06 03:59 UTC is 11:59 in Beijing: in time; 04:01 UTC is 12:01: late.
        var inTime = ReportLedger.day(day, new DailyReport(), Instant.parse("2026-11-07T00:00:00Z"),
                new ReportLedger.Receipt(7, Instant.parse("2026-11-06T03:59:00Z")), null);
        var late = ReportLedger.day(day, new DailyReport(), Instant.parse("2026-11-07T00:00:00Z"),
                new ReportLedger.Receipt(8, Instant.parse("2026-11-06T04:01:00Z")), null);
        assertEquals(ReportStatus.RECEIVED, inTime.status());
        assertEquals(ReportStatus.LATE, late.status());
        assertEquals(8L, late.importId());
    }

    @Test
    void aDueTimeJustAfterMidnightBeijingFallsOnTheUtcDayBefore() {
        DailyReport rule = new DailyReport();
        rule.setDueDaysAfter(1);
        rule.setDueTime(LocalTime.of(0, 30));
        LocalDate day = LocalDate.of(2026, 11, 5);
        // Due 2026-11-06 00:30 Beijing = 2026-11-05 16:30 UTC.
        assertEquals(Instant.parse("2026-11-05T16:30:00Z"), rule.dueOf(day).toInstant());
        assertEquals(ReportStatus.MISSING,
                ReportLedger.day(day, rule, Instant.parse("2026-11-05T16:31:00Z"), null, null).status());
        assertEquals(ReportStatus.NOT_YET_DUE,
                ReportLedger.day(day, rule, Instant.parse("2026-11-05T16:29:00Z"), null, null).status());
        assertEquals(ReportStatus.LATE, ReportLedger.day(day, rule, Instant.parse("2026-11-06T00:00:00Z"),
                new ReportLedger.Receipt(1, Instant.parse("2026-11-05T17:00:00Z")), null).status());
    }

    @Test
    void aMissingDayUploadedLaterTurnsLateAndOneStillMissingStaysMissing() {
        var dates = contract(ContractStatus.ACTIVE, null, new DailyReport());
        LocalDate d3 = LocalDate.of(2026, 11, 3);
        LocalDate d4 = LocalDate.of(2026, 11, 4);
        var before = ledger(dates, d3, d4, "2026-11-06T09:00", Map.of());
        assertEquals(List.of(ReportStatus.MISSING, ReportStatus.MISSING), before.stream().map(ReportDay::status).toList());
        var after = ledger(dates, d3, d4, "2026-11-06T09:00",
                Map.of(d3, new ReportLedger.Receipt(42, beijing("2026-11-06T08:00"))));
        assertEquals(List.of(ReportStatus.LATE, ReportStatus.MISSING), after.stream().map(ReportDay::status).toList());
        assertEquals(42L, after.get(0).importId());
        assertNull(after.get(1).importId());
    }

    @Test
    void todayAndYesterdayBeforeNoonAreNotYetDue() {
        var days = ledger(contract(ContractStatus.ACTIVE, null, new DailyReport()), LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 11, 30), "2026-11-06T11:00", Map.of());
        assertEquals(List.of(ReportStatus.MISSING, ReportStatus.NOT_YET_DUE, ReportStatus.NOT_YET_DUE),
                days.stream().map(ReportDay::status).toList(), "4th missing, 5th due at noon, 6th is today; none later");
    }

    @Test
    void daysBeforeTheStartAndAfterTheTerminationAreNotOwed() {
        // Terminated with effect from the 20th: the 19th is the last day in force (ContractDates).
        var dates = contract(ContractStatus.TERMINATED, LocalDate.of(2026, 11, 20), new DailyReport());
        var days = ledger(dates, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 12, 31), "2026-12-31T12:00", Map.of());
        assertEquals(START, days.get(0).day());
        assertEquals(LocalDate.of(2026, 11, 19), days.get(days.size() - 1).day());
        assertEquals(19, days.size());
    }

    @Test
    void eachDayFollowsTheVersionInForceAndListsTheMetricsItsFiguresCover() {
        DailyReport later = new DailyReport();
        later.setDueDaysAfter(2);
        later.setMissing(MissingReportRule.FIXED_FINE);
        later.setFinePerMissing(new BigDecimal("200"));
        var dates = contract(ContractStatus.ACTIVE, null, new DailyReport(), later);
        KpiSums refunds = KpiSums.ZERO.with(KpiSums.AGENT_DAYS, BigDecimal.ONE).with(KpiSums.REFUND_BASE, BigDecimal.TEN)
                .with(KpiSums.REFUND_PART, BigDecimal.ONE);
        var days = ReportLedger.days(dates, r -> r, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10),
                beijing("2026-11-11T13:00"), Map.of(), Map.of(LocalDate.of(2026, 11, 9), refunds));
        assertEquals(ReportStatus.MISSING, days.get(0).status());
        assertEquals(MissingReportRule.BREACH_DAILY_TARGETS, days.get(0).rule());
        assertEquals(List.of(Metric.REFUND_RATE), days.get(0).metrics());
        assertEquals(ReportStatus.NOT_YET_DUE, days.get(1).status(), "due two days later under version 2");
        assertEquals(MissingReportRule.FIXED_FINE, days.get(1).rule());
    }
}
