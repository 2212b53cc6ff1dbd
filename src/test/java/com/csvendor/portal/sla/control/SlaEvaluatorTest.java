package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaEvaluatorTest {

    private static final LocalDate MON = LocalDate.parse("2026-11-16");
    private static final Window DAY = new Window(SlaWindow.DAILY, MON, MON);
    private static final Window WEEK = new Window(SlaWindow.WEEKLY, MON, MON.plusDays(6));

    private final SlaEvaluator evaluator = new SlaEvaluator();

    static SlaTarget target(Metric metric, Comparator comparator, String threshold, int minimumSample) {
        SlaTarget t = new SlaTarget();
        t.setMetric(metric);
        t.setComparator(comparator);
        t.setThreshold(new BigDecimal(threshold));
        t.setMinimumSample(minimumSample);
        return t;
    }

    private static SortedMap<LocalDate, KpiSums> days(Object... dayAndSums) {
        SortedMap<LocalDate, KpiSums> m = new TreeMap<>();
        for (int i = 0; i < dayAndSums.length; i += 2) {
            m.put(MON.plusDays((Integer) dayAndSums[i]), (KpiSums) dayAndSums[i + 1]);
        }
        return m;
    }

    private WindowResult one(SlaTarget t, KpiSums sums) {
        return evaluator.evaluate(1, t, DAY, days(0, sums), null);
    }

    @ParameterizedTest(name = "satisfaction 95 % {0} 95 → {1}")
    @CsvSource({"GE, MET", "GT, BREACHED"})
    void higherIsBetterExactlyAtTheThreshold(Comparator comparator, Outcome expected) {
        WindowResult r = one(target(Metric.SATISFACTION_RATE, comparator, "95", 0), Sums.satisfaction(95, 100));
        assertEquals(expected, r.outcome());
        assertEquals(new BigDecimal("95.0000"), r.measured());
        assertEquals(expected == Outcome.BREACHED ? new BigDecimal("0.0000") : null, r.shortfallPercent());
    }

    @ParameterizedTest(name = "first response 30 s {0} 30 → {1}")
    @CsvSource({"LE, MET", "LT, BREACHED"})
    void lowerIsBetterExactlyAtTheThreshold(Comparator comparator, Outcome expected) {
        WindowResult r = one(target(Metric.FIRST_RESPONSE_SECONDS, comparator, "30", 0), Sums.responseTime("30", 40));
        assertEquals(expected, r.outcome());
        assertEquals(new BigDecimal("30.00"), r.measured());
    }

    @ParameterizedTest(name = "satisfaction {0}/{1} vs ≥ 95 → {2}")
    @CsvSource({"951, 1000, MET", "949, 1000, BREACHED", "96, 100, MET"})
    void justEitherSideOfTheThreshold(long satisfied, long ratings, Outcome expected) {
        assertEquals(expected, one(target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0),
                Sums.satisfaction(satisfied, ratings)).outcome());
    }

    @Test
    void aWeekWhoseReportsHaveNoRefundFiguresIsNotJudgedForNoDataNeverMetAtZero() {
        KpiSums noRefunds = Sums.agentDays(5).paid(200, 1).get().with(KpiSums.REFUND_PART, null)
                .with(KpiSums.REFUND_BASE, null).with(KpiSums.REFUND_COUNT, null);
        WindowResult r = evaluator.evaluate(1, target(Metric.REFUND_RATE, Comparator.LE, "2", 0), WEEK,
                days(0, noRefunds, 1, noRefunds, 2, noRefunds), null);
        assertEquals(Outcome.NOT_JUDGED, r.outcome());
        assertNull(r.measured());
        assertEquals(0, r.daysJudged(), "no day had the metric's figures: the reason shown is \"no data\"");
        assertEquals(0, r.sample());
    }

    /**
     * The days of a contract in force are a view of the evaluated range: a week that runs past the
     * contract's last day (it ended on Wednesday) or began before its first (it started on Wednesday)
     * is judged on the days it has. It once failed with "toKey out of range" and the whole contract's
     * evaluation with it.
     */
    @Test
    void aWindowRunningPastTheContractsDaysIsJudgedOnTheDaysItHas() {
        TreeMap<LocalDate, KpiSums> all = new TreeMap<>(days(0, Sums.satisfaction(90, 100), 1, Sums.satisfaction(90,
                100), 2, Sums.satisfaction(100, 100), 3, Sums.satisfaction(100, 100), 4, Sums.satisfaction(100, 100)));
        SlaTarget t = target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0);
        WindowResult endedWednesday = evaluator.evaluate(1, t, WEEK, all.subMap(MON, MON.plusDays(3)), null);
        assertEquals(3, endedWednesday.daysJudged());
        assertEquals(Outcome.BREACHED, endedWednesday.outcome());
        assertEquals(new BigDecimal("93.3333"), endedWednesday.measured());
        WindowResult startedWednesday = evaluator.evaluate(1, t, WEEK, all.subMap(MON.plusDays(2), MON.plusDays(7)),
                null);
        assertEquals(3, startedWednesday.daysJudged());
        assertEquals(Outcome.MET, startedWednesday.outcome());
    }

    @Test
    void onlyTheDaysWithTheMetricsFiguresAreJudged() {
        KpiSums noRefunds = Sums.agentDays(5).paid(200, 1).get().with(KpiSums.REFUND_PART, null)
                .with(KpiSums.REFUND_BASE, null);
        KpiSums refunds = Sums.agentDays(5).paid(100, 0).get().with(KpiSums.REFUND_PART, BigDecimal.ONE);
        WindowResult r = evaluator.evaluate(1, target(Metric.REFUND_RATE, Comparator.LE, "2", 0), WEEK,
                days(0, noRefunds, 1, refunds), null);
        assertEquals(Outcome.MET, r.outcome());
        assertEquals(new BigDecimal("1.0000"), r.measured(), "1 of the 100 paid buyers of the day with refunds");
        assertEquals(1, r.daysJudged());
    }

    @Test
    void theRoundedValueNeverDecidesTheOutcome() {
        // 1,899,999 of 2,000,000 = 94.99995 %: shown as 95.0000, yet below 95.
        WindowResult r = one(target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0), Sums.satisfaction(1_899_999, 2_000_000));
        assertEquals(new BigDecimal("95.0000"), r.measured());
        assertEquals(Outcome.BREACHED, r.outcome());
        assertEquals(new BigDecimal("0.0001"), r.shortfallPercent(), "rounded up, never to 0");
    }

    @Test
    void shortfallIsRelativeToTheThresholdForBothDirections() {
        WindowResult low = one(target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0), Sums.satisfaction(855, 1000));
        assertEquals(new BigDecimal("10.0000"), low.shortfallPercent(), "(95 − 85.5) / 95");
        WindowResult slow = one(target(Metric.FIRST_RESPONSE_SECONDS, Comparator.LE, "30", 0), Sums.responseTime("45", 10));
        assertEquals(Outcome.BREACHED, slow.outcome());
        assertEquals(new BigDecimal("50.0000"), slow.shortfallPercent(), "(45 − 30) / 30");
        WindowResult third = one(target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 0), Sums.satisfaction(2, 3));
        assertEquals(new BigDecimal("25.9260"), third.shortfallPercent(), "(90 − 66.67) / 90 = 25.92592…, rounded up");
    }

    @Test
    void aThresholdOfZeroMissedIsAHundredPercentShortfall() {
        KpiSums oneDispute = Sums.agentDays(1).paid(200, 1).get();
        WindowResult disputes = one(target(Metric.DISPUTE_RATE, Comparator.LE, "0", 0), oneDispute);
        assertEquals(Outcome.BREACHED, disputes.outcome());
        assertEquals(new BigDecimal("100.0000"), disputes.shortfallPercent());
        assertEquals(Outcome.MET, one(target(Metric.DISPUTE_RATE, Comparator.LE, "0", 0),
                Sums.agentDays(1).paid(200, 0).get()).outcome());
        WindowResult noSales = one(target(Metric.AGENT_SALES, Comparator.GT, "0", 0), Sums.agentDays(3).get());
        assertEquals(Outcome.BREACHED, noSales.outcome());
        assertEquals(new BigDecimal("100.0000"), noSales.shortfallPercent());
    }

    @Test
    void aHugeShortfallIsCapped() {
        KpiSums half = Sums.agentDays(1).paid(100, 50).get();
        WindowResult r = one(target(Metric.DISPUTE_RATE, Comparator.LE, "0.01", 0), half);
        assertEquals(SlaEvaluator.MAX_SHORTFALL, r.shortfallPercent(), "(50 − 0.01) / 0.01 = 499,900 %");
    }

    @Test
    void belowTheMinimumSampleIsNotJudgedButTheValueIsKept() {
        SlaTarget t = target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 50);
        WindowResult r = one(t, Sums.satisfaction(10, 49));
        assertEquals(Outcome.NOT_JUDGED, r.outcome());
        assertEquals(49, r.sample());
        assertEquals(50, r.minimumSample());
        assertEquals(new BigDecimal("20.4082"), r.measured());
        assertNull(r.shortfallPercent());
        assertEquals(Outcome.BREACHED, one(t, Sums.satisfaction(10, 50)).outcome(), "exactly the minimum is judged");
    }

    @Test
    void theMinimumSampleCountsOverTheWholeWindow() {
        SlaTarget t = target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 50);
        WindowResult r = evaluator.evaluate(2, t, WEEK, days(0, Sums.satisfaction(20, 20), 3, Sums.satisfaction(29, 30)), null);
        assertEquals(Outcome.MET, r.outcome());
        assertEquals(50, r.sample());
        assertEquals(2, r.daysJudged());
        assertEquals(2, r.targetNo());
    }

    @Test
    void noFiguresIsNotJudged() {
        WindowResult r = evaluator.evaluate(1, target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0), WEEK, days(), null);
        assertEquals(Outcome.NOT_JUDGED, r.outcome());
        assertNull(r.measured());
        assertEquals(0, r.sample());
        assertEquals(0, r.daysJudged());
    }

    @Test
    void noBaseForTheMetricIsNotJudged() {
        WindowResult r = one(target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0), Sums.agentDays(4).received(300).get());
        assertEquals(Outcome.NOT_JUDGED, r.outcome());
        assertNull(r.measured());
        assertEquals(1, r.daysJudged());
    }

    @Test
    void exemptDaysAreLeftOutAndCounted() {
        SlaTarget t = target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 0);
        DateRange festival = new DateRange();
        festival.setFrom(MON.plusDays(1));
        festival.setTo(MON.plusDays(2));
        festival.setLabel("Spring Festival");
        t.setExemptions(List.of(festival));
        SortedMap<LocalDate, KpiSums> week = days(0, Sums.satisfaction(95, 100), 1, Sums.satisfaction(10, 100),
                4, Sums.satisfaction(91, 100));
        WindowResult r = evaluator.evaluate(1, t, WEEK, week, null);
        assertEquals(Outcome.MET, r.outcome(), "the bad day is exempt");
        assertEquals(new BigDecimal("93.0000"), r.measured());
        assertEquals(2, r.daysJudged());
        assertEquals(2, r.daysExempt(), "calendar days, with or without figures");
        t.setExemptions(List.of());
        assertEquals(Outcome.BREACHED, evaluator.evaluate(1, t, WEEK, week, null).outcome(), "without the exemption");
    }

    @Test
    void aWindowThatIsAllExemptIsNotJudged() {
        SlaTarget t = target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 0);
        DateRange all = new DateRange();
        all.setFrom(MON.minusDays(3));
        all.setTo(MON.plusDays(10));
        t.setExemptions(List.of(all));
        WindowResult r = evaluator.evaluate(1, t, WEEK, days(0, Sums.satisfaction(1, 100)), null);
        assertEquals(Outcome.NOT_JUDGED, r.outcome());
        assertEquals(7, r.daysExempt());
        assertEquals(0, r.daysJudged());
    }

    @Test
    void aRateIsTheRatioOfTheSumsNotTheAverageOfDailyRates() {
        // Daily rates 100 % and 90 % average 95 %, but 91 of 101 ratings is 90.0990 %.
        WindowResult r = evaluator.evaluate(1, target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0), WEEK,
                days(0, Sums.satisfaction(1, 1), 1, Sums.satisfaction(90, 100)), null);
        assertEquals(new BigDecimal("90.0990"), r.measured());
        assertEquals(Outcome.BREACHED, r.outcome());
    }

    @Test
    void aTimeIsWeightedByItsSessions() {
        // 10 s over 100 sessions and 100 s over 1 session: 10.89 s, not the 55 s of a plain average.
        WindowResult r = evaluator.evaluate(1, target(Metric.FIRST_RESPONSE_SECONDS, Comparator.LE, "30", 0), WEEK,
                days(0, Sums.responseTime("10", 100), 1, Sums.responseTime("100", 1)), null);
        assertEquals(new BigDecimal("10.89"), r.measured());
        assertEquals(Outcome.MET, r.outcome());
    }

    @Test
    void daysOutsideTheWindowAreIgnored() {
        SortedMap<LocalDate, KpiSums> m = days(0, Sums.satisfaction(99, 100), -1, Sums.satisfaction(0, 100),
                7, Sums.satisfaction(0, 100));
        WindowResult r = evaluator.evaluate(1, target(Metric.SATISFACTION_RATE, Comparator.GE, "95", 0), WEEK, m, null);
        assertEquals(Outcome.MET, r.outcome());
        assertEquals(1, r.daysJudged());
    }

    @Test
    void costMetricsUseTheFeesOfTheWindow() {
        SlaTarget t = target(Metric.COST_PER_RECEIVED, Comparator.LE, "2", 0);
        KpiSums sums = Sums.agentDays(5).received(500).get();
        WindowResult met = evaluator.evaluate(1, t, DAY, days(0, sums), new BigDecimal("1000.00"));
        assertEquals(Outcome.MET, met.outcome(), "¥1000 / 500 = ¥2.00, at the threshold");
        WindowResult breached = evaluator.evaluate(1, t, DAY, days(0, sums), new BigDecimal("1000.01"));
        assertEquals(Outcome.BREACHED, breached.outcome(), "¥2.00002 is above ¥2 though it shows as 2.00");
        assertEquals(new BigDecimal("2.00"), breached.measured());
        assertEquals(Outcome.NOT_JUDGED, evaluator.evaluate(1, t, DAY, days(0, sums), null).outcome(), "no fees known");
    }

    @Test
    void theResultCarriesTheTarget() {
        WindowResult r = one(target(Metric.SATISFACTION_RATE, Comparator.GE, "95.50", 10), Sums.satisfaction(90, 100));
        assertEquals(Metric.SATISFACTION_RATE, r.metric());
        assertEquals(Comparator.GE, r.comparator());
        assertEquals(new BigDecimal("95.50"), r.threshold());
        assertEquals(DAY, r.window());
        assertEquals(100, r.sample());
    }

    @Test
    void everyWindowOfTheTargetOverAPeriod() {
        SlaTarget t = target(Metric.SATISFACTION_RATE, Comparator.GE, "90", 0);
        t.setWindow(SlaWindow.WEEKLY);
        SortedMap<LocalDate, KpiSums> m = days(0, Sums.satisfaction(95, 100), 7, Sums.satisfaction(80, 100));
        List<WindowResult> all = evaluator.evaluateAll(4, t, SettlementCycle.MONTHLY, MON.plusDays(2), MON.plusDays(20), m,
                w -> { throw new AssertionError("no fees needed for satisfaction"); });
        assertEquals(List.of(Outcome.MET, Outcome.BREACHED, Outcome.NOT_JUDGED), all.stream().map(WindowResult::outcome).toList());
        assertEquals(WEEK, all.get(0).window());
        assertEquals(4, all.get(2).targetNo());
    }

    @Test
    void everyWindowOfACostTargetAsksForItsFees() {
        SlaTarget t = target(Metric.COST_PER_PAID_ORDER, Comparator.LE, "10", 0);
        t.setWindow(SlaWindow.DAILY);
        SortedMap<LocalDate, KpiSums> m = days(0, Sums.agentDays(1).paid(100, 0).get(), 1, Sums.agentDays(1).paid(100, 0).get());
        List<WindowResult> all = evaluator.evaluateAll(1, t, SettlementCycle.MONTHLY, MON, MON.plusDays(1), m,
                w -> w.start().equals(MON) ? new BigDecimal("1000") : new BigDecimal("1000.01"));
        assertEquals(List.of(Outcome.MET, Outcome.BREACHED), all.stream().map(WindowResult::outcome).toList());
    }
}
