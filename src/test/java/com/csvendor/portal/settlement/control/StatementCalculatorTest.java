package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static com.csvendor.portal.settlement.control.DraftChecks.en;
import static com.csvendor.portal.settlement.control.Inputs.agents;
import static com.csvendor.portal.settlement.control.Inputs.m;
import static com.csvendor.portal.settlement.control.Inputs.received;
import static com.csvendor.portal.settlement.control.Inputs.seats;
import static com.csvendor.portal.settlement.control.Inputs.sessions;
import static com.csvendor.portal.settlement.control.Inputs.sums;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.control.FeeLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fee lines of each model and modifier on a statement, with their sources and the totals. */
class StatementCalculatorTest {

    private final StatementCalculator calculator = new StatementCalculator();

    private StatementDraft compute(Inputs in) {
        return consistent(calculator.compute(in.get()));
    }

    private static List<BigDecimal> amounts(StatementDraft s) {
        return s.lines().stream().map(DraftLine::amount).toList();
    }

    private static List<String> types(StatementDraft s) {
        return s.lines().stream().map(DraftLine::type).toList();
    }

    @Test
    void seatsAreProratedByTheDaysInServiceOfAContractStartingMidCycle() {
        // 21 days × 10 agents of October's 31 days at ¥4,500: 4500 × 210 / 31 = 30,483.870…
        StatementDraft s = compute(Inputs.month("2026-10").clipped("2026-10-11", "2026-10-31").fees(seats("4500"))
                .everyDay(agents(10)));
        assertEquals(List.of(m("30483.87")), amounts(s));
        DraftLine seat = s.lines().get(0);
        assertEquals(LineSection.FEE, seat.section());
        assertEquals(FeeLine.SEAT, seat.type());
        assertEquals(m("210"), seat.quantity());
        assertEquals("kpi:2026-10-11..2026-10-31 v1", seat.source());
        assertEquals("Seats 2026-10: 210 agent-days × ¥4,500.00 / 31 days", en(seat));
        assertEquals(m("30483.87"), s.subtotal());
        assertEquals(m("28758.37"), s.netAmount(), "30,483.87 / 1.06");
        assertEquals(m("1725.50"), s.taxAmount());
        assertEquals(m("30483.87"), s.total());
        assertEquals(m("30483.87"), s.amountDue());
        assertEquals(1, s.contractVersion());
    }

    @Test
    void perSessionTiersAreGraduatedOverTheCycle() {
        // 3,120 customers: the first 500 at ¥0.90, the other 2,620 at ¥0.70.
        StatementDraft s = compute(Inputs.month("2026-11").fees(sessions(500, "0.90", null, "0.70"))
                .daily("2026-11-01", "2026-11-30", received(2, 104)));
        assertEquals(List.of(m("450.00"), m("1834.00")), amounts(s));
        assertEquals("Customers 1–500: 500 × ¥0.90", en(s.lines().get(0)));
        assertEquals("Customers from 501: 2,620 × ¥0.70", en(s.lines().get(1)));
        assertEquals(m("2284.00"), s.feeTotal());
    }

