package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one contract's SLA evaluation reads and changes, held in memory: its day sums and
 * daily-report receipts from its start to its last day in force, all its results, incidents and cycles (managed entities of the
 * evaluation's transaction). {@link SlaBooks} reads them for many contracts in a few queries, so
 * evaluating a thousand contracts is not tens of thousands of small queries; the evaluation keeps
 * the book in step with what it adds and removes, as the per-contract queries saw it before.
 */
final class SlaBook {

    private static final Comparator<SlaResult> BY_START_AND_TARGET = Comparator.comparing(SlaResult::getWindowStart)
            .thenComparingInt(SlaResult::getTargetNo);
    private static final Comparator<Incident> BY_DAY = Comparator.comparing(Incident::getOccurredOn)
            .thenComparing(Incident::getId);

    private final Contract contract;
    private final SortedMap<LocalDate, KpiSums> days;
    private final Map<LocalDate, ReportLedger.Receipt> receipts;
    private final List<SlaResult> results;
    private final List<Incident> incidents;
    private final Map<LocalDate, SlaCycle> cycles;
    private final StaffingLedgers.Known known;

    SlaBook(Contract contract, SortedMap<LocalDate, KpiSums> days, Map<LocalDate, ReportLedger.Receipt> receipts,
            List<SlaResult> results, List<Incident> incidents, List<SlaCycle> cycles, StaffingLedgers.Known known) {
        this.contract = contract;
        this.days = new TreeMap<>(days);
        this.receipts = Map.copyOf(receipts);
        this.results = new ArrayList<>(results);
        this.incidents = new ArrayList<>(incidents);
        this.cycles = new HashMap<>();
        cycles.forEach(c -> this.cycles.put(c.getCycleStart(), c));
        this.known = known;
    }

    Contract contract() {
        return contract;
    }

    /** The day sums from {@code from} to {@code to}, both included. */
    SortedMap<LocalDate, KpiSums> days(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? new TreeMap<>() : days.subMap(from, to.plusDays(1));
    }

    /** The daily-report ledger of the days from {@code from} to {@code to} ({@link ReportLedgers}). */
    List<ReportDay> reports(LocalDate from, LocalDate to, Instant now) {
        return ReportLedgers.of(contract, ContractVersion::readOnlyTerms, from, to, now, days(from, to), receipts);
    }

    /**
     * The staffing days from {@code from} to {@code to} ({@link StaffingLedgers}), from what the book holds,
     * judged at {@code now} (a day whose report is not due by then is pending).
     */
    List<StaffingDay> staffing(LocalDate from, LocalDate to, Instant now) {
        return StaffingReconciliation.days(contract.dates(), ContractVersion::readOnlyTerms, from, to, known.accepted(),
                days(from, to), known.waived(), now);
    }

    /** The results of windows starting within [from, to]. */
    List<SlaResult> startingBetween(LocalDate from, LocalDate to) {
        return results.stream().filter(r -> !r.getWindowStart().isBefore(from) && !r.getWindowStart().isAfter(to))
                .toList();
    }

    /** The results of windows ending within [from, to], by window start and target. */
    List<SlaResult> endingBetween(LocalDate from, LocalDate to) {
        return results.stream().filter(r -> !r.getWindowEnd().isBefore(from) && !r.getWindowEnd().isAfter(to))
                .sorted(BY_START_AND_TARGET).toList();
    }

    void added(SlaResult r) {
        results.add(r);
    }

    void removed(SlaResult r) {
        results.remove(r);
    }

    /** The incidents of days within [from, to], by day. */
    List<Incident> incidents(LocalDate from, LocalDate to) {
        return incidents.stream().filter(i -> !i.getOccurredOn().isBefore(from) && !i.getOccurredOn().isAfter(to))
                .sorted(BY_DAY).toList();
    }

    Optional<LocalDate> lastCycleStart() {
        return cycles.keySet().stream().max(LocalDate::compareTo);
    }

    /** The stored cycle starting on the day, or a new one (not yet stored). */
    SlaCycle cycle(LocalDate start) {
        return cycles.computeIfAbsent(start, s -> new SlaCycle(contract.getId(), s));
    }

    void cyclesRemovedAfter(LocalDate day) {
        cycles.keySet().removeIf(d -> d.isAfter(day));
    }
}
