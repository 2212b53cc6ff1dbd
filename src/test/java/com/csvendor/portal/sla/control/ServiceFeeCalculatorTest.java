package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.Surcharge;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceFeeCalculatorTest {

    private final ServiceFeeCalculator calculator = new ServiceFeeCalculator();

    static Fees fees(FeeModel model) {
        Fees f = new Fees();
        f.setModel(model);
        return f;
    }

    static Fees seats(String price) {
        Fees f = fees(FeeModel.SEAT_MONTHLY);
        f.setSeatPrice(new BigDecimal(price));
        return f;
    }

    /** ¥5,000 a seat a month, 208 contracted hours an agent a month, overtime at ¥40 an hour. */
    static Fees seatsWithOvertime() {
        Fees f = seats("5000");
        f.setContractedHoursPerAgent(new BigDecimal("208"));
        f.setOvertimeRate(new BigDecimal("40"));
        return f;
    }

    static MonthPart part(String from, String to, KpiSums sums) {
        return new MonthPart(LocalDate.parse(from), LocalDate.parse(to), sums);
    }

    static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    /** Every breakdown's lines add up to its total, and every amount is to the fen. */
    private FeeBreakdown fee(Fees fees, MonthPart... parts) {
        FeeBreakdown b = calculator.fees(fees, List.of(parts));
        assertEquals(b.total(), b.lines().stream().map(FeeLine::amount).reduce(m("0.00"), BigDecimal::add));
        b.lines().forEach(l -> assertEquals(2, l.amount().scale(), l::toString));
        assertEquals(2, b.total().scale());
        return b;
    }

    private static List<String> types(FeeBreakdown b) {
        return b.lines().stream().map(FeeLine::type).toList();
    }

    @ParameterizedTest(name = "{0}: {1} agent-days / {2} days")
    @CsvSource({"2026-01, 310, 31", "2026-11, 300, 30", "2026-02, 280, 28", "2028-02, 290, 29"})
    void tenFullSeatsCostTenSeatPricesWhateverTheMonthsLength(String month, long agentDays, int days) {
        LocalDate first = LocalDate.parse(month + "-01");
        FeeBreakdown b = fee(seats("5000.00"), part(first.toString(), first.plusDays(days - 1).toString(),
                Sums.agentDays(agentDays).get()));
        assertEquals(m("50000.00"), b.total());
        FeeLine line = b.lines().get(0);
        assertEquals(FeeLine.SEAT, line.type());
        assertEquals(BigDecimal.valueOf(agentDays), line.quantity());
        assertEquals(m("5000.00"), line.rate());
        assertEquals(List.of(agentDays, m("5000.00"), days, month), line.args());
    }

    @Test
    void seatsAreProratedByTheDaysOfTheirOwnMonth() {
        // 7 agent-days at ¥4,500: 4500 × 7 / 31 = 1016.129… in January, 4500 × 7 / 28 = 1125 in February.
        assertEquals(m("1016.13"), fee(seats("4500"), part("2026-01-25", "2026-01-31", Sums.agentDays(7).get())).total());
        FeeBreakdown span = fee(seats("4500"), part("2026-01-25", "2026-01-31", Sums.agentDays(7).get()),
                part("2026-02-01", "2026-02-07", Sums.agentDays(7).get()));
        assertEquals(List.of(m("1016.13"), m("1125.00")), span.lines().stream().map(FeeLine::amount).toList());
        assertEquals(m("2141.13"), span.total());
    }

    @Test
    void partsOfOneMonthMakeOneSeatLine() {
        FeeBreakdown b = fee(seats("3000"), part("2026-11-01", "2026-11-10", Sums.agentDays(10).get()),
                part("2026-11-11", "2026-11-30", Sums.agentDays(20).get()));
        assertEquals(1, b.lines().size());
        assertEquals(m("3000.00"), b.total());
    }

    @Test
    void sessionsAreChargedByGraduatedTiersOverTheWholeCall() {
        Fees f = fees(FeeModel.PER_SESSION);
        f.setSessionTiers(List.of(tier(500, "0.90"), tier(2000, "0.80"), tier(null, "0.70")));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-15", Sums.agentDays(30).received(300).get()),
                part("2026-11-16", "2026-11-30", Sums.agentDays(30).received(2500).get()));
        // 2,800 customers: 500 × 0.90 + 1,500 × 0.80 + 800 × 0.70
        assertEquals(List.of(m("450.00"), m("1200.00"), m("560.00")), b.lines().stream().map(FeeLine::amount).toList());
        assertEquals(m("2210.00"), b.total());
        assertEquals("sla.fee.sessions", b.lines().get(1).explanationKey());
        assertEquals(List.of(1500L, m("0.80"), 501L, 2000L), b.lines().get(1).args());
        assertEquals("sla.fee.sessionsAbove", b.lines().get(2).explanationKey());
        assertEquals(List.of(800L, m("0.70"), 2001L), b.lines().get(2).args());
    }

    @Test
    void sessionsExactlyAtATierLimitStayInIt() {
        Fees f = fees(FeeModel.PER_SESSION);
        f.setSessionTiers(List.of(tier(500, "0.90"), tier(null, "0.70")));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).received(500).get()));
        assertEquals(1, b.lines().size());
        assertEquals(m("450.00"), b.total());
        assertEquals(m("0.00"), fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).get())).total());
    }

    @Test
    void commissionNetOfRefundsIsNotComputedWhenTheReportsHaveNoRefundFigures() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2.5"));
        f.setCommissionNetOfRefunds(true);
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30",
                Sums.agentDays(30).sales("123456.78", "0").noRefunds().get()));
        assertEquals(m("0.00"), b.total(), "refunds unknown: the net is unknown, not the gross");
        assertEquals("sla.fee.commissionNetNoRefunds", b.lines().get(0).explanationKey());
        assertEquals(List.of(m("2.5"), m("123456.78")), b.lines().get(0).args());
    }

    @Test
    void commissionWithoutSalesFiguresSaysSo() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2.5"));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).noSales().get()));
        assertEquals(m("0.00"), b.total());
        assertEquals("sla.fee.commissionNoSales", b.lines().get(0).explanationKey());
    }

    @Test
    void sessionAndHourlyFeesWithoutTheirFiguresSaySoInsteadOfChargingNothingSilently() {
        Fees sessions = fees(FeeModel.PER_SESSION);
        sessions.setSessionTiers(List.of(tier(null, "0.90")));
        MonthPart unknown = part("2026-11-01", "2026-11-30", Sums.agentDays(30).noReceivedNorHours().get());
        FeeBreakdown s = fee(sessions, unknown);
        assertEquals(List.of("sla.fee.sessionsNoFigures"), s.lines().stream().map(FeeLine::explanationKey).toList());
        assertEquals(m("0.00"), s.total());
        Fees hourly = fees(FeeModel.HOURLY);
        hourly.setHourlyRate(m("30"));
        FeeBreakdown h = fee(hourly, unknown);
        assertEquals(List.of("sla.fee.hourlyNoFigures"), h.lines().stream().map(FeeLine::explanationKey).toList());
    }

    @Test
    void commissionIsAShareOfAgentSales() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2.5"));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).sales("123456.78", "10000").get()));
        assertEquals(m("3086.42"), b.total(), "123,456.78 × 2.5 % = 3,086.4195");
        assertEquals("sla.fee.commission", b.lines().get(0).explanationKey());
        f.setCommissionNetOfRefunds(true);
        FeeBreakdown net = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).sales("123456.78", "10000").get()));
        assertEquals(m("2836.42"), net.total(), "113,456.78 × 2.5 % = 2,836.4195");
        assertEquals(List.of(m("113456.78"), m("2.5"), m("123456.78"), m("10000")), net.lines().get(0).args());
    }

    @Test
    void refundsBeyondSalesMakeNoNegativeCommission() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("3"));
        f.setCommissionNetOfRefunds(true);
        assertEquals(m("0.00"), fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(3).sales("100", "250").get())).total());
    }

    @Test
    void basePlusCommissionProratesTheBaseLikeSeats() {
        Fees f = fees(FeeModel.BASE_PLUS_COMMISSION);
        f.setBasePerAgent(m("2000"));
        f.setCommissionPercent(m("1.5"));
        FeeBreakdown b = fee(f, part("2026-11-16", "2026-11-30", Sums.agentDays(30).sales("50000", "0").get()));
        assertEquals(List.of(FeeLine.BASE, FeeLine.COMMISSION), types(b));
        assertEquals(List.of(m("2000.00"), m("750.00")), b.lines().stream().map(FeeLine::amount).toList(),
                "2 agents for half of a 30-day month: 2000 × 30 / 30; 50,000 × 1.5 %");
        assertEquals(m("2750.00"), b.total());
    }

    @Test
    void hourlyIsOnlineHoursTimesTheRate() {
        Fees f = fees(FeeModel.HOURLY);
        f.setHourlyRate(m("30"));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(40).hours("320.5").get()));
        assertEquals(m("9615.00"), b.total());
        assertEquals(List.of(m("320.5"), m("30"), "2026-11"), b.lines().get(0).args());
    }

    @Test
    void overtimeIsTheHoursBeyondTheContractedHoursOfTheAgentsInService() {
        Fees f = seatsWithOvertime();
        // 2 agents all month = 60 agent-days of a 30-day month: 416 contracted hours; 450.25 online.
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(60).hours("450.25").get()));
        assertEquals(List.of(FeeLine.SEAT, FeeLine.OVERTIME), types(b));
        FeeLine overtime = b.lines().get(1);
        assertEquals(m("34.25"), overtime.quantity());
        assertEquals(m("1370.00"), overtime.amount());
        assertEquals(m("11370.00"), b.total());
        assertEquals(List.of(FeeLine.SEAT),
                types(fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(60).hours("416").get()))), "none at exactly 416 h");
    }

    /**
     * Missing is not zero: the contracted hours are those of the agent-days that reported online
     * hours. 60 agent-days in a 30-day month, 40 of them (1–20 November) reporting 450.25 h, 20 (21–30
     * November) reporting none: contracted 208 × 40 / 30 = 277.3333 h, overtime 450.25 − 277.3333 =
     * 172.9167 → 172.92 h × ¥40 = ¥6,916.80; seats 60 × 5,000 / 30 = ¥10,000.00. Counting all 60
     * agent-days (416 h contracted against the 40 days' hours) made it 34.25 h, ¥1,370.00.
     */
    @Test
    void overtimeCountsContractedHoursOnlyForTheAgentDaysThatReportedOnlineHours() {
        Fees f = seatsWithOvertime();
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-20", Sums.agentDays(40).hours("450.25").get()),
                part("2026-11-21", "2026-11-30", Sums.agentDays(20).noReceivedNorHours().get()));
        assertEquals(List.of(FeeLine.SEAT, FeeLine.OVERTIME), types(b));
        FeeLine overtime = b.lines().get(1);
        assertEquals(m("172.92"), overtime.quantity());
        assertEquals(m("6916.80"), overtime.amount());
        assertEquals(m("16916.80"), b.total());
        assertEquals("sla.fee.overtimePartial", overtime.explanationKey());
        assertEquals(List.of(m("172.92"), m("40"), "2026-11", m("450.25"), m("277.33"), 40L, 60L), overtime.args());
    }

    /** No agent-day of the month reported online hours: no overtime can be computed, and the line says so. */
    @Test
    void overtimeWithoutAnyOnlineHoursIsNotComputedAndSaysSo() {
        Fees f = seatsWithOvertime();
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(60).noReceivedNorHours().get()));
        assertEquals(List.of(FeeLine.SEAT, FeeLine.OVERTIME), types(b));
        FeeLine overtime = b.lines().get(1);
        assertEquals(m("0.00"), overtime.amount());
        assertEquals("sla.fee.overtimeNoFigures", overtime.explanationKey());
        assertEquals(List.of(m("40"), "2026-11", 60L), overtime.args());
        assertEquals(m("10000.00"), b.total());
        assertEquals(List.of(), types(fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(0).get()))),
                "no agent-days, no overtime to speak of");
    }

    @Test
    void overtimeIsProratedForAPartialMonthAndCountedPerCalendarMonth() {
        Fees f = seatsWithOvertime();
        // 1 agent for 10 days of a 31-day month: 208 × 10 / 31 = 67.10 h; two parts of the month add up.
        FeeBreakdown b = fee(f, part("2026-01-22", "2026-01-26", Sums.agentDays(5).hours("20").get()),
                part("2026-01-27", "2026-01-31", Sums.agentDays(5).hours("60").get()));
        FeeLine overtime = b.lines().get(1);
        assertEquals(m("12.90"), overtime.quantity(), "80 − 67.0967…");
        assertEquals(m("516.00"), overtime.amount());
        assertEquals(List.of(m("12.90"), m("40"), "2026-01", m("80"), m("67.10")), overtime.args());
    }

    @Test
    void anHourlyContractPaysTheHoursBeyondTheContractedOnesAtTheOvertimeRate() {
        Fees f = fees(FeeModel.HOURLY);
        f.setHourlyRate(m("30"));
        f.setContractedHoursPerAgent(m("200"));
        f.setOvertimeRate(m("45"));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).hours("230").get()));
        assertEquals(List.of(FeeLine.HOURLY, FeeLine.OVERTIME), types(b));
        assertEquals(List.of(m("6000.00"), m("1350.00")), b.lines().stream().map(FeeLine::amount).toList());
    }

    @Test
    void aSurchargeUpliftsTheFeeOfTheDaysItCovers() {
        Fees f = seats("5000");
        f.setSurcharges(List.of(surcharge("Double 11", "2026-11-11", "2026-11-11", "50")));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-10", Sums.agentDays(20).get()),
                part("2026-11-11", "2026-11-11", Sums.agentDays(6).get()),
                part("2026-11-12", "2026-11-30", Sums.agentDays(34).get()));
        assertEquals(List.of(FeeLine.SEAT, FeeLine.SURCHARGE), types(b));
        FeeLine s = b.lines().get(1);
        assertEquals(m("1000.00"), s.quantity(), "6 agent-days × 5000 / 30");
        assertEquals(m("500.00"), s.amount());
        assertEquals(m("10500.00"), b.total());
        assertEquals(List.of("Double 11", m("50"), m("1000.00"), LocalDate.parse("2026-11-11"), LocalDate.parse("2026-11-11")),
                s.args());
    }

    @Test
    void aPartOnlyPartlyCoveredBySurchargeCountsProRataByDays() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2"));
        f.setSurcharges(List.of(surcharge("618", "2026-06-16", "2026-06-18", "100")));
        FeeBreakdown b = fee(f, part("2026-06-01", "2026-06-30", Sums.agentDays(30).sales("300000", "0").get()));
        assertEquals(m("600.00"), b.lines().get(1).amount(), "fee 6,000 × 3/30 days × 100 %");
    }

    @Test
    void aSurchargeOnDaysOfNetRefundsRaisesNothing() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2"));
        f.setCommissionNetOfRefunds(true);
        f.setSurcharges(List.of(surcharge("Returns", "2026-11-20", "2026-11-30", "50")));
        // The promotion's days refund more than they sell: their share of the commission is negative.
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-19", Sums.agentDays(19).sales("100000", "0").get()),
                part("2026-11-20", "2026-11-30", Sums.agentDays(11).sales("1000", "21000").get()));
        assertEquals(List.of(FeeLine.COMMISSION), types(b));
        assertEquals(m("1600.00"), b.total(), "2 % of 80,000 net, no negative uplift");
    }

    @Test
    void aSessionFeeIsSharedAmongPartsByCustomersForSurcharges() {
        Fees f = fees(FeeModel.PER_SESSION);
        f.setSessionTiers(List.of(tier(1000, "1.00"), tier(null, "0.50")));
        f.setSurcharges(List.of(surcharge("Promo", "2026-11-11", "2026-11-11", "20")));
        // 3,000 customers cost 1,000 + 1,000 = 2,000; 1,500 on the promo day = half of it.
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-10", Sums.agentDays(10).received(1500).get()),
                part("2026-11-11", "2026-11-11", Sums.agentDays(3).received(1500).get()));
        assertEquals(m("200.00"), b.lines().get(b.lines().size() - 1).amount());
        assertEquals(m("2200.00"), b.total());
    }

    @Test
    void aSurchargeOutsideThePeriodAddsNothing() {
        Fees f = seats("5000");
        f.setSurcharges(List.of(surcharge("618", "2026-06-18", "2026-06-18", "50")));
        assertEquals(List.of(FeeLine.SEAT), types(fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).get()))));
    }

    @Test
    void theMinimumMonthlyFeeIsToppedUp() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2"));
        f.setMinimumMonthlyFee(m("8000"));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).sales("100000", "0").get()));
        assertEquals(List.of(FeeLine.COMMISSION, FeeLine.MINIMUM_TOP_UP), types(b));
        assertEquals(m("6000.00"), b.lines().get(1).amount());
        assertEquals(m("8000.00"), b.total());
        assertEquals(List.of(FeeLine.COMMISSION),
                types(fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).sales("400000", "0").get()))),
                "no top-up once the fees reach the minimum");
    }

    @Test
    void theMinimumIsProratedForAPartialMonth() {
        Fees f = fees(FeeModel.COMMISSION);
        f.setCommissionPercent(m("2"));
        f.setMinimumMonthlyFee(m("8000"));
        // In service from the 16th of a 30-day month: minimum 4,000; days without figures still count.
        FeeBreakdown b = fee(f, part("2026-11-16", "2026-11-30", KpiSums.ZERO));
        assertEquals(m("4000.00"), b.total());
        assertEquals(List.of(m("4000.00"), m("8000"), 15, 30, m("0.00"), "2026-11"),
                b.lines().get(b.lines().size() - 1).args());
    }

    @Test
    void overtimeAndSurchargesCountTowardsTheMinimum() {
        Fees f = seats("3000");
        f.setMinimumMonthlyFee(m("5000"));
        f.setContractedHoursPerAgent(m("200"));
        f.setOvertimeRate(m("50"));
        f.setSurcharges(List.of(surcharge("Promo", "2026-11-01", "2026-11-30", "10")));
        // seat 3,000 + overtime 20 h × 50 = 1,000 + surcharge 300 = 4,300: top-up 700.
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).hours("220").get()));
        assertEquals(List.of(FeeLine.SEAT, FeeLine.OVERTIME, FeeLine.SURCHARGE, FeeLine.MINIMUM_TOP_UP), types(b));
        assertEquals(m("700.00"), b.lines().get(3).amount());
        assertEquals(m("5000.00"), b.total());
    }

    @Test
    void temporaryAgentsAreLeftToTheSettlementStatement() {
        Fees f = seats("5000");
        f.setTemporaryAgentDayRate(m("300"));
        FeeBreakdown b = fee(f, part("2026-11-01", "2026-11-30", Sums.agentDays(30).get()));
        assertEquals(m("5000.00"), b.total());
        assertEquals(List.of(FeeLine.SEAT), types(b));
    }

    @Test
    void noPartsNoFee() {
        FeeBreakdown b = fee(seats("5000"));
        assertTrue(b.lines().isEmpty());
        assertEquals(m("0.00"), b.total());
    }

    @Test
    void partsMustNotOverlapNorCrossAMonth() {
        assertThrows(IllegalArgumentException.class, () -> part("2026-01-31", "2026-02-01", KpiSums.ZERO));
        assertThrows(IllegalArgumentException.class, () -> calculator.fees(seats("1"),
                List.of(part("2026-01-01", "2026-01-10", KpiSums.ZERO), part("2026-01-10", "2026-01-20", KpiSums.ZERO))));
    }

    static SessionTier tier(Integer upTo, String price) {
        SessionTier t = new SessionTier();
        t.setUpTo(upTo);
        t.setPrice(new BigDecimal(price));
        return t;
    }

    static Surcharge surcharge(String name, String from, String to, String uplift) {
        Surcharge s = new Surcharge();
        s.setName(name);
        s.setFrom(LocalDate.parse(from));
        s.setTo(LocalDate.parse(to));
        s.setUpliftPercent(new BigDecimal(uplift));
        return s;
    }
}
