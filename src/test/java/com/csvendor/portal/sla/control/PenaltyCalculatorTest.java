package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaWindow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyCalculatorTest {

    private static final Window NOV = SlaWindows.cycleOf(SettlementCycle.MONTHLY, LocalDate.parse("2026-11-01"));
    private static final BigDecimal FEE = m("100000.00");

    private final PenaltyCalculator calculator = new PenaltyCalculator();

    static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    static Penalties clauses(String capPercent, Integer terminationAfter, String... overAndFee) {
        Penalties p = new Penalties();
        List<PenaltyTier> tiers = new ArrayList<>();
        for (int i = 0; i < overAndFee.length; i += 2) {
            PenaltyTier t = new PenaltyTier();
            t.setShortfallOverPercent(m(overAndFee[i]));
            t.setFeePercent(m(overAndFee[i + 1]));
            tiers.add(t);
        }
        p.setTiers(tiers);
        p.setCapPercent(capPercent == null ? null : m(capPercent));
        p.setTerminationAfterBreaches(terminationAfter);
        return p;
    }

    static Penalties tiered() {
        return clauses(null, null, "10", "5", "20", "15");
    }

    static WindowResult result(int targetNo, Window window, Outcome outcome, String shortfall) {
        return new WindowResult(targetNo, Metric.SATISFACTION_RATE, window, Comparator.GE, m("95"), m("80"), 100, 0,
                window.days(), 0, outcome, shortfall == null ? null : m(shortfall));
    }

    static WindowResult breach(int targetNo, Window window, String shortfall) {
        return result(targetNo, window, Outcome.BREACHED, shortfall);
    }

    static Window day(int dayOfNovember) {
        LocalDate d = LocalDate.of(2026, 11, dayOfNovember);
        return new Window(SlaWindow.DAILY, d, d);
    }

    static Window cycleWindow() {
        return NOV;
    }

    private CyclePenalty cycle(Penalties clauses, List<WindowResult> results) {
        return check(calculator.cycle(clauses, NOV, FEE, results, Map.of(), List.of(), Map.of()));
    }

    /** Every cycle's lines add up to its total, and breach + incident − cap reduction = total. */
    private static CyclePenalty check(CyclePenalty c) {
        assertEquals(c.total(), c.lines().stream().map(PenaltyLine::amount).reduce(m("0.00"), BigDecimal::add));
        BigDecimal before = c.breachPenalty().add(c.incidentPenalty());
        assertEquals(c.cap() != null && before.compareTo(c.cap()) > 0 ? c.cap() : before, c.total());
        return c;
    }

    @ParameterizedTest(name = "shortfall {0} % → {1}")
    @CsvSource({"5.0000, 0.00", "10.0000, 0.00", "10.0001, 5000.00", "20.0000, 5000.00", "20.0001, 15000.00",
            "99999.9999, 15000.00"})
    void theHighestTierTheShortfallExceedsApplies(String shortfall, String penalty) {
        CyclePenalty c = cycle(tiered(), List.of(breach(1, cycleWindow(), shortfall)));
        assertEquals(m(penalty), c.breachPenalty());
        assertEquals(m(penalty), c.total());
    }

    @Test
    void tiersApplyWhateverOrderTheyAreListedIn() {
        CyclePenalty c = cycle(clauses(null, null, "20", "15", "10", "5"), List.of(breach(1, cycleWindow(), "25")));
        assertEquals(m("15000.00"), c.total());
    }

    @Test
    void aTierOverZeroAppliesToEveryBreachEvenAtAStrictThreshold() {
        CyclePenalty c = cycle(clauses(null, null, "0", "2", "10", "5"), List.of(breach(1, cycleWindow(), "0.0000")));
        assertEquals(m("2000.00"), c.total());
    }

    @Test
    void theTierLineExplainsItself() {
        PenaltyLine line = cycle(tiered(), List.of(breach(3, cycleWindow(), "12.5"))).lines().get(0);
        assertEquals(PenaltyLine.TIER, line.kind());
        assertEquals(3, line.targetNo());
        assertEquals("sla.penalty.tier", line.explanationKey());
        assertEquals(List.of(Metric.SATISFACTION_RATE, NOV.start(), NOV.end(), m("12.5"), m("10"), m("5"), FEE, 30, 30),
                line.args());
    }

    @Test
    void aShorterWindowCostsItsShareOfTheCycle() {
        CyclePenalty daily = cycle(tiered(), List.of(breach(1, day(3), "15")));
        assertEquals(m("166.67"), daily.total(), "5 % × 100,000 × 1/30");
        Window week = new Window(SlaWindow.WEEKLY, LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-01"));
        assertTrue(PenaltyCalculator.belongsTo(week, NOV));
        assertEquals(m("1166.67"), cycle(tiered(), List.of(breach(1, week, "15"))).total(), "7/30 of 5 %, whole week");
    }

    @Test
    void thirtyDailyBreachesCostAboutWhatOneBreachedMonthWould() {
        List<WindowResult> all = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            all.add(breach(1, day(d), "15"));
        }
        CyclePenalty c = cycle(tiered(), all);
        assertEquals(30, c.lines().size());
        assertEquals(m("5000.10"), c.total(), "30 lines of 166.67, each rounded to the fen");
        assertEquals(30, c.windowsBreached());
    }

    @Test
    void aWindowBelongsToTheCycleHoldingItsLastDay() {
        Window straddling = new Window(SlaWindow.WEEKLY, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"));
        assertFalse(PenaltyCalculator.belongsTo(straddling, NOV));
        assertTrue(PenaltyCalculator.belongsTo(straddling, SlaWindows.cycleOf(SettlementCycle.MONTHLY, LocalDate.parse("2026-12-01"))));
    }

    @Test
    void aFixedAmountIsOwedPerBreachedWindow() {
        List<WindowResult> results = List.of(breach(1, day(1), "1"), result(1, day(2), Outcome.MET, null),
                breach(1, day(3), "1"), breach(2, day(3), "1"), result(1, day(4), Outcome.NOT_JUDGED, null));
        CyclePenalty c = check(calculator.cycle(clauses(null, null), NOV, FEE, results, Map.of(1, m("200")), List.of(),
                Map.of()));
        assertEquals(m("400.00"), c.breachPenalty(), "two breached windows of target 1; none agreed for target 2");
        assertEquals(List.of(PenaltyLine.FIXED, PenaltyLine.FIXED), c.lines().stream().map(PenaltyLine::kind).toList());
        assertEquals(List.of(Metric.SATISFACTION_RATE, day(3).start(), day(3).end(), m("200.00")), c.lines().get(1).args());
    }

    @Test
    void tierAndFixedAddUpForTheSameBreach() {
        CyclePenalty c = check(calculator.cycle(tiered(), NOV, FEE, List.of(breach(1, cycleWindow(), "11")),
                Map.of(1, m("1000")), List.of(), Map.of()));
        assertEquals(List.of(PenaltyLine.TIER, PenaltyLine.FIXED), c.lines().stream().map(PenaltyLine::kind).toList());
        assertEquals(m("6000.00"), c.total());
    }

    @Test
    void incidentsAreOwedAsRecorded() {
        CyclePenalty c = check(calculator.cycle(tiered(), NOV, FEE, List.of(), Map.of(),
                List.of(m("500"), m("1000.5")), Map.of()));
        assertEquals(m("1500.50"), c.incidentPenalty());
        assertEquals(m("0.00"), c.breachPenalty());
        assertEquals(m("1500.50"), c.total());
        assertEquals(List.of(2, m("1000.50")), c.lines().get(1).args());
        assertEquals(NOV, c.lines().get(0).window());
    }

    @Test
    void theCapLimitsAllPenaltiesOfTheCycle() {
        // 15 % tier + 10,000 fixed + 20,000 incident = 45,000 against a cap of 30 % of 100,000.
        CyclePenalty c = check(calculator.cycle(clauses("30", null, "20", "15"), NOV, FEE,
                List.of(breach(1, cycleWindow(), "30")), Map.of(1, m("10000")), List.of(m("20000")), Map.of()));
        assertEquals(m("25000.00"), c.breachPenalty());
        assertEquals(m("20000.00"), c.incidentPenalty());
        assertEquals(m("30000.00"), c.cap());
        assertEquals(m("30000.00"), c.total());
        PenaltyLine cap = c.lines().get(c.lines().size() - 1);
        assertEquals(PenaltyLine.CAP, cap.kind());
        assertEquals(m("-15000.00"), cap.amount());
        assertEquals(List.of(m("30"), FEE, m("30000.00"), m("45000.00")), cap.args());
    }

    @Test
    void belowTheCapNothingIsTakenOff() {
        CyclePenalty c = cycle(clauses("30", null, "10", "5"), List.of(breach(1, cycleWindow(), "11")));
        assertEquals(m("30000.00"), c.cap());
        assertEquals(m("5000.00"), c.total());
        assertTrue(c.lines().stream().noneMatch(l -> l.kind().equals(PenaltyLine.CAP)));
    }

    @Test
    void exactlyAtTheCapNothingIsTakenOff() {
        CyclePenalty c = cycle(clauses("5", null, "10", "5"), List.of(breach(1, cycleWindow(), "11")));
        assertEquals(m("5000.00"), c.total());
        assertEquals(1, c.lines().size());
    }

    @Test
    void withoutACapEverythingIsOwed() {
        CyclePenalty c = check(calculator.cycle(clauses(null, null, "10", "100"), NOV, FEE,
                List.of(breach(1, cycleWindow(), "11")), Map.of(), List.of(m("5000")), Map.of()));
        assertNull(c.cap());
        assertEquals(m("105000.00"), c.total());
    }

    @Test
    void aCapOfZeroWaivesEveryPenalty() {
        CyclePenalty c = cycle(clauses("0", null, "10", "5"), List.of(breach(1, cycleWindow(), "11")));
        assertEquals(m("0.00"), c.total());
    }

    @Test
    void judgedAndBreachedWindowsAreCounted() {
        CyclePenalty c = cycle(tiered(), List.of(breach(1, day(1), "1"), result(1, day(2), Outcome.MET, null),
                result(1, day(3), Outcome.NOT_JUDGED, null), result(2, day(3), Outcome.MET, null)));
        assertEquals(3, c.windowsJudged());
        assertEquals(1, c.windowsBreached());
    }

    @Test
    void consecutiveBreachesCarryOverFromEarlierCyclesAndGiveTheTerminationRight() {
        Penalties p = clauses(null, 4);
        List<WindowResult> results = List.of(breach(1, day(1), "1"), result(1, day(2), Outcome.NOT_JUDGED, null),
                breach(1, day(3), "1"));
        CyclePenalty c = check(calculator.cycle(p, NOV, FEE, results, Map.of(), List.of(), Map.of(1, 2)));
        assertEquals(4, c.consecutiveBreaches(), "2 carried in + 2; not judged neither breaks nor extends");
        assertTrue(c.terminationRight());
        assertEquals(Map.of(1, 4), c.consecutiveAfterByTarget());
        CyclePenalty one = check(calculator.cycle(p, NOV, FEE, results, Map.of(), List.of(), Map.of(1, 1)));
        assertEquals(3, one.consecutiveBreaches());
        assertFalse(one.terminationRight(), "3 < 4");
    }

    @Test
    void aMetWindowEndsTheRun() {
        Penalties p = clauses(null, 3);
        CyclePenalty c = check(calculator.cycle(p, NOV, FEE, List.of(breach(1, day(1), "1"), result(1, day(2), Outcome.MET, null),
                breach(1, day(3), "1")), Map.of(), List.of(), Map.of(1, 1)));
        assertEquals(2, c.consecutiveBreaches(), "1 + 1 before the met day");
        assertEquals(Map.of(1, 1), c.consecutiveAfterByTarget());
        assertFalse(c.terminationRight());
    }

    @Test
    void aRunThatReachedTheLimitGivesTheRightEvenIfItEndsLaterInTheCycle() {
        CyclePenalty c = check(calculator.cycle(clauses(null, 2), NOV, FEE,
                List.of(breach(1, day(1), "1"), breach(1, day(2), "1"), result(1, day(3), Outcome.MET, null)), Map.of(),
                List.of(), Map.of()));
        assertTrue(c.terminationRight());
        assertEquals(2, c.consecutiveBreaches());
        assertEquals(Map.of(1, 0), c.consecutiveAfterByTarget());
    }

    @Test
    void runsAreCountedPerTargetInWindowOrder() {
        // Given out of order: target 1 breaches on days 1 and 3 with a met day 2 in between; target 2 breaches twice.
        List<WindowResult> results = List.of(breach(1, day(3), "1"), breach(2, day(2), "1"),
                result(1, day(2), Outcome.MET, null), breach(1, day(1), "1"), breach(2, day(1), "1"));
        CyclePenalty c = check(calculator.cycle(clauses(null, 3), NOV, FEE, results, Map.of(), List.of(), Map.of(3, 5)));
        assertEquals(Map.of(1, 1, 2, 2, 3, 5), c.consecutiveAfterByTarget(), "target 3 had no window: its run stands");
        assertEquals(5, c.consecutiveBreaches());
        assertTrue(c.terminationRight(), "target 3's run of 5 still stands");
    }

    @Test
    void consecutiveBreachedCyclesAcrossThreeCycles() {
        Penalties p = clauses(null, 3);
        Map<Integer, Integer> carried = new HashMap<>();
        List<Boolean> rights = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            Window cycle = SlaWindows.cycleOf(SettlementCycle.MONTHLY, LocalDate.of(2026, month, 1));
            CyclePenalty c = check(calculator.cycle(p, cycle, FEE, List.of(breach(1, cycle, "1")), Map.of(), List.of(), carried));
            carried = new HashMap<>(c.consecutiveAfterByTarget());
            rights.add(c.terminationRight());
        }
        assertEquals(List.of(false, false, true), rights);
        assertEquals(Map.of(1, 3), carried);
    }

    @Test
    void noTerminationClauseNoRight() {
        CyclePenalty c = cycle(clauses(null, null), List.of(breach(1, day(1), "1"), breach(1, day(2), "1")));
        assertEquals(2, c.consecutiveBreaches());
        assertFalse(c.terminationRight());
    }
}
