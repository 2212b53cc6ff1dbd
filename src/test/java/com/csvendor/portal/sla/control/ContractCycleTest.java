package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Contracts;
import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A contract's cycles priced by the one calculation as the SLA cycles, the statements, the
 * comparison and the cost targets take them ({@link ContractCycle}, {@link CycleCalculator}), without
 * a container: the rules that used to live only inside the CDI beans.
 */
class ContractCycleTest {

    private final CycleCalculator calculator = new CycleCalculator();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static KpiSums agents(long n, long received) {
        return new KpiSums(n, received, received, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }

    private static KpiDays everyDay(String from, String to, long agents) {
        TreeMap<LocalDate, KpiSums> days = new TreeMap<>();
        for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
            days.put(day, agents(agents, 0));
        }
        return KpiDays.of(days);
    }

    /** Seats for 2031, satisfaction ≥ 90 % daily (target 1) and weekly (target 2), tiers over 0 → 10 %. */
    private static ContractTerms terms(String seat) {
        ContractTerms t = Terms.valid();
        t.getFees().setSeatPrice(m(seat));
        t.setSlaTargets(List.of(target(SlaWindow.DAILY, null), target(SlaWindow.WEEKLY, null)));
        t.setPenalties(PenaltyCalculatorTest.clauses(null, null, "0", "10"));
        return t;
    }

    private static SlaTarget target(SlaWindow window, String perBreach) {
        SlaTarget s = new SlaTarget();
        s.setMetric(Metric.SATISFACTION_RATE);
        s.setComparator(Comparator.GE);
        s.setThreshold(m("90"));
        s.setWindow(window);
        s.setPenaltyPerBreach(perBreach == null ? null : m(perBreach));
        return s;
    }

    private static WindowResult result(int target, SlaWindow kind, String start, String end, Outcome outcome,
            String shortfall) {
        Window w = new Window(kind, d(start), d(end));
        return new WindowResult(target, Metric.SATISFACTION_RATE, w, Comparator.GE, m("90"), m("80"), 100, 0, w.days(),
                0, outcome, shortfall == null ? null : m(shortfall));
    }

    private static WindowResult breach(int target, SlaWindow kind, String start, String end, String shortfall) {
        return result(target, kind, start, end, Outcome.BREACHED, shortfall);
    }

    private CycleCalculator.CycleMoney money(Contract c, String day, KpiDays days, List<WindowResult> results,
            List<BigDecimal> incidents) {
        return calculator.money(ContractCycle.holding(c, d(day)).orElseThrow().input(days, results, incidents,
                Map.of()));
    }

    @Test
    void anAmendedCycleIsPricedVersionByVersionAndItsPenaltiesAreSharesOfThatFee() {
        Contract c = Contracts.active(terms("5000.00"));
        c.amend(terms("6000.00"), d("2031-03-16"), "price", "manager", Contracts.NOW);
        CycleCalculator.CycleMoney money = money(c, "2031-03-10", everyDay("2031-03-01", "2031-03-31", 10),
                List.of(breach(1, SlaWindow.DAILY, "2031-03-20", "2031-03-20", "15")), List.of());
        // 150 agent-days × 5,000 / 31 + 160 × 6,000 / 31; the breach 10 % × 55,161.29 × 1/31 = 177.939…
        assertEquals(List.of(m("24193.55"), m("30967.74")), money.fees().segments().stream()
                .map(CycleCalculator.SegmentFees::total).toList());
        assertEquals(List.of(1, 2), money.fees().segments().stream().map(s -> s.segment().version()).toList());
        assertEquals(m("55161.29"), money.serviceFee());
        assertEquals(m("177.94"), money.penalties().total());
        assertEquals(2, ContractCycle.holding(c, d("2031-03-01")).orElseThrow().governing().getNumber());
    }

