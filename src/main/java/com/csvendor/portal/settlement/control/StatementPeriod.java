package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SettlementTerms;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.control.FeeParts;
import com.csvendor.portal.sla.control.SlaWindows;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a contract's statement for one settlement cycle covers: the cycle (of the version in force on
 * the day asked about, as the SLA evaluation takes it), its days inside the contract's period, the
 * versions in force on them, the governing version (in force on the last of those days: VAT,
 * penalties, deposit, settlement terms) and whether it is the final statement (it holds the contract's
 * last day). The caller reads the day sums, results, incidents and temporary agents of
 * [{@code from}, {@code to}] and makes the {@link StatementInput} with {@link #input}.
 */
public record StatementPeriod(Window cycle, LocalDate from, LocalDate to, List<StatementInput.Segment> segments,
        StatementInput.Governing governing, SettlementTerms settlement, boolean finalStatement) {

    public StatementPeriod {
        segments = List.copyOf(segments);
    }

    /**
     * The contract's last day in service: its end date or, when terminated, the day before the
     * termination took effect ({@code statusSince}, like EXPIRED's day after the end), whichever is
     * earlier.
     */
    public static LocalDate lastDay(Contract c) {
        LocalDate end = c.getEndDate();
        if (c.getStatus() == ContractStatus.TERMINATED && c.getStatusSince() != null
                && c.getStatusSince().minusDays(1).isBefore(end)) {
            return c.getStatusSince().minusDays(1);
        }
        return end;
    }

    /** The statement of the cycle containing {@code day}; empty when no day of it is in the contract's period. */
    public static Optional<StatementPeriod> of(Contract c, LocalDate day) {
        LocalDate last = lastDay(c);
        SettlementCycle kind = c.versionOn(day).orElse(c.current()).getTerms().getSettlement().getCycle();
        Window cycle = SlaWindows.cycleOf(kind, day);
        LocalDate from = cycle.start().isAfter(c.getStartDate()) ? cycle.start() : c.getStartDate();
        LocalDate to = cycle.end().isBefore(last) ? cycle.end() : last;
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        List<FeeParts.Version<ContractVersion>> versions = c.getVersions().stream()
                .map(v -> new FeeParts.Version<>(v.getEffectiveFrom(), v)).toList();
        List<StatementInput.Segment> segments = FeeParts.segments(versions, c.getStartDate(), last, from, to).stream()
                .map(s -> new StatementInput.Segment(s.terms().getNumber(), s.terms().getTerms().getFees(), s.from(),
                        s.to()))
                .toList();
        ContractVersion governing = c.versionOn(to).orElseThrow();
        return Optional.of(new StatementPeriod(cycle, from, to, segments,
                StatementInput.Governing.of(governing.getNumber(), governing.getTerms()),
                governing.getTerms().getSettlement(), to.equals(last)));
    }

    /** The calculator's input: these days and terms with what was read for them. */
    public StatementInput input(SortedMap<LocalDate, KpiSums> days, List<WindowResult> results,
            List<StatementInput.IncidentCharge> incidents, List<StatementInput.TemporaryAgents> temporaryAgents) {
        return new StatementInput(cycle, from, to, segments, days, governing, results, incidents, temporaryAgents,
                finalStatement);
    }

    /** When the statement is due: {@code statementDay} days after its last day. */
    public LocalDate statementDueOn() {
        return PaymentDue.statementDueOn(to, settlement);
    }
}
