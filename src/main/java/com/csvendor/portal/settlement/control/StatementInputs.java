package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.settlement.entity.TemporaryAgents;
import com.csvendor.portal.sla.control.IncidentRepository;
import com.csvendor.portal.sla.control.ReportLedgers;
import com.csvendor.portal.sla.control.SlaRepository;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import com.csvendor.portal.sla.entity.SlaResult;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Reads what one statement is computed from, for the days a {@link StatementPeriod} covers: the KPI
 * day sums of the contract's store and vendor, the SLA results whose windows end in the cycle
 * (waived ones left out; refused while one is still provisional), the incidents of those days that still count, and the temporary agents
 * recorded for them.
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

    @Inject
    ReportLedgers reports;

    Clock clock = Clock.systemUTC();

    /** The statement period of the cycle containing the day; refused when none of its days is in the contract. */
    public static StatementPeriod period(Contract c, LocalDate day) {
        return StatementPeriod.of(c, day).orElseThrow(() -> new InvalidInputException("cycleStart",
                "statement.generate.outsidePeriod", day, c.getStartDate(), c.lastDayInForce()));
    }

    public StatementInput input(Contract c, StatementPeriod p) {
        Window cycle = p.cycle();
        List<SlaResult> ending = results.resultsEndingBetween(c.getId(), cycle.start(), cycle.end());
        // A result left provisional would silently be left out of the penalties: refuse until it is judged.
        ending.stream().filter(SlaResult::isProvisional).findFirst().ifPresent(r -> {
            throw new ConflictException("cycleStart", "statement.generate.provisional", r.getId(), r.getWindowStart(),
                    r.getWindowEnd());
        });
        List<WindowResult> judged = ending.stream().filter(r -> !r.isWaived()).map(StatementInputs::asWindowResult)
                .toList();
        List<StatementInput.IncidentCharge> charges = incidents.ofContractBetween(c.getId(), p.from(), p.to())
                .stream().filter(i -> i.getStatus().counts())
                .map(i -> new StatementInput.IncidentCharge(i.getId(), i.getOccurredOn(), i.getType(), i.getAmount()))
                .toList();
        List<StatementInput.TemporaryAgents> temporary = statements.temporaryAgents(c.getId(), p.from(), p.to())
                .stream().map(StatementInputs::asInput).toList();
        SortedMap<LocalDate, KpiSums> days = rollups.days(c.getStore().getId(), c.getVendor().getId(), p.from(),
                p.to());
        return p.input(days, judged, charges, temporary,
                ReportLedgers.fines(reports.of(c, p.from(), p.to(), clock.instant(), days)));
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