    @Test
    void commissionOnAgentSales() {
        Fees f = Inputs.fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f)
                .daily("2026-11-01", "2026-11-01", sums(5, 0, "123456.78", "3456.78", "0")));
        assertEquals(List.of(m("2469.14")), amounts(s), "2 % of ¥123,456.78, refunds ignored");
    }

    @Test
    void commissionNetOfRefunds() {
        Fees f = Inputs.fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2"));
        f.setCommissionNetOfRefunds(true);
        StatementDraft s = compute(Inputs.month("2026-11").fees(f)
                .daily("2026-11-01", "2026-11-01", sums(5, 0, "123456.78", "3456.78", "0")));
        assertEquals(List.of(m("2400.00")), amounts(s), "2 % of ¥120,000.00");
        assertEquals("Commission 2 % of agent sales ¥123,456.78 less refunds ¥3,456.78 (¥120,000.00)",
                en(s.lines().get(0)));
    }

    @Test
    void basePlusCommission() {
        Fees f = Inputs.fees(FeeModel.BASE_PLUS_COMMISSION);
        f.setBasePerAgent(m("2000"));
        f.setCommissionPercent(m("1.5"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(sums(5, 0, "6666.66", "0", "0")));
        // 150 agent-days × ¥2,000 / 30 = 10,000; 1.5 % of 30 × 6,666.66 = 199,999.80 → 2,999.997.
        assertEquals(List.of(FeeLine.BASE, FeeLine.COMMISSION), types(s));
        assertEquals(List.of(m("10000.00"), m("3000.00")), amounts(s));
    }

    @Test
    void hourlyOnOnlineHours() {
        Fees f = Inputs.fees(FeeModel.HOURLY);
        f.setHourlyRate(m("30"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f)
                .daily("2026-11-01", "2026-11-01", sums(3, 0, "0", "0", "1234.5")));
        assertEquals(List.of(m("37035.00")), amounts(s));
    }

    @Test
    void overtimeBeyondTheContractedHours() {
        // 90 agent-days of 176 h per agent-month in a 30-day month: 528 h contracted; 600 h online.
        Fees f = seats("5000");
        f.setContractedHoursPerAgent(m("176"));
        f.setOvertimeRate(m("25"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(sums(3, 0, "0", "0", "20")));
        assertEquals(List.of(FeeLine.SEAT, FeeLine.OVERTIME), types(s));
        assertEquals(List.of(m("15000.00"), m("1800.00")), amounts(s), "72 h × ¥25");
    }

    @Test
    void promotionSurchargeOnTheDaysItCovers() {
        Fees f = sessions(null, "1.00");
        f.setSurcharges(List.of(Inputs.surcharge("双11", "2026-11-01", "2026-11-11", "50")));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).daily("2026-11-01", "2026-11-11", received(3, 100))
                .daily("2026-11-12", "2026-11-30", received(2, 50)));
        // 1,100 customers in the promotion's days, 950 after: 50 % of ¥1,100.
        assertEquals(List.of(m("2050.00"), m("550.00")), amounts(s));
        assertEquals(FeeLine.SURCHARGE, s.lines().get(1).type());
    }

    @Test
    void temporaryAgentsAreAgentDaysInTheCycleTimesTheDayRate() {
        Fees f = seats("5000");
        f.setTemporaryAgentDayRate(m("300"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(agents(10))
                .temporaryAgents(7, "2026-11-09", "2026-11-12", 3).temporaryAgents(8, "2026-10-30", "2026-11-02", 2));
        assertEquals(List.of(FeeLine.SEAT, StatementCalculator.TEMPORARY_AGENTS, StatementCalculator.TEMPORARY_AGENTS),
                types(s));
        DraftLine first = s.lines().get(1);
        assertEquals(m("3600.00"), first.amount());
        assertEquals(m("12"), first.quantity());
        assertEquals(m("300"), first.rate());
        assertEquals("temporary_agents:7", first.source());
        assertEquals("Temporary agents 2026-11-09 – 2026-11-12: 3 agents × 4 days × ¥300.00", en(first));
        assertEquals(m("1200.00"), s.lines().get(2).amount(), "2 agents × the 2 days in November");
        assertEquals(m("54800.00"), s.feeTotal());
    }

    @Test
    void temporaryAgentsWithoutADayRateShowUncharged() {
        StatementDraft s = compute(Inputs.month("2026-11").fees(seats("5000")).everyDay(agents(1))
                .temporaryAgents(7, "2026-11-09", "2026-11-12", 3));
        DraftLine line = s.lines().get(1);
        assertEquals(m("0.00"), line.amount());
        assertEquals("settlement.line.temporaryAgentsNoRate", line.explanationKey());
    }

    @Test
    void minimumTopUpIgnoresTemporaryAgents() {
        Fees f = sessions(null, "1.00");
        f.setMinimumMonthlyFee(m("5000"));
        f.setTemporaryAgentDayRate(m("300"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(received(2, 100))
                .temporaryAgents(1, "2026-11-09", "2026-11-12", 3));
        assertEquals(List.of(FeeLine.SESSIONS, FeeLine.MINIMUM_TOP_UP, StatementCalculator.TEMPORARY_AGENTS), types(s));
        assertEquals(List.of(m("3000.00"), m("2000.00"), m("3600.00")), amounts(s));
    }

    @Test
    void aCycleSpanningAnAmendmentIsPricedPerVersionWithTheGoverningVersionsTax() {
        StatementDraft s = compute(Inputs.month("2026-11").segment(1, seats("4500"), "2026-11-01", "2026-11-15")
                .segment(2, seats("5000"), "2026-11-16", "2026-11-30").everyDay(agents(10))
                .tax(Inputs.tax("3", false)));
        assertEquals(List.of(m("22500.00"), m("25000.00")), amounts(s));
        assertEquals(List.of("kpi:2026-11-01..2026-11-15 v1", "kpi:2026-11-16..2026-11-30 v2"),
                s.lines().stream().map(DraftLine::source).toList());
        assertEquals(2, s.contractVersion());
        assertEquals(m("1425.00"), s.taxAmount(), "3 % on top of ¥47,500");
        assertEquals(m("48925.00"), s.total());
    }

    @Test
    void sessionTiersGoOnAcrossAnAmendment() {
        Fees tiers = sessions(500, "0.90", null, "0.70");
        StatementDraft s = compute(Inputs.month("2026-11").segment(1, tiers, "2026-11-01", "2026-11-15")
                .segment(2, sessions(500, "0.90", null, "0.70"), "2026-11-16", "2026-11-30")
                .daily("2026-11-01", "2026-11-15", received(1, 20)).daily("2026-11-16", "2026-11-30", received(1, 30)));
        // 300 customers under v1, 450 under v2: 1–500 at ¥0.90 and 501–750 at ¥0.70, as if one version.
        assertEquals(List.of(m("270.00"), m("180.00"), m("175.00")), amounts(s));
        assertEquals(List.of("Customers 1–500: 300 × ¥0.90", "Customers 301–500: 200 × ¥0.90",
                "Customers from 501: 250 × ¥0.70"), s.lines().stream().map(DraftChecks::en).toList());
        assertEquals(m("625.00"), s.feeTotal());
        assertEquals(500, tiers.getSessionTiers().get(0).getUpTo(), "the version's own terms are not touched");
    }

    @Test
    void customersPaidForBySeatsDoNotCountTowardsTheSessionTiers() {
        StatementDraft s = compute(Inputs.month("2026-11").segment(1, seats("3000"), "2026-11-01", "2026-11-15")
                .segment(2, sessions(500, "0.90", null, "0.70"), "2026-11-16", "2026-11-30")
                .everyDay(received(1, 40)));
        assertEquals(List.of(m("1500.00"), m("450.00"), m("70.00")), amounts(s));
        assertEquals("Customers 1–500: 500 × ¥0.90", en(s.lines().get(1)));
    }

    @Test
    void feesOfDaysWithoutFiguresAreZeroAndStillConsistent() {
        StatementDraft s = compute(Inputs.month("2026-11").fees(seats("5000")));
        assertEquals(List.of(), s.lines());
        assertEquals(m("0.00"), s.total());
        assertNull(s.penaltyCap());
    }

    @Test
    void daysOutsideTheCycleAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Inputs.month("2026-11").clipped("2026-10-31", "2026-11-30").get());
        assertThrows(IllegalArgumentException.class, () -> Inputs.month("2026-11")
                .segment(1, seats("1"), "2026-11-01", "2026-12-01").get());
        assertThrows(IllegalArgumentException.class, () -> Inputs.month("2026-11")
                .segment(1, seats("1"), "2026-11-01", "2026-11-15").segment(2, seats("1"), "2026-11-15", "2026-11-30")
                .get(), "two versions charging the same day");
    }
}