    @Test
    void aTerminatedContractsLastCycleStopsAtTheTerminationAndProratesTheMinimumToIt() {
        ContractTerms t = terms("5000.00");
        t.getFees().setMinimumMonthlyFee(m("20000.00"));
        Contract c = Contracts.active(t);
        c.changeStatus(ContractStatus.TERMINATED, d("2031-03-21"), "breaches");
        List<ContractCycle> cycles = ContractCycle.between(c, d("2031-01-01"), d("2031-12-31"));
        assertEquals(List.of(d("2031-01-31"), d("2031-02-28"), d("2031-03-20")),
                cycles.stream().map(ContractCycle::to).toList());
        assertEquals(List.of(false, false, true), cycles.stream().map(ContractCycle::last).toList());
        assertEquals(d("2031-03-31"), cycles.get(2).cycle().end(), "penalty tiers stay shares of the whole cycle");
        // 40 agent-days × 5,000 / 31 = 6,451.61; the minimum 20,000 × 20 / 31 less 6,451.6129… = 6,451.61.
        CycleCalculator.CycleMoney money = calculator.money(cycles.get(2).input(everyDay("2031-03-01", "2031-03-31",
                2), List.of(breach(1, SlaWindow.DAILY, "2031-03-10", "2031-03-10", "5"),
                breach(1, SlaWindow.DAILY, "2031-03-25", "2031-03-25", "5")), List.of(), Map.of()));
        assertEquals(List.of(m("6451.61"), m("6451.61")), money.fees().segments().get(0).lines().stream()
                .map(FeeLine::amount).toList());
        assertEquals(m("12903.22"), money.serviceFee(), "the agents' figures after the termination count for nothing");
        assertEquals(m("41.62"), money.penalties().total(), "10 % × 12,903.22 / 31; the day judged after the"
                + " termination counts for nothing");
        assertEquals(1, money.penalties().windowsBreached());
    }

    @Test
    void runsOfConsecutiveBreachesAreCarriedFromOneCycleIntoTheNext() {
        ContractTerms t = terms("5000.00");
        t.setPenalties(PenaltyCalculatorTest.clauses(null, 3, "0", "10"));
        Contract c = Contracts.active(t);
        List<WindowResult> results = List.of(
                result(2, SlaWindow.WEEKLY, "2031-01-13", "2031-01-19", Outcome.MET, null),
                breach(2, SlaWindow.WEEKLY, "2031-01-20", "2031-01-26", "5"),
                breach(2, SlaWindow.WEEKLY, "2031-01-27", "2031-02-02", "5"),
                result(2, SlaWindow.WEEKLY, "2031-02-03", "2031-02-09", Outcome.NOT_JUDGED, null),
                breach(2, SlaWindow.WEEKLY, "2031-02-10", "2031-02-16", "5"),
                breach(1, SlaWindow.DAILY, "2031-02-11", "2031-02-11", "5"),
                result(2, SlaWindow.WEEKLY, "2031-03-03", "2031-03-09", Outcome.MET, null));
        Map<Integer, Integer> carried = Map.of();
        List<Integer> longest = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (ContractCycle cycle : ContractCycle.between(c, d("2031-01-01"), d("2031-03-31"))) {
            CyclePenalty p = calculator.money(cycle.input(everyDay("2031-01-01", "2031-03-31", 1), results, List.of(),
                    carried)).penalties();
            carried = p.consecutiveAfterByTarget();
            longest.add(p.consecutiveBreaches());
            right.add(p.terminationRight());
        }
        // January ends on a run of 1 (the week ending 2 February belongs to February); February's two
        // weekly breaches around a week without data make 3; the run still stands as March begins,
        // until March's met week ends it.
        assertEquals(List.of(1, 3, 3), longest);
        assertEquals(List.of(false, true, true), right);
        assertEquals(Map.of(1, 1, 2, 0), carried);
    }

    @Test
    void aFixedPenaltyIsOwedPerBreachedWindowOfTheTargetThatAgreesOne() {
        ContractTerms t = terms("3100.00");
        t.setSlaTargets(List.of(target(SlaWindow.DAILY, null), target(SlaWindow.WEEKLY, "300.00")));
        t.setPenalties(new Penalties());
        Contract c = Contracts.active(t);
        assertEquals(Map.of(2, m("300.00")), CycleCalculator.fixedPerBreach(t));
        CyclePenalty p = money(c, "2031-03-01", everyDay("2031-03-01", "2031-03-31", 1), List.of(
                breach(2, SlaWindow.WEEKLY, "2031-03-02", "2031-03-08", "1"),
                breach(2, SlaWindow.WEEKLY, "2031-03-09", "2031-03-15", "1"),
                breach(1, SlaWindow.DAILY, "2031-03-09", "2031-03-09", "50")), List.of()).penalties();
        assertEquals(m("600.00"), p.total(), "two breached weeks × ¥300; the daily target agreed no amount, no tiers");
        assertEquals(3, p.windowsBreached());
    }

