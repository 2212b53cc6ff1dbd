package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a daily report missing past its due time costs, under either rule of the contract. */
class MissingReportsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-16");
    private static final Window DAILY = new Window(SlaWindow.DAILY, DAY, DAY);
    private static final Window NOVEMBER = new Window(SlaWindow.SETTLEMENT_CYCLE, LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"));
    private static final SortedMap<LocalDate, KpiSums> NO_FIGURES = new TreeMap<>();

    private final SlaEvaluator evaluator = new SlaEvaluator();

    private static SlaTarget daily() {
        SlaTarget t = SlaEvaluatorTest.target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 0);
        t.setWindow(SlaWindow.DAILY);
        return t;
    }

    @Test
    void aDailyTargetOnADayWhoseReportIsMissingIsBreachedAsACompleteMissInsteadOfNotJudged() {
        WindowResult skipped = evaluator.evaluate(1, daily(), DAILY, NO_FIGURES, null, Set.of(DAY));
        assertEquals(Outcome.BREACHED, skipped.outcome());
        assertTrue(skipped.reportMissing());
        assertEquals(new BigDecimal("100.0000"), skipped.shortfallPercent());
        assertNull(skipped.measured());
        WindowResult notOwed = evaluator.evaluate(1, daily(), DAILY, NO_FIGURES, null, Set.of());
        assertEquals(Outcome.NOT_JUDGED, notOwed.outcome(), "no data, and no report owed yet: not judged as before");
        assertFalse(notOwed.reportMissing());
    }

    @Test
    void anExemptDayAndLongerWindowsAreNotBreachedForAMissingReport() {
        SlaTarget exempt = daily();
        DateRange holiday = new DateRange();
        holiday.setFrom(DAY);
        holiday.setTo(DAY);
        exempt.setExemptions(List.of(holiday));
        assertEquals(Outcome.NOT_JUDGED, evaluator.evaluate(1, exempt, DAILY, NO_FIGURES, null, Set.of(DAY)).outcome());
        Window week = new Window(SlaWindow.WEEKLY, DAY, DAY.plusDays(6));
        assertEquals(Outcome.NOT_JUDGED, evaluator.evaluate(2, daily(), week, NO_FIGURES, null, Set.of(DAY)).outcome());
    }

    @Test
    void aMissingReportsBreachCostsWhatTheTiersChargeForAFullShortfall() {
        WindowResult skipped = SlaEvaluator.reportMissing(1, daily(), DAILY);
        CyclePenalty p = new PenaltyCalculator().cycle(PenaltyCalculatorTest.clauses(null, null, "0", "5", "50", "30"),
                NOVEMBER, new BigDecimal("30000.00"), List.of(skipped), Map.of(), List.of(), Map.of());
        // The highest tier (over 50 %) applies: 30 % of the cycle fee × 1/30 days.
        assertEquals(new BigDecimal("300.00"), p.total());
        assertEquals(1, p.windowsBreached());
    }

    @Test
    void underTheFixedFineRuleOneLineChargesTheMissedDaysAndListsThem() {
        SortedMap<LocalDate, BigDecimal> missed = new TreeMap<>(Map.of(LocalDate.parse("2026-11-03"),
                new BigDecimal("200"), LocalDate.parse("2026-11-04"), new BigDecimal("200")));
        CyclePenalty p = new PenaltyCalculator().cycle(PenaltyCalculatorTest.clauses(null, null), NOVEMBER,
                new BigDecimal("30000.00"), List.of(), Map.of(), List.of(), Map.of(), missed);
        assertEquals(1, p.lines().size());
        PenaltyLine line = p.lines().get(0);
        assertEquals(PenaltyLine.MISSING_REPORTS, line.kind());
        assertEquals(new BigDecimal("400.00"), line.amount());
        assertEquals(List.of(2, "2026-11-03, 2026-11-04", new BigDecimal("400.00")), line.args());
        assertEquals(new BigDecimal("400.00"), p.total());
    }

    @Test
    void theCycleCalculationChargesOnlyMissedDaysInForceAndTheCapStillApplies() {
        var fees = Terms.valid().getFees();
        fees.setSeatPrice(new BigDecimal("3000.00"));
        // In force from the 10th: a missed 5th (before the start) counts for nothing.
        List<FeeSegment> segments = List.of(new FeeSegment(1, fees, LocalDate.parse("2026-11-10"),
                LocalDate.parse("2026-11-30")));
        SortedMap<LocalDate, BigDecimal> missed = new TreeMap<>(Map.of(LocalDate.parse("2026-11-05"),
                new BigDecimal("500"), LocalDate.parse("2026-11-12"), new BigDecimal("500")));
        CycleInput in = new CycleInput(NOVEMBER, segments, (a, b) -> KpiSums.ZERO,
                PenaltyCalculatorTest.clauses(null, null), Map.of(), List.of(), List.of(), Map.of(), missed);
        CyclePenalty p = new CycleCalculator().money(in).penalties();
        assertEquals(new BigDecimal("500.00"), p.total());
        assertEquals("2026-11-12", p.lines().get(0).args().get(1));

        CycleInput capped = new CycleInput(NOVEMBER, segments, (a, b) -> KpiSums.ZERO,
                PenaltyCalculatorTest.clauses("0", null), Map.of(), List.of(), List.of(), Map.of(), missed);
        assertEquals(new BigDecimal("0.00"), new CycleCalculator().money(capped).penalties().total());
    }
}
