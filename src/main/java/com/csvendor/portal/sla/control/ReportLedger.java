package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.DailyReport;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily reports a contract's vendor owes its store, day by day, container-free.
 * <ul>
 * <li>Days: those of the contract in force ({@link ContractDates#segments}: from the start to the
 * last day in force, so nothing before the start or after a termination) inside the asked period,
 * up to today in Beijing time.</li>
 * <li>Due: the version in force on the day says when ({@link DailyReport#dueOf}; default 12:00 the
 * next day, Beijing time).</li>
 * <li>RECEIVED when the first import bringing figures of the day was published at or before the
 * due time, LATE when after it — a later upload of a missing day turns it LATE, and re-uploading a
 * day received in time keeps it RECEIVED; with nothing received, MISSING once the due time has
 * passed, NOT_YET_DUE before.</li>
 * </ul>
 */
public final class ReportLedger {

    /** The first import publishing figures of a day, and when it was published. */
    public record Receipt(long importId, Instant receivedAt) {
    }

    private ReportLedger() {
    }

    /**
     * @param receipts the first receipt of each day that has one
     * @param sums the day sums now held, for the metrics each day covers
     */
    public static <V> List<ReportDay> days(ContractDates<V> dates, Function<V, DailyReport> ruleOf, LocalDate from,
            LocalDate to, Instant now, Map<LocalDate, Receipt> receipts, Map<LocalDate, KpiSums> sums) {
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        List<ReportDay> out = new ArrayList<>();
        for (ContractDates.Segment<V> s : dates.segments(from, to.isAfter(today) ? today : to)) {
            DailyReport rule = ruleOf.apply(s.version());
            for (LocalDate d = s.from(); !d.isAfter(s.to()); d = d.plusDays(1)) {
                out.add(day(d, rule, now, receipts.get(d), sums.get(d)));
            }
        }
        return out;
    }

    /**
     * Whether the report of the day is due by {@code now} (its due time has passed): before that the
     * day is not complete for the store, so nothing may be judged missing or short on it.
     */
    public static boolean due(DailyReport rule, LocalDate day, Instant now) {
        return now.isAfter(rule.dueOf(day).toInstant());
    }

    static ReportDay day(LocalDate day, DailyReport rule, Instant now, Receipt receipt, KpiSums sums) {
        ZonedDateTime due = rule.dueOf(day);
        ReportStatus status;
        if (receipt != null) {
            status = receipt.receivedAt().isAfter(due.toInstant()) ? ReportStatus.LATE : ReportStatus.RECEIVED;
        } else {
            status = due(rule, day, now) ? ReportStatus.MISSING : ReportStatus.NOT_YET_DUE;
        }
        List<Metric> metrics = sums == null ? List.of()
                : Arrays.stream(Metric.values()).filter(sums::reports).toList();
        return new ReportDay(day, status, due, receipt == null ? null : receipt.importId(),
                receipt == null ? null : receipt.receivedAt(), metrics, rule.getMissing(), rule.getFinePerMissing());
    }
}
