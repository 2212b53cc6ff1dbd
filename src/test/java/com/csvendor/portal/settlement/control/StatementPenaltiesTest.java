package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static com.csvendor.portal.settlement.control.DraftChecks.en;
import static com.csvendor.portal.settlement.control.DraftChecks.zh;
import static com.csvendor.portal.settlement.control.Inputs.agents;
import static com.csvendor.portal.settlement.control.Inputs.breach;
import static com.csvendor.portal.settlement.control.Inputs.m;
import static com.csvendor.portal.settlement.control.Inputs.met;
import static com.csvendor.portal.settlement.control.Inputs.penaltyTiers;
import static com.csvendor.portal.settlement.control.Inputs.seats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.control.PenaltyLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Penalty lines (negative, capped) from SLA results and incidents, the cap, and what VAT makes of them. */
class StatementPenaltiesTest {

    private final StatementCalculator calculator = new StatementCalculator();

    /** November, 10 seats at ¥5,000: a cycle fee of ¥50,000.00. */
    private static Inputs fiftyThousand() {
        return Inputs.month("2026-11").fees(seats("5000")).everyDay(agents(10));
    }

    private StatementDraft compute(Inputs in) {
        return consistent(calculator.compute(in.get()));
    }

    private static List<DraftLine> penalties(StatementDraft s) {
        return s.lines().stream().filter(l -> l.section() == LineSection.PENALTY).toList();
    }

    private static List<BigDecimal> amounts(List<DraftLine> lines) {
        return lines.stream().map(DraftLine::amount).toList();
    }

    @Test
    void tiersAreSharesOfTheCycleFeeForTheWindowsEndingInTheCycle() {
        StatementDraft s = compute(fiftyThousand().penalties(penaltyTiers(null, "0", "2", "10", "5", "20", "15"))
                .result(breach(1, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "15"))
                .result(breach(2, SlaWindow.WEEKLY, "2026-11-02", "2026-11-08", "25"))
                .result(breach(2, SlaWindow.WEEKLY, "2026-10-26", "2026-11-01", "3"))
                .result(breach(2, SlaWindow.WEEKLY, "2026-11-30", "2026-12-06", "40"))
                .result(met(2, SlaWindow.WEEKLY, "2026-11-09", "2026-11-15")));
        List<DraftLine> p = penalties(s);
        // 2 % × 7/30, 5 % of the month, 15 % × 7/30; the week ending in December belongs to December.
        assertEquals(List.of(m("-233.33"), m("-2500.00"), m("-1750.00")), amounts(p));
        assertEquals(List.of("sla_result:2026-10-26 target 2", "sla_result:2026-11-01 target 1",
                "sla_result:2026-11-02 target 2"), p.stream().map(DraftLine::source).toList());
        assertEquals(PenaltyLine.TIER, p.get(0).type());
        assertEquals("Satisfaction (%) 2026-11-01 – 2026-11-30: shortfall 15 % over 10 %: 5 % of cycle fee "
                + "¥50,000.00 × 30/30 days", en(p.get(1)));
        assertEquals(m("-4483.33"), s.penaltyTotal());
        assertEquals(m("45516.67"), s.subtotal());
        assertNull(s.penaltyCap());
    }

    @Test
    void aFixedAmountPerBreachedWindow() {
        StatementDraft s = compute(fiftyThousand().fixedPerBreach(3, "200")
                .result(breach(3, SlaWindow.DAILY, "2026-11-05", "2026-11-05", "1"))
                .result(breach(3, SlaWindow.DAILY, "2026-11-06", "2026-11-06", "1"))
                .result(met(3, SlaWindow.DAILY, "2026-11-07", "2026-11-07")));
        List<DraftLine> p = penalties(s);
        assertEquals(List.of(m("-200.00"), m("-200.00")), amounts(p));
        assertEquals(PenaltyLine.FIXED, p.get(0).type());
        assertEquals(BigDecimal.ONE, p.get(0).quantity());
        assertEquals(m("200.00"), p.get(0).rate());
        assertEquals("sla_result:2026-11-06 target 3", p.get(1).source());
        assertEquals(m("49600.00"), s.subtotal());
    }

