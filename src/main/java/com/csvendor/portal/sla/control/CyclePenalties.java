package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import com.csvendor.portal.sla.entity.TerminationRightReached;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Recomputes a contract's settlement cycles from its start to the last day evaluated (or the last
 * cycle already stored, if later), in order, so that each target's run of consecutive breaches is
 * carried from one cycle into the next. Per cycle: the service fee over the cycle's days in the
 * contract's period split by month, and the penalties of the version in force on its last day —
 * from the results whose windows end in the cycle (waived breaches left out) and the incidents
 * that occurred in it and still count. A cycle that newly gives the store a termination right (its
 * stored row and the cycle before it did not) fires {@link TerminationRightReached}, once per
 * recomputation for the latest such cycle.
 */
@ApplicationScoped
public class CyclePenalties {

    @Inject
    KpiRollups rollups;

    @Inject
    SlaRepository repository;

    @Inject
    IncidentRepository incidents;

    @Inject
    Event<TerminationRightReached> terminationRights;

    Clock clock = Clock.systemUTC();

    private final ServiceFeeCalculator feeCalculator = new ServiceFeeCalculator();
    private final PenaltyCalculator penaltyCalculator = new PenaltyCalculator();

    /** Answers how many cycles were written. */
    int recompute(Contract c, SettlementCycle cycle, LocalDate evaluatedTo) {
        LocalDate to = repository.lastCycleStart(c.getId()).filter(d -> d.isAfter(evaluatedTo)).orElse(evaluatedTo);
        SortedMap<LocalDate, KpiSums> days = rollups.days(c.getStore().getId(), c.getVendor().getId(),
                c.getStartDate(), SlaEvaluation.earlier(c.getEndDate(), SlaWindows.cycleOf(cycle, to).end()));
        Map<Integer, Integer> carried = new HashMap<>();
        Instant now = clock.instant();
        int written = 0;
        TerminationRightReached reached = null;
        boolean previousRight = false;
        for (Window w : SlaWindows.cycles(cycle, c.getStartDate(), to)) {
            Span span = Span.of(w, c.getStartDate(), c.getEndDate());
            ContractVersion v = c.versionOn(span.end()).orElseThrow();
            ContractTerms terms = v.getTerms();
            BigDecimal fee = feeCalculator.fees(terms.getFees(),
                    MonthParts.split(terms.getFees(), span.start(), span.end(), days)).total();
            List<WindowResult> results = repository.resultsEndingBetween(c.getId(), w.start(), w.end()).stream()
                    .filter(r -> !r.isWaived()).map(CyclePenalties::asWindowResult).toList();
            List<BigDecimal> fines = incidents.ofContractBetween(c.getId(), span.start(), span.end()).stream()
                    .filter(i -> i.getStatus().counts()).map(Incident::getAmount).toList();
            CyclePenalty p = penaltyCalculator.cycle(terms.getPenalties(), w, fee, results, fixedPerBreach(terms),
                    fines, carried);
            carried = new HashMap<>(p.consecutiveAfterByTarget());
            SlaCycle row = repository.cycleFor(c.getId(), w.start());
            boolean hadRight = row.getEvaluatedAt() != null && row.isTerminationRight();
            if (p.terminationRight() && !hadRight && !previousRight) {
                reached = new TerminationRightReached(c.getId(), w.start(), p.consecutiveBreaches());
            }
            previousRight = p.terminationRight();
            row.refresh(new SlaCycle.Figures(w.end(), v.getNumber(), fee, p.breachPenalty(), p.incidentPenalty(),
                    p.cap(), p.total(), p.windowsJudged(), p.windowsBreached(), p.consecutiveBreaches(),
                    p.terminationRight()), now);
            repository.save(row);
            written++;
        }
        if (reached != null) {
            // Once per recomputation, for the latest cycle that newly gives the right.
            terminationRights.fire(reached);
        }
        return written;
    }

    private static Map<Integer, BigDecimal> fixedPerBreach(ContractTerms terms) {
        Map<Integer, BigDecimal> fixed = new HashMap<>();
        List<SlaTarget> targets = terms.getSlaTargets();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).getPenaltyPerBreach() != null) {
                fixed.put(i + 1, targets.get(i).getPenaltyPerBreach());
            }
        }
        return fixed;
    }

    static WindowResult asWindowResult(SlaResult r) {
        return new WindowResult(r.getTargetNo(), r.getMetric(), new Window(r.getWindow(), r.getWindowStart(),
                r.getWindowEnd()), r.getComparator(), r.getThreshold(), r.getMeasured(), r.getSample(),
                r.getMinimumSample(), r.getDaysJudged(), r.getDaysExempt(), r.getOutcome(), r.getShortfallPercent());
    }
}
