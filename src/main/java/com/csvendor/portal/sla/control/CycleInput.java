package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Penalties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one settlement cycle's money is computed from ({@link CycleCalculator#money}), as plain values.
 *
 * @param cycle the whole settlement cycle: tiered penalties are shares of its fee by its days
 * @param segments the contract versions in force on the cycle's days inside the contract (up to its
 *        last day in force), in date order, not overlapping
 * @param days the KPI sums of the contract's store and vendor
 * @param penalties the penalty clauses of the governing version (in force on the cycle's last day in force)
 * @param fixedPerBreach that version's fixed penalty per breached window by target number (from 1)
 * @param results the results of the windows of the contract, waived ones left out; those whose last
 *        day is not in the cycle are left out here ({@link PenaltyCalculator#belongsTo})
 * @param incidents the amounts of the incidents of the cycle's days in force that still count
 * @param carried each target's run of consecutive breaches at the end of the cycle before
 * @param missedReports the fine of each day whose daily report is missing past its due time under the
 *        fixed-fine rule (the fine of the version in force that day); days outside the cycle's days in
 *        force count for nothing
 * @param staffing the staffing days of the cycle ({@link StaffingReconciliation}); days outside the
 *        cycle's days in force count for nothing
 */
public record CycleInput(Window cycle, List<FeeSegment> segments, KpiDays days, Penalties penalties,
        Map<Integer, BigDecimal> fixedPerBreach, List<WindowResult> results, List<BigDecimal> incidents,
        Map<Integer, Integer> carried, SortedMap<LocalDate, BigDecimal> missedReports, List<StaffingDay> staffing) {

    /** Without staffing days. */
    public CycleInput(Window cycle, List<FeeSegment> segments, KpiDays days, Penalties penalties,
            Map<Integer, BigDecimal> fixedPerBreach, List<WindowResult> results, List<BigDecimal> incidents,
            Map<Integer, Integer> carried, SortedMap<LocalDate, BigDecimal> missedReports) {
        this(cycle, segments, days, penalties, fixedPerBreach, results, incidents, carried, missedReports, List.of());
    }

    /** Without missed daily reports. */
    public CycleInput(Window cycle, List<FeeSegment> segments, KpiDays days, Penalties penalties,
            Map<Integer, BigDecimal> fixedPerBreach, List<WindowResult> results, List<BigDecimal> incidents,
            Map<Integer, Integer> carried) {
        this(cycle, segments, days, penalties, fixedPerBreach, results, incidents, carried, new TreeMap<>());
    }

    public CycleInput {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(penalties, "penalties");
        segments = List.copyOf(segments);
        fixedPerBreach = Map.copyOf(fixedPerBreach);
        results = List.copyOf(results);
        incidents = List.copyOf(incidents);
        carried = Map.copyOf(carried);
        missedReports = Collections.unmodifiableSortedMap(new TreeMap<>(missedReports));
        staffing = List.copyOf(staffing);
        for (int i = 0; i < segments.size(); i++) {
            FeeSegment s = segments.get(i);
            if (!cycle.contains(s.from()) || !cycle.contains(s.to())
                    || i > 0 && !s.from().isAfter(segments.get(i - 1).to())) {
                throw new IllegalArgumentException("segment v" + s.version() + " " + s.from() + " – " + s.to()
                        + " overlaps another or lies outside the cycle " + cycle.start() + " – " + cycle.end());
            }
        }
    }
}
