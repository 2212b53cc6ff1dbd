package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A window that has not ended is provisional: the semi-monthly window 2026-12-01..12-15,
 * seen after five days, was shown BREACHED and could be disputed and counted. Fixed dates only.
 */
class ProvisionalWindowsTest {

    private static final Window FIRST_HALF = SlaWindows.cycleOf(SettlementCycle.SEMI_MONTHLY,
            LocalDate.parse("2026-12-01"));
    private static final BigDecimal FEE = new BigDecimal("30000.00");

    private final SlaEvaluator evaluator = new SlaEvaluator();
    private final PenaltyCalculator calculator = new PenaltyCalculator();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Satisfaction ≥ 90 % over the cycle; five days at 80 % (16 of 20 ratings a day). */
    private WindowResult judgedOn(LocalDate today, LocalDate lastDay) {
        SlaTarget t = SlaEvaluatorTest.target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 0);
        t.setWindow(SlaWindow.SETTLEMENT_CYCLE);
        SortedMap<LocalDate, KpiSums> days = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            days.put(FIRST_HALF.start().plusDays(i), Sums.satisfaction(16, 20));
        }
        return evaluator.evaluate(1, t, FIRST_HALF, days, null).asOf(lastDay, today);
    }

    @Test
    void aWindowSeenBeforeItsLastDayIsOverIsProvisional() {
        WindowResult r = judgedOn(d("2026-12-06"), FIRST_HALF.end());
        assertEquals(Outcome.PROVISIONAL_BREACHED, r.outcome(), "five days into 12-01..12-15");
        assertTrue(r.provisional());
        assertFalse(r.breached(), "a provisional breach is no breach yet");
        assertFalse(r.judged(), "nor judged");
        assertEquals(new BigDecimal("80.0000"), r.measured(), "the figures so far are still shown");
        assertEquals(Outcome.PROVISIONAL_BREACHED, judgedOn(d("2026-12-15"), FIRST_HALF.end()).outcome(),
                "its last day is not over yet");
    }

    @Test
    void aWindowIsJudgedForGoodOnceItsLastDayIsOver() {
        WindowResult r = judgedOn(d("2026-12-16"), FIRST_HALF.end());
        assertEquals(Outcome.BREACHED, r.outcome());
        assertFalse(r.provisional());
        assertTrue(r.breached());
        assertEquals(new BigDecimal("11.1112"), r.shortfallPercent());
    }

    @Test
    void aWindowCutShortByTheContractsEndClosesWithTheContract() {
        assertEquals(Outcome.BREACHED, judgedOn(d("2026-12-11"), d("2026-12-10")).outcome(),
                "the contract ended on 12-10: no day of the window is left to come");
        assertEquals(Outcome.PROVISIONAL_BREACHED, judgedOn(d("2026-12-10"), d("2026-12-10")).outcome());
    }

    @Test
    void theLastDayIsOverOnlyTheDayAfter() {
        assertTrue(SlaWindows.running(d("2026-12-15"), d("2026-12-15")));
        assertTrue(SlaWindows.running(d("2026-12-15"), d("2026-12-01")));
        assertFalse(SlaWindows.running(d("2026-12-15"), d("2026-12-16")));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"MET", "BREACHED", "NOT_JUDGED"})
    void everyJudgementHasAProvisionalForm(Outcome judged) {
        Outcome provisional = judged.provisional();
        assertTrue(provisional.isProvisional());
        assertFalse(judged.isProvisional());
        assertEquals(judged, provisional.judgement());
        assertEquals(provisional, provisional.provisional());
        assertEquals(judged, judged.judgement());
    }

    @Test
    void aProvisionalBreachCostsNothing() {
        Penalties tiers = PenaltyCalculatorTest.clauses(null, null, "0", "5", "10", "15");
        WindowResult running = judgedOn(d("2026-12-06"), FIRST_HALF.end());
        CyclePenalty p = calculator.cycle(tiers, FIRST_HALF, FEE, List.of(running), Map.of(1, new BigDecimal("500")),
                List.of(), Map.of());
        assertEquals(List.of(), p.lines());
        assertEquals(0, p.total().signum());
        assertEquals(0, p.windowsJudged());
        assertEquals(0, p.windowsBreached());
        CyclePenalty closed = calculator.cycle(tiers, FIRST_HALF, FEE, List.of(judgedOn(d("2026-12-16"),
                FIRST_HALF.end())), Map.of(1, new BigDecimal("500")), List.of(), Map.of());
        assertEquals(new BigDecimal("5000.00"), closed.total(), "closed: 15 % of 30,000 + 500 fixed");
        assertEquals(1, closed.windowsBreached());
    }

    @Test
    void aProvisionalBreachNeitherExtendsARunNorGivesTheTerminationRight() {
        Penalties p = PenaltyCalculatorTest.clauses(null, 3);
        WindowResult running = judgedOn(d("2026-12-06"), FIRST_HALF.end());
        CyclePenalty c = calculator.cycle(p, FIRST_HALF, FEE, List.of(running), Map.of(), List.of(), Map.of(1, 2));
        assertEquals(2, c.consecutiveBreaches(), "the two breached cycles before, not three");
        assertFalse(c.terminationRight());
        assertEquals(Map.of(1, 2), c.consecutiveAfterByTarget());
        CyclePenalty closed = calculator.cycle(p, FIRST_HALF, FEE, List.of(judgedOn(d("2026-12-16"),
                FIRST_HALF.end())), Map.of(), List.of(), Map.of(1, 2));
        assertEquals(3, closed.consecutiveBreaches());
        assertTrue(closed.terminationRight(), "judged for good, the third breach in a row counts");
    }

    @Test
    void aProvisionalMetWindowDoesNotEndARun() {
        WindowResult met = PenaltyCalculatorTest.result(1, FIRST_HALF, Outcome.PROVISIONAL_MET, null);
        CyclePenalty c = calculator.cycle(PenaltyCalculatorTest.clauses(null, 3), FIRST_HALF, FEE, List.of(met),
                Map.of(), List.of(), Map.of(1, 2));
        assertEquals(Map.of(1, 2), c.consecutiveAfterByTarget(), "a run ends only on a window met for good");
        assertEquals(0, c.windowsJudged());
    }
}
