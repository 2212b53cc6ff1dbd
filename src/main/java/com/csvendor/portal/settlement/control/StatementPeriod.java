package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.SettlementTerms;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.control.ContractCycle;
import com.csvendor.portal.sla.control.FeeSegment;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a contract's statement for one settlement cycle covers — the contract's cycle holding the day
 * asked about, as the SLA cycles take it ({@link ContractCycle}): the cycle, its days in force, the
 * versions in force on them, the governing version (in force on the last of those days: VAT,
 * penalties, deposit, settlement terms) and whether it is the final statement (it holds the
 * contract's last day in force). The caller reads the day sums, results, incidents and temporary
 * agents of [{@code from}, {@code to}] and makes the {@link StatementInput} with {@link #input}.
 */
public record StatementPeriod(Window cycle, LocalDate from, LocalDate to, List<FeeSegment> segments,
        StatementInput.Governing governing, SettlementTerms settlement, boolean finalStatement) {

    public StatementPeriod {
        segments = List.copyOf(segments);
    }

    /** The statement of the cycle containing {@code day}; empty when no day of it is in the contract's period. */
    public static Optional<StatementPeriod> of(Contract c, LocalDate day) {
        return ContractCycle.holding(c, day).map(cc -> new StatementPeriod(cc.cycle(), cc.from(), cc.to(),
                cc.segments(), StatementInput.Governing.of(cc.governing().getNumber(), cc.terms()),
                cc.terms().getSettlement(), cc.last()));
    }

    /** The calculator's input: these days and terms with what was read for them. */
    public StatementInput input(SortedMap<LocalDate, KpiSums> days, List<WindowResult> results,
            List<StatementInput.IncidentCharge> incidents, List<StatementInput.TemporaryAgents> temporaryAgents,
            SortedMap<LocalDate, java.math.BigDecimal> missedReports,
            List<com.csvendor.portal.sla.control.StaffingDay> staffing) {
        return new StatementInput(cycle, from, to, segments, days, governing, results, incidents, temporaryAgents,
                finalStatement, missedReports, staffing);
    }

    /** When the statement is due: {@code statementDay} days after its last day. */
    public LocalDate statementDueOn() {
        return PaymentDue.statementDueOn(to, settlement);
    }
}
