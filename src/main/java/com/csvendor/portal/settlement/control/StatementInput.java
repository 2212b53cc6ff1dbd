package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.Deposit;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.TaxTerms;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.control.CycleCalculator;
import com.csvendor.portal.sla.control.CycleInput;
import com.csvendor.portal.sla.control.FeeSegment;
import com.csvendor.portal.sla.control.KpiDays;
import com.csvendor.portal.sla.control.StaffingDay;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one statement is computed from, as plain values (no entities, no database), so that
 * {@link StatementCalculator} is a pure function of it.
 *
 * @param cycle the full settlement cycle ({@code ContractCycle}); penalty tiers are shares of it
 * @param from first day of the cycle inside the contract's period (the cycle's start or the contract's start)
 * @param to last day of the cycle inside the contract's period (the cycle's end, or the contract's last day in force)
 * @param segments the contract versions in force within [from, to], in date order, not overlapping
 *        ({@link StatementPeriod} gives them)
 * @param days the KPI day sums of the contract's store and vendor for [from, to] ({@code KpiRollups.days});
 *        days without figures may be absent
 * @param governing the version in force on {@code to}: VAT, penalties, deposit
 * @param results the SLA results whose windows end in the cycle, waived ones left out
 * @param incidents the incidents of [from, to] that still count
 * @param temporaryAgents the temporary agent records overlapping [from, to]
 * @param finalStatement whether the cycle holds the contract's last day (end date, or termination date)
 * @param missedReports the fine of each day of [from, to] whose daily report is missing past its due
 *        time under the fixed-fine rule
 * @param staffing the staffing days of [from, to] ({@code StaffingReconciliation})
 */
public record StatementInput(Window cycle, LocalDate from, LocalDate to, List<FeeSegment> segments,
        SortedMap<LocalDate, KpiSums> days, Governing governing, List<WindowResult> results,
        List<IncidentCharge> incidents, List<TemporaryAgents> temporaryAgents, boolean finalStatement,
        SortedMap<LocalDate, BigDecimal> missedReports, List<StaffingDay> staffing) {

    /** Without staffing days. */
    public StatementInput(Window cycle, LocalDate from, LocalDate to, List<FeeSegment> segments,
            SortedMap<LocalDate, KpiSums> days, Governing governing, List<WindowResult> results,
            List<IncidentCharge> incidents, List<TemporaryAgents> temporaryAgents, boolean finalStatement,
            SortedMap<LocalDate, BigDecimal> missedReports) {
        this(cycle, from, to, segments, days, governing, results, incidents, temporaryAgents, finalStatement,
                missedReports, List.of());
    }

    /** Without missed daily reports. */
    public StatementInput(Window cycle, LocalDate from, LocalDate to, List<FeeSegment> segments,
            SortedMap<LocalDate, KpiSums> days, Governing governing, List<WindowResult> results,
            List<IncidentCharge> incidents, List<TemporaryAgents> temporaryAgents, boolean finalStatement) {
        this(cycle, from, to, segments, days, governing, results, incidents, temporaryAgents, finalStatement,
                new TreeMap<>());
    }

    public StatementInput {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(governing, "governing");
        if (to.isBefore(from) || !cycle.contains(from) || !cycle.contains(to)) {
            throw new IllegalArgumentException("statement days " + from + " – " + to + " must lie in the cycle " + cycle);
        }
        segments = List.copyOf(segments);
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
        results = List.copyOf(results);
        incidents = List.copyOf(incidents);
        temporaryAgents = List.copyOf(temporaryAgents);
        missedReports = Collections.unmodifiableSortedMap(new TreeMap<>(missedReports));
        staffing = List.copyOf(staffing);
        LocalDate free = from;
        for (FeeSegment s : segments) {
            if (s.from().isBefore(free) || s.to().isAfter(to)) {
                throw new IllegalArgumentException("segment v" + s.version() + " " + s.from() + " – " + s.to()
                        + " overlaps another or lies outside " + from + " – " + to);
            }
            free = s.to().plusDays(1);
        }
    }

    /**
     * What the cycle's money is computed from ({@code CycleCalculator}): no runs of breaches carried
     * in, as they are about the termination right, not money.
     */
    public CycleInput cycleInput() {
        return new CycleInput(cycle, segments, KpiDays.of(days), governing.penalties(),
                governing.fixedPerBreachByTarget(), results,
                cycleIncidents().stream().map(IncidentCharge::amount).toList(), Map.of(), missedReports, staffing);
    }

    /** The incidents of the statement's days, [from, to]. */
    List<IncidentCharge> cycleIncidents() {
        return incidents.stream().filter(i -> !i.occurredOn().isBefore(from) && !i.occurredOn().isAfter(to)).toList();
    }

    /**
     * The terms of the version in force on the statement's last day.
     *
     * @param fixedPerBreachByTarget the fixed penalty per breached window, by target number (1-based,
     *        the order of the version's SLA targets), for the targets that have one
     */
    public record Governing(int version, TaxTerms tax, Penalties penalties,
            Map<Integer, BigDecimal> fixedPerBreachByTarget, Deposit deposit) {

        public Governing {
            Objects.requireNonNull(tax, "tax");
            Objects.requireNonNull(penalties, "penalties");
            Objects.requireNonNull(deposit, "deposit");
            fixedPerBreachByTarget = Map.copyOf(fixedPerBreachByTarget);
        }

        /** The governing terms of a version, numbering its SLA targets from 1 as the SLA evaluation does. */
        public static Governing of(int version, ContractTerms terms) {
            return new Governing(version, terms.getTax(), terms.getPenalties(), CycleCalculator.fixedPerBreach(terms),
                    terms.getDeposit());
        }
    }

    /** A recorded incident that counts (not withdrawn), with its agreed amount. */
    public record IncidentCharge(long id, LocalDate occurredOn, IncidentType type, BigDecimal amount) {

        public IncidentCharge {
            Objects.requireNonNull(occurredOn, "occurredOn");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Temporary agents ordered for [from, to]: {@code agents} extra agents on each of those days. */
    public record TemporaryAgents(long id, LocalDate from, LocalDate to, int agents, String note) {

        public TemporaryAgents {
            if (to.isBefore(from) || agents < 0) {
                throw new IllegalArgumentException("temporary agents " + from + " – " + to + " × " + agents);
            }
        }
    }
}