    @Test
    void theCapBringsEveryPenaltyOfTheCycleDownToItsShareOfTheFee() {
        ContractTerms t = terms("3100.00");
        t.setPenalties(PenaltyCalculatorTest.clauses("10", null, "0", "10", "20", "50"));
        Contract c = Contracts.active(t);
        // Fee 31 agent-days × 3,100 / 31 = 3,100.00: a breached week 50 % × 7/31 = 350.00, incidents 200.00.
        CyclePenalty p = money(c, "2031-03-01", everyDay("2031-03-01", "2031-03-31", 1),
                List.of(breach(2, SlaWindow.WEEKLY, "2031-03-02", "2031-03-08", "25")), List.of(m("200.00")))
                .penalties();
        assertEquals(m("550.00"), p.breachPenalty().add(p.incidentPenalty()));
        assertEquals(m("310.00"), p.cap());
        assertEquals(m("310.00"), p.total());
        assertEquals(m("-240.00"), p.lines().get(p.lines().size() - 1).amount(), "the CAP line");
    }

    @Test
    void aContractStartingMidCycleIsProratedByItsDaysInServiceAndTheFirstCycleStaysWhole() {
        ContractTerms t = terms("5000.00");
        t.getPeriod().setStart(d("2031-01-11"));
        t.getFees().setMinimumMonthlyFee(m("31000.00"));
        Contract c = Contracts.active(t);
        ContractCycle first = ContractCycle.holding(c, d("2031-01-02")).orElseThrow();
        assertEquals(List.of(d("2031-01-01"), d("2031-01-11"), d("2031-01-31")),
                List.of(first.cycle().start(), first.from(), first.to()));
        // 21 agent-days × 5,000 / 31 = 3,387.10; the minimum 31,000 × 21 / 31 = 21,000 tops up the rest.
        CycleCalculator.CycleMoney money = calculator.money(first.input(everyDay("2031-01-01", "2031-01-31", 1),
                List.of(), List.of(), Map.of()));
        assertEquals(List.of(m("3387.10"), m("17612.90")), money.fees().segments().get(0).lines().stream()
                .map(FeeLine::amount).toList());
        assertEquals(m("21000.00"), money.serviceFee());
    }

    @Test
    void theFeeOfAPeriodIsEachCyclesFeeOfItsDaysInsideIt() {
        ContractTerms t = terms("5000.00");
        t.getFees().setModel(FeeModel.PER_SESSION);
        t.getFees().setSeatPrice(null);
        SessionTier first = new SessionTier();
        first.setUpTo(100);
        first.setPrice(m("1.00"));
        SessionTier rest = new SessionTier();
        rest.setPrice(m("0.50"));
        t.getFees().setSessionTiers(List.of(first, rest));
        t.getSettlement().setCycle(SettlementCycle.SEMI_MONTHLY);
        Contract c = Contracts.active(t);
        TreeMap<LocalDate, KpiSums> days = new TreeMap<>();
        for (LocalDate day = d("2031-03-01"); !day.isAfter(d("2031-03-31")); day = day.plusDays(1)) {
            days.put(day, agents(1, 10));
        }
        // 10–15 March: 60 customers at ¥1.00; 16–20 March: 50 at ¥1.00 — the tiers start again each cycle.
        BigDecimal fee = calculator.feesOver(c.dates(), v -> v.getTerms().getFees(), d("2031-03-10"), d("2031-03-20"),
                KpiDays.of(days), List.of());
        assertEquals(m("110.00"), fee);
        // A whole cycle: 150 customers, 100 at ¥1.00 and 50 at ¥0.50 — as its SLA cycle and statement.
        assertEquals(m("125.00"), calculator.feesOver(c.dates(), v -> v.getTerms().getFees(), d("2031-03-01"),
                d("2031-03-15"), KpiDays.of(days), List.of()));
        assertEquals(m("125.00"), money(c, "2031-03-01", KpiDays.of(days), List.of(), List.of()).serviceFee());
        assertFalse(ContractCycle.holding(c, d("2031-03-01")).orElseThrow().last());
        assertTrue(ContractCycle.holding(c, d("2031-12-20")).orElseThrow().last());
    }
}
