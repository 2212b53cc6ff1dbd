package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import com.csvendor.portal.sla.entity.TerminationRightReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Recomputes a contract's settlement cycles ({@link ContractCycle}) from its start to the last day
 * evaluated (or the last cycle already stored, if later), up to its last day in force, in order, so
 * that each target's run of consecutive breaches is carried from one cycle into the next. Per cycle,
 * {@link CycleCalculator#money} — the same calculation as the cycle's statement — from the day sums,
 * the results whose windows end in the cycle (waived breaches left out) and the incidents of its days
 * in force that still count. Cycles stored after the last day in force (a backdated termination) are
 * removed. A cycle that newly gives the store a termination right (its stored row and the cycle
 * before it did not) fires {@link TerminationRightReached}, once per recomputation for the latest
 * such cycle.
 */
@ApplicationScoped
public class CyclePenalties {

    @Inject
    SlaRepository repository;

    @Inject
    Event<TerminationRightReached> terminationRights;

    @Inject
    Clock clock;

    private final CycleCalculator calculator = new CycleCalculator();

    /** Answers how many cycles were written, from what the book holds (and keeping it in step). */
    int recompute(SlaBook book, LocalDate evaluatedTo) {
        Contract c = book.contract();
        Optional<LocalDate> lastStored = book.lastCycleStart();
        if (lastStored.filter(d -> d.isAfter(c.lastDayInForce())).isPresent()) {
            repository.removeCyclesAfter(c.getId(), c.lastDayInForce());
            book.cyclesRemovedAfter(c.lastDayInForce());
        }
        LocalDate to = lastStored.filter(d -> d.isAfter(evaluatedTo)).orElse(evaluatedTo);
        List<ContractCycle> cycles = ContractCycle.between(c, c.getStartDate(), to);
        if (cycles.isEmpty()) {
            return 0;
        }
        LocalDate last = cycles.get(cycles.size() - 1).to();
        SortedMap<LocalDate, KpiSums> sums = book.days(c.getStartDate(), last);
        KpiDays days = KpiDays.of(sums);
        Map<Integer, Integer> carried = Map.of();
        Instant now = clock.instant();
        SortedMap<LocalDate, BigDecimal> missed = ReportLedgers.fines(book.reports(c.getStartDate(), last, now));
        List<StaffingDay> staffed = book.staffing(c.getStartDate(), last, now);
        int written = 0;
        TerminationRightReached reached = null;
        boolean previousRight = false;
        for (ContractCycle cc : cycles) {
            Window w = cc.cycle();
            List<WindowResult> results = book.endingBetween(w.start(), w.end()).stream()
                    .filter(r -> !r.isWaived()).map(CyclePenalties::asWindowResult).toList();
            List<BigDecimal> fines = book.incidents(cc.from(), cc.to()).stream()
                    .filter(i -> i.getStatus().counts()).map(Incident::getAmount).toList();
            CycleCalculator.CycleMoney m = calculator.money(cc.input(days, results, fines, carried, missed, staffed));
            CyclePenalty p = m.penalties();
            carried = p.consecutiveAfterByTarget();
            SlaCycle row = book.cycle(w.start());
            boolean hadRight = row.getEvaluatedAt() != null && row.isTerminationRight();
            if (p.terminationRight() && !hadRight && !previousRight) {
                reached = new TerminationRightReached(c.getId(), w.start(), p.consecutiveBreaches());
            }
            previousRight = p.terminationRight();
            row.refresh(new SlaCycle.Figures(w.end(), cc.governing().getNumber(), m.serviceFee(), p.breachPenalty(),
                    p.incidentPenalty(), p.cap(), p.total(), p.windowsJudged(), p.windowsBreached(),
                    p.consecutiveBreaches(), p.terminationRight()), now);
            repository.save(row);
            written++;
        }
        if (reached != null) {
            // Once per recomputation, for the latest cycle that newly gives the right.
            terminationRights.fire(reached);
        }
        return written;
    }

    /** A stored result as the cycle calculation reads it: for SLA cycles and statements alike. */
    public static WindowResult asWindowResult(SlaResult r) {
        return new WindowResult(r.getTargetNo(), r.getMetric(), new Window(r.getWindow(), r.getWindowStart(),
                r.getWindowEnd()), r.getComparator(), r.getThreshold(), r.getMeasured(), r.getSample(),
                r.getMinimumSample(), r.getDaysJudged(), r.getDaysExempt(), r.getOutcome(), r.getShortfallPercent(),
                r.isReportMissing());
    }
}
