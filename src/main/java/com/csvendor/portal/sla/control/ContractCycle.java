package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.SlaWindow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One settlement cycle of a contract as its money is computed, for the SLA cycles and the statements
 * alike ({@link ContractDates}): the whole cycle, its days in force ({@code from}–{@code to}: the
 * cycle cut by the contract's start and its last day in force), the versions in force on them and
 * the governing version, in force on {@code to} (penalty clauses; for a statement also VAT and deposit).
 */
public record ContractCycle(Window cycle, LocalDate from, LocalDate to, List<FeeSegment> segments,
        ContractVersion governing, ContractTerms terms, boolean last) {

    public ContractCycle {
        segments = List.copyOf(segments);
    }

    /** The cycle holding the day; empty when none of its days is in force. */
    public static Optional<ContractCycle> holding(Contract c, LocalDate day) {
        ContractDates<ContractVersion> dates = c.dates();
        return dates.cycleHolding(day).flatMap(cycle -> of(dates, cycle));
    }

    /** The cycles sharing a day with [from, to], up to the one holding the contract's last day in force. */
    public static List<ContractCycle> between(Contract c, LocalDate from, LocalDate to) {
        ContractDates<ContractVersion> dates = c.dates();
        return dates.cycles(from, to).stream().flatMap(cycle -> of(dates, cycle).stream()).toList();
    }

    /** The versions' terms as read ({@link ContractVersion#readOnlyTerms}): each copied once. */
    private static Optional<ContractCycle> of(ContractDates<ContractVersion> dates, ContractDates.Cycle cycle) {
        LocalDate from = cycle.start().isBefore(dates.start()) ? dates.start() : cycle.start();
        LocalDate to = cycle.end().isAfter(dates.lastDay()) ? dates.lastDay() : cycle.end();
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        List<FeeSegment> segments = dates.segments(from, to).stream().map(s -> new FeeSegment(s.number(),
                s.version().readOnlyTerms().getFees(), s.from(), s.to())).toList();
        ContractVersion governing = dates.versionOn(to).orElseThrow().version();
        return Optional.of(new ContractCycle(new Window(SlaWindow.SETTLEMENT_CYCLE, cycle.start(), cycle.end()), from,
                to, segments, governing, governing.readOnlyTerms(),
                to.equals(dates.lastDay())));
    }

    /** The calculator's input without missed daily reports. */
    public CycleInput input(KpiDays days, List<WindowResult> results, List<BigDecimal> incidents,
            Map<Integer, Integer> carried) {
        return input(days, results, incidents, carried, new TreeMap<>());
    }

    /** The calculator's input without staffing days. */
    public CycleInput input(KpiDays days, List<WindowResult> results, List<BigDecimal> incidents,
            Map<Integer, Integer> carried, SortedMap<LocalDate, BigDecimal> missedReports) {
        return input(days, results, incidents, carried, missedReports, List.of());
    }

    /** The calculator's input: these days and terms with what was read for them. */
    public CycleInput input(KpiDays days, List<WindowResult> results, List<BigDecimal> incidents,
            Map<Integer, Integer> carried, SortedMap<LocalDate, BigDecimal> missedReports, List<StaffingDay> staffing) {
        return new CycleInput(cycle, segments, days, terms.getPenalties(), CycleCalculator.fixedPerBreach(terms),
                results, incidents, carried, missedReports, staffing);
    }
}
