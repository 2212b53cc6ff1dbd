package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.settlement.entity.TemporaryAgents;
import com.csvendor.portal.sla.control.FeeParts;
import com.csvendor.portal.sla.control.IncidentRepository;
import com.csvendor.portal.sla.control.SlaRepository;
import com.csvendor.portal.sla.control.SlaWindows;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import com.csvendor.portal.sla.entity.SlaResult;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Gathers what one statement is computed from ({@link StatementInput}): the cycle's days inside the
 * contract's period, the versions in force on them, the KPI day sums of the contract's store and
 * vendor, the SLA results whose windows end in the cycle (waived ones left out), the incidents of
 * those days that still count, and the temporary agents recorded for them.
 */
@ApplicationScoped
public class StatementInputs {

    @Inject
    KpiRollups rollups;

    @Inject
    SlaRepository results;

    @Inject
    IncidentRepository incidents;

    @Inject
    StatementRepository statements;

    /** The contract's last day of service: its end date, or the day it was terminated if earlier. */
    public static LocalDate lastDay(Contract c) {
        if (c.getStatus() == ContractStatus.TERMINATED && c.getStatusSince() != null
                && c.getStatusSince().isBefore(c.getEndDate())) {
            return c.getStatusSince();
        }
        return c.getEndDate();
    }

    /** The settlement cycle containing the day, by the cycle kind of the version in force then. */
    public static Window cycleOf(Contract c, LocalDate day) {
        ContractVersion v = c.versionOn(day).orElse(c.getVersions().get(0));
        SettlementCycle kind = v.getTerms().getSettlement().getCycle();
        return SlaWindows.cycleOf(kind, day);
    }

    /** The cycle's days inside the contract's period; refused when they share none. */
    public static Window clipped(Contract c, Window cycle) {
        LocalDate from = cycle.start().isBefore(c.getStartDate()) ? c.getStartDate() : cycle.start();
        LocalDate last = lastDay(c);
        LocalDate to = cycle.end().isAfter(last) ? last : cycle.end();
        if (to.isBefore(from)) {
            throw new InvalidInputException("cycleStart", "statement.generate.outsidePeriod", cycle.start(),
                    c.getStartDate(), last);
        }
        return new Window(cycle.kind(), from, to);
    }

    public StatementInput of(Contract c, Window cycle) {
        Window days = clipped(c, cycle);
        List<FeeParts.Version<ContractVersion>> versions = c.getVersions().stream()
                .map(v -> new FeeParts.Version<>(v.getEffectiveFrom(), v)).toList();
        List<StatementInput.Segment> segments = FeeParts.segments(versions, c.getStartDate(), lastDay(c), days.start(),
                days.end()).stream().map(s -> new StatementInput.Segment(s.terms().getNumber(),
                        s.terms().getTerms().getFees(), s.from(), s.to())).toList();
        ContractVersion governing = c.versionOn(days.end()).orElseThrow();
        List<WindowResult> judged = results.resultsEndingBetween(c.getId(), cycle.start(), cycle.end()).stream()
                .filter(r -> !r.isWaived()).map(StatementInputs::asWindowResult).toList();
        List<StatementInput.IncidentCharge> charges = incidents.ofContractBetween(c.getId(), days.start(), days.end())
                .stream().filter(i -> i.getStatus().counts())
                .map(i -> new StatementInput.IncidentCharge(i.getId(), i.getOccurredOn(), i.getType(), i.getAmount()))
                .toList();
        List<StatementInput.TemporaryAgents> temporary = statements.temporaryAgents(c.getId(), days.start(),
                days.end()).stream().map(StatementInputs::asInput).toList();
        boolean last = !lastDay(c).isAfter(cycle.end());
        return new StatementInput(cycle, days.start(), days.end(), segments,
                rollups.days(c.getStore().getId(), c.getVendor().getId(), days.start(), days.end()),
                StatementInput.Governing.of(governing.getNumber(), governing.getTerms()), judged, charges, temporary,
                last);
    }

    private static StatementInput.TemporaryAgents asInput(TemporaryAgents t) {
        return new StatementInput.TemporaryAgents(t.getId(), t.getWorkFrom(), t.getWorkTo(), t.getAgents(),
                t.getNote());
    }

    static WindowResult asWindowResult(SlaResult r) {
        return new WindowResult(r.getTargetNo(), r.getMetric(), new Window(r.getWindow(), r.getWindowStart(),
                r.getWindowEnd()), r.getComparator(), r.getThreshold(), r.getMeasured(), r.getSample(),
                r.getMinimumSample(), r.getDaysJudged(), r.getDaysExempt(), r.getOutcome(), r.getShortfallPercent());
    }

}
