package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static com.csvendor.portal.settlement.control.Inputs.agents;
import static com.csvendor.portal.settlement.control.Inputs.breach;
import static com.csvendor.portal.settlement.control.Inputs.m;
import static com.csvendor.portal.settlement.control.Inputs.penaltyTiers;
import static com.csvendor.portal.settlement.control.Inputs.received;
import static com.csvendor.portal.settlement.control.Inputs.seats;
import static com.csvendor.portal.settlement.control.Inputs.sessions;
import static com.csvendor.portal.settlement.control.Inputs.sums;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.SlaWindow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five kinds of statement computed by hand (issue 15), to the fen: every line, the penalties,
 * subtotal, VAT and total. November 2026 has 30 days.
 */
class HandComputedStatementsTest {

    private final StatementCalculator calculator = new StatementCalculator();

    private StatementDraft compute(Inputs in) {
        return consistent(calculator.compute(in.get()));
    }

    private static List<BigDecimal> amounts(StatementDraft s) {
        return s.lines().stream().map(DraftLine::amount).toList();
    }

    private static void totals(StatementDraft s, String fees, String penalties, String subtotal, String net,
            String tax, String total) {
        assertEquals(List.of(m(fees), m(penalties), m(subtotal), m(net), m(tax), m(total)), List.of(s.feeTotal(),
                s.penaltyTotal(), s.subtotal(), s.netAmount(), s.taxAmount(), s.total()));
    }

    @Test
    void seatsWithOvertimeAndATieredPenalty() {
        Fees f = seats("5500");
        f.setContractedHoursPerAgent(m("176"));
        f.setOvertimeRate(m("30"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(sums(8, 0, "0", "0", "48.5"))
                .penalties(penaltyTiers(null, "0", "2", "10", "5"))
                .result(breach(1, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "12"))
                .result(breach(2, SlaWindow.DAILY, "2026-11-17", "2026-11-17", "3")).tax(Inputs.tax("6", false)));
        // Seats 240 agent-days × 5,500 / 30 = 44,000.00; contracted 176 × 240 / 30 = 1,408 h, online
        // 30 × 48.5 = 1,455 h: 47 h × ¥30 = 1,410.00. Fee 45,410.00. The month short by 12 %: 5 % =
        // 2,270.50; the day short by 3 %: 2 % × 45,410 / 30 = 30.2733… = 30.27.
        assertEquals(List.of(m("44000.00"), m("1410.00"), m("-2270.50"), m("-30.27")), amounts(s));
        totals(s, "45410.00", "-2300.77", "43109.23", "43109.23", "2586.55", "45695.78");
    }

    @Test
    void midMonthProrationWithTaxInclusiveOnePercentVat() {
        StatementDraft s = compute(Inputs.month("2026-11").clipped("2026-11-11", "2026-11-30").fees(seats("4999"))
                .everyDay(agents(7)).tax(Inputs.tax("1", true)));
        // 20 days × 7 agents = 140 agent-days × 4,999 / 30 = 23,328.666… = 23,328.67, tax included:
        // net 23,328.67 / 1.01 = 23,097.693… = 23,097.69, VAT the rest.
        assertEquals(List.of(m("23328.67")), amounts(s));
        totals(s, "23328.67", "0.00", "23328.67", "23097.69", "230.98", "23328.67");
    }

    @Test
    void graduatedSessionsWithAMinimumFee() {
        Fees f = sessions(500, "0.90", 2000, "0.80", null, "0.70");
        f.setMinimumMonthlyFee(m("3000"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(received(2, 80)));
        // 2,400 customers: 500 × 0.90 = 450.00, 1,500 × 0.80 = 1,200.00, 400 × 0.70 = 280.00; the
        // minimum 3,000.00 tops up 1,070.00. 6 % included: net 3,000 / 1.06 = 2,830.188… = 2,830.19.
        assertEquals(List.of(m("450.00"), m("1200.00"), m("280.00"), m("1070.00")), amounts(s));
        totals(s, "3000.00", "0.00", "3000.00", "2830.19", "169.81", "3000.00");
    }

    @Test
    void basePlusCommissionNetOfRefundsWithIncidents() {
        Fees f = Inputs.fees(FeeModel.BASE_PLUS_COMMISSION);
        f.setBasePerAgent(m("2000"));
        f.setCommissionPercent(m("2.5"));
        f.setCommissionNetOfRefunds(true);
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(sums(4, 0, "3456.78", "123.45", "0"))
                .incident(41, "2026-11-08", IncidentType.FORBIDDEN_PHRASE, "200")
                .incident(42, "2026-11-21", IncidentType.DATA_LEAK, "1000").tax(Inputs.tax("6", false)));
        // Base 120 agent-days × 2,000 / 30 = 8,000.00; commission 2.5 % of (103,703.40 − 3,703.50 =
        // 99,999.90) = 2,499.9975 = 2,500.00; incidents −200.00 and −1,000.00; 6 % on top of 9,300.00.
        assertEquals(List.of(m("8000.00"), m("2500.00"), m("-200.00"), m("-1000.00")), amounts(s));
        totals(s, "10500.00", "-1200.00", "9300.00", "9300.00", "558.00", "9858.00");
    }

    @Test
    void aBindingCap() {
        StatementDraft s = compute(Inputs.month("2026-11").fees(seats("5000")).everyDay(agents(10))
                .penalties(penaltyTiers("10", "0", "2", "20", "15")).fixedPerBreach(1, "800")
                .result(breach(1, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "25")));
        // Fee 300 agent-days × 5,000 / 30 = 50,000.00; short by 25 %: 15 % = 7,500.00 and ¥800 fixed,
        // 8,300.00 in all, capped at 10 % = 5,000.00 (the cap credits back 3,300.00). 6 % included on
        // 45,000.00: net 42,452.830… = 42,452.83.
        assertEquals(List.of(m("50000.00"), m("-7500.00"), m("-800.00"), m("3300.00")), amounts(s));
        assertEquals(m("5000.00"), s.penaltyCap());
        totals(s, "50000.00", "-5000.00", "45000.00", "42452.83", "2547.17", "45000.00");
    }
}
