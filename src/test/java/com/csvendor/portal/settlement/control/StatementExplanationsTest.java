package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static com.csvendor.portal.settlement.control.Inputs.breach;
import static com.csvendor.portal.settlement.control.Inputs.m;
import static com.csvendor.portal.settlement.control.Inputs.sums;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.SlaWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement the size of a real one — a pet store's last month with 双11: tiered sessions, overtime,
 * the promotion surcharge, the minimum fee, temporary agents, SLA penalties, an incident, the
 * advance payment set off — every line's amount, explanation in both languages and source.
 */
class StatementExplanationsTest {

    private static StatementDraft november() {
        Fees f = Inputs.sessions(5000, "0.90", null, "0.70");
        f.setContractedHoursPerAgent(m("240"));
        f.setOvertimeRate(m("25"));
        f.setSurcharges(List.of(Inputs.surcharge("双11", "2026-11-01", "2026-11-11", "30")));
        f.setMinimumMonthlyFee(m("20000"));
        f.setTemporaryAgentDayRate(m("300"));
        return consistent(new StatementCalculator().compute(Inputs.month("2026-11").fees(f)
                .daily("2026-11-01", "2026-11-11", sums(12, 900, "0", "0", "108"))
                .daily("2026-11-12", "2026-11-30", sums(8, 300, "0", "0", "64"))
                .temporaryAgents(11, "2026-11-09", "2026-11-12", 6)
                .penalties(Inputs.penaltyTiers("10", "0", "2", "10", "5")).fixedPerBreach(2, "300")
                .result(breach(1, SlaWindow.WEEKLY, "2026-11-09", "2026-11-15", "12.5"))
                .result(breach(2, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "4"))
                .incident(42, "2026-11-20", IncidentType.FORBIDDEN_PHRASE, "200")
                .deposit(DepositKind.ADVANCE, DepositDirection.STORE_TO_VENDOR, "5000").finalStatement().get()));
    }

    @Test
    void everyLineSaysHowItWasComputedInBothLanguages() {
        List<DraftLine> lines = november().lines();
        // 15,600 customers; 284 agent-days of 240 h a month: 2,272 h contracted, 2,404 h online;
        // 双11's 9,900 customers bear 9,900/15,600 of the ¥11,920 session fee.
        assertEquals(List.of(
                "Customers 1–5,000: 5,000 × ¥0.90",
                "Customers from 5,001: 10,600 × ¥0.70",
                "Overtime 2026-11: 2,404 h online − 2,272 h contracted = 132 h × ¥25.00",
                "Promotion surcharge 双11 (2026-11-01 – 2026-11-11): 30 % of ¥7,564.62",
                "Minimum fee top-up 2026-11: ¥20,000.00 × 30/30 days = ¥20,000.00, fees ¥17,489.38",
                "Temporary agents 2026-11-09 – 2026-11-12: 6 agents × 4 days × ¥300.00",
                "Satisfaction (%) 2026-11-01 – 2026-11-30: shortfall 4 % over 0 %: 2 % of cycle fee ¥20,000.00 × 30/30 days",
                "Satisfaction (%) 2026-11-01 – 2026-11-30: fixed ¥300.00 per breached window",
                "Satisfaction (%) 2026-11-09 – 2026-11-15: shortfall 12.5 % over 10 %: 5 % of cycle fee ¥20,000.00 × 7/30 days",
                "Forbidden phrase used on 2026-11-20: ¥200.00",
                "Advance payment (订金) paid by the store, ¥5,000.00, set off against the last fees"),
                lines.stream().map(DraftChecks::en).toList());
        assertEquals(List.of(
                "第 1–5,000 位接待客户：5,000 × ¥0.90",
                "第 5,001 位起的接待客户：10,600 × ¥0.70",
                "加班 2026-11：在线 2,404 小时 − 约定 2,272 小时 = 132 小时 × ¥25.00",
                "大促加价 双11（2026-11-01 – 2026-11-11）：¥7,564.62 × 30%",
                "最低月费补足 2026-11：¥20,000.00 × 30/30 天 = ¥20,000.00，已计费用 ¥17,489.38",
                "临时客服 2026-11-09 – 2026-11-12：6 人 × 4 天 × ¥300.00",
                "满意度（%） 2026-11-01 – 2026-11-30：差距 4% 超过 0%：结算周期服务费 ¥20,000.00 的 2% × 30/30 天",
                "满意度（%） 2026-11-01 – 2026-11-30：每个未达标窗口固定 ¥300.00",
                "满意度（%） 2026-11-09 – 2026-11-15：差距 12.5% 超过 10%：结算周期服务费 ¥20,000.00 的 5% × 7/30 天",
                "2026-11-20 使用禁用语：¥200.00",
                "店铺支付的订金 ¥5,000.00，抵扣最后一期费用"),
                lines.stream().map(DraftChecks::zh).toList());
    }

    @Test
    void everyLineSaysWhatItCameFrom() {
        assertEquals(List.of("kpi:2026-11-01..2026-11-30 v1", "kpi:2026-11-01..2026-11-30 v1",
                "kpi:2026-11-01..2026-11-30 v1", "kpi:2026-11-01..2026-11-30 v1", "kpi:2026-11-01..2026-11-30 v1",
                "temporary_agents:11", "sla_result:2026-11-01 target 2", "sla_result:2026-11-01 target 2",
                "sla_result:2026-11-09 target 1", "incident:42", "deposit v1"),
                november().lines().stream().map(DraftLine::source).toList());
    }

    @Test
    void theAmountsAndTotals() {
        StatementDraft s = november();
        assertEquals(List.of(m("4500.00"), m("7420.00"), m("3300.00"), m("2269.38"), m("2510.62"), m("7200.00"),
                m("-400.00"), m("-300.00"), m("-233.33"), m("-200.00"), m("-5000.00")),
                s.lines().stream().map(DraftLine::amount).toList());
        assertEquals(m("27200.00"), s.feeTotal());
        assertEquals(m("-1133.33"), s.penaltyTotal());
        assertEquals(m("2000.00"), s.penaltyCap());
        assertEquals(m("26066.67"), s.subtotal());
        assertEquals(m("24591.20"), s.netAmount());
        assertEquals(m("1475.47"), s.taxAmount());
        assertEquals(m("26066.67"), s.total());
        assertEquals(m("-5000.00"), s.depositTotal());
        assertEquals(m("21066.67"), s.amountDue());
    }
}