    @Test
    void incidentsOfTheCycleNameTheirIncident() {
        StatementDraft s = compute(fiftyThousand().incident(43, "2026-11-03", IncidentType.DATA_LEAK, "0")
                .incident(42, "2026-11-07", IncidentType.FORBIDDEN_PHRASE, "500")
                .incident(44, "2026-10-31", IncidentType.OTHER, "100"));
        List<DraftLine> p = penalties(s);
        assertEquals(List.of(m("-500.00")), amounts(p), "a ¥0 incident and October's are not charged");
        assertEquals("incident:42", p.get(0).source());
        assertEquals("Forbidden phrase used on 2026-11-07: ¥500.00", en(p.get(0)));
        assertEquals("2026-11-07 使用禁用语：¥500.00", zh(p.get(0)));
    }

    @Test
    void theCapCreditsBackWhatExceedsIt() {
        StatementDraft s = compute(fiftyThousand().penalties(penaltyTiers("10", "0", "15"))
                .result(breach(1, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "5"))
                .incident(42, "2026-11-07", IncidentType.FORBIDDEN_PHRASE, "500"));
        List<DraftLine> p = penalties(s);
        assertEquals(List.of(m("-7500.00"), m("-500.00"), m("3000.00")), amounts(p));
        DraftLine cap = p.get(2);
        assertEquals(PenaltyLine.CAP, cap.type());
        assertEquals("penalty_cap v1", cap.source());
        assertEquals("Penalties ¥8,000.00 capped at 10 % of cycle fee ¥50,000.00 = ¥5,000.00", en(cap));
        assertEquals(m("-5000.00"), s.penaltyTotal());
        assertEquals(m("5000.00"), s.penaltyCap());
        assertEquals(m("45000.00"), s.total());
    }

    @Test
    void aCapNotReachedAddsNoLine() {
        StatementDraft s = compute(fiftyThousand().penalties(penaltyTiers("30", "0", "15"))
                .result(breach(1, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "5")));
        assertEquals(List.of(m("-7500.00")), amounts(penalties(s)));
        assertEquals(m("15000.00"), s.penaltyCap());
    }

    @Test
    void penaltiesAreSharesOfTheServiceFeeWithoutTemporaryAgents() {
        Fees f = seats("5000");
        f.setTemporaryAgentDayRate(m("300"));
        StatementDraft s = compute(Inputs.month("2026-11").fees(f).everyDay(agents(10))
                .temporaryAgents(1, "2026-11-09", "2026-11-12", 3).penalties(penaltyTiers(null, "0", "5"))
                .result(breach(1, SlaWindow.SETTLEMENT_CYCLE, "2026-11-01", "2026-11-30", "5")));
        assertEquals(m("53600.00"), s.feeTotal());
        assertEquals(m("-2500.00"), s.penaltyTotal(), "5 % of ¥50,000, not of ¥53,600");
    }

    @Test
    void penaltiesAboveTheFeesGiveANegativeStatementThatStillAddsUp() {
        Inputs in = Inputs.month("2026-11").fees(seats("3000")).daily("2026-11-01", "2026-11-10", agents(1))
                .fixedPerBreach(1, "3000").result(breach(1, SlaWindow.DAILY, "2026-11-05", "2026-11-05", "1"));
        StatementDraft inclusive = compute(in);
        assertEquals(m("-2000.00"), inclusive.subtotal());
        assertEquals(m("-1886.79"), inclusive.netAmount());
        assertEquals(m("-113.21"), inclusive.taxAmount());
        assertEquals(m("-2000.00"), inclusive.total());
        StatementDraft exclusive = compute(in.tax(Inputs.tax("6", false)));
        assertEquals(m("-2000.00"), exclusive.netAmount());
        assertEquals(m("-120.00"), exclusive.taxAmount());
        assertEquals(m("-2120.00"), exclusive.total());
    }

    @Test
    void vatIncludedOrOnTop() {
        StatementDraft inclusive = compute(fiftyThousand());
        assertEquals(List.of(m("47169.81"), m("2830.19"), m("50000.00")),
                List.of(inclusive.netAmount(), inclusive.taxAmount(), inclusive.total()));
        StatementDraft exclusive = compute(fiftyThousand().tax(Inputs.tax("6", false)));
        assertEquals(List.of(m("50000.00"), m("3000.00"), m("53000.00")),
                List.of(exclusive.netAmount(), exclusive.taxAmount(), exclusive.total()));
        StatementDraft small = compute(fiftyThousand().tax(Inputs.tax("1", true)));
        assertEquals(List.of(m("49504.95"), m("495.05")), List.of(small.netAmount(), small.taxAmount()));
        StatementDraft none = compute(fiftyThousand().tax(Inputs.tax("0", false)));
        assertEquals(m("0.00"), none.taxAmount());
        assertEquals(m("6"), inclusive.vatRatePercent());
    }
}
