package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.contract.entity.Surcharge;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What short staffing days cost through the single cycle calculation — the README's worked example:
 * seats at ¥6,200 a month, the 双12 surcharge of 50 % on 11–12 December, 18 agents committed for
 * 双12 and a fine of ¥50 per missing agent-day. The vendor shows 18 agents on the 11th and 8 on the
 * 12th.
 */
class StaffingMoneyTest {

    private static final Window DECEMBER = new Window(SlaWindow.SETTLEMENT_CYCLE, StaffingReconciliationTest.DEC_1,
            StaffingReconciliationTest.DEC_31);

    static ContractTerms terms(boolean withhold) {
        ContractTerms t = StaffingReconciliationTest.terms(StaffingReconciliationTest.shift("Day", "08:00", "20:00", 8));
        t.getStaffing().setPromotions(List.of(StaffingReconciliationTest.promotion("双12", "2026-12-11",
                "2026-12-12", 18)));
        t.getStaffing().setFinePerMissingAgentDay(new BigDecimal("50"));
        t.getStaffing().setWithholdSurchargeWhenShort(withhold);
        Fees f = t.getFees();
        f.setModel(FeeModel.SEAT_MONTHLY);
        f.setSeatPrice(new BigDecimal("6200"));
        Surcharge s = new Surcharge();
        s.setName("双12");
        s.setFrom(LocalDate.parse("2026-12-11"));
        s.setTo(LocalDate.parse("2026-12-12"));
        s.setUpliftPercent(new BigDecimal("50"));
        f.setSurcharges(List.of(s));
        return t;
    }

    static CycleCalculator.CycleMoney money(ContractTerms t) {
        return money(t, Set.of());
    }

    /** With the {@code waived} days' shortfall waived by an upheld dispute. */
    static CycleCalculator.CycleMoney money(ContractTerms t, Set<LocalDate> waived) {
        SortedMap<LocalDate, KpiSums> sums = sums();
        CycleInput in = new CycleInput(DECEMBER, List.of(new FeeSegment(1, t.getFees(),
                StaffingReconciliationTest.DEC_1, StaffingReconciliationTest.DEC_31)), KpiDays.of(sums),
                t.getPenalties(), Map.of(), List.of(), List.of(), Map.of(), new TreeMap<>(), staffing(t, sums, waived));
        return new CycleCalculator().money(in);
    }

    private static SortedMap<LocalDate, KpiSums> sums() {
        return new TreeMap<>(StaffingReconciliationTest.present("2026-12-11", 18, "2026-12-12", 8));
    }

    static List<StaffingDay> staffing(ContractTerms t, SortedMap<LocalDate, KpiSums> sums, Set<LocalDate> waived) {
        return StaffingReconciliation.days(StaffingReconciliationTest.contract(StaffingReconciliationTest.DEC_1, t),
                x -> x, StaffingReconciliationTest.DEC_1, StaffingReconciliationTest.DEC_31, List.of(), sums, waived,
                StaffingReconciliationTest.JANUARY);
    }

    private static BigDecimal compared(ContractTerms t, Set<LocalDate> waived) {
        return new CycleCalculator().feesOver(StaffingReconciliationTest.contract(StaffingReconciliationTest.DEC_1, t),
                x -> x.getFees(), StaffingReconciliationTest.DEC_1, StaffingReconciliationTest.DEC_31,
                KpiDays.of(sums()), staffing(t, sums(), waived));
    }

    private static FeeLine line(CycleCalculator.CycleMoney m, String type) {
        return m.fees().segments().get(0).lines().stream().filter(l -> l.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void theFineIsPerMissingAgentDayAndTheSurchargeOfTheShortPromotionDayIsWithheld() {
        CycleCalculator.CycleMoney m = money(terms(true));
        // Seats: 26 agent-days × 6,200 / 31 = 5,200.00; the surcharge 50 % of those two days' 5,200.00.
        assertEquals(new BigDecimal("5200.00"), line(m, FeeLine.SEAT).amount());
        assertEquals(new BigDecimal("2600.00"), line(m, FeeLine.SURCHARGE).amount());
        // The 12th was short (8 of 18): its seats 8 × 6,200 / 31 = 1,600.00 earn no surcharge: −800.00.
        FeeLine withheld = line(m, FeeLine.SURCHARGE_WITHHELD);
        assertEquals(new BigDecimal("-800.00"), withheld.amount());
        assertEquals(new BigDecimal("1600.00"), withheld.quantity());
        assertEquals("2026-12-12", withheld.args().get(4));
        assertEquals(new BigDecimal("7000.00"), m.serviceFee());
        // 10 agents missing on the 12th × ¥50.
        PenaltyLine fine = m.penalties().lines().get(0);
        assertEquals(PenaltyLine.STAFFING_SHORTFALL, fine.kind());
        assertEquals(new BigDecimal("500.00"), fine.amount());
        assertEquals(List.of(10, "2026-12-12 (8/18)", new BigDecimal("500.00")), fine.args());
        assertEquals(new BigDecimal("500.00"), m.penalties().total());
    }

    /**
     * One rule, one place: the comparison's fee of a period (and the cost of cost-based targets) is
     * the statement's service fee of the same days, the surcharge of the short 双12 day withheld.
     */
    @Test
    void theComparisonsFeeOfThePeriodIsTheStatementsFee() {
        ContractTerms t = terms(true);
        assertEquals(money(t).serviceFee(), compared(t, Set.of()));
        assertEquals(new BigDecimal("7000.00"), compared(t, Set.of()));
    }

    /**
     * The manager upheld the lead's dispute of the 12th: its 10 missing agent-days are not fined and its
     * surcharge is earned — on the statement and in the comparison alike.
     */
    @Test
    void aWaivedDayIsNeitherFinedNorHasItsSurchargeWithheld() {
        ContractTerms t = terms(true);
        Set<LocalDate> waived = Set.of(LocalDate.parse("2026-12-12"));
        CycleCalculator.CycleMoney m = money(t, waived);
        assertTrue(m.fees().segments().get(0).lines().stream().noneMatch(l -> l.type().equals(FeeLine.SURCHARGE_WITHHELD)));
        assertEquals(new BigDecimal("7800.00"), m.serviceFee());
        assertTrue(m.penalties().lines().isEmpty());
        assertEquals(new BigDecimal("0.00"), m.penalties().total());
        assertEquals(new BigDecimal("7800.00"), compared(t, waived));
        // Waiving another day changes nothing: the 12th is still fined.
        assertEquals(new BigDecimal("500.00"), money(t, Set.of(LocalDate.parse("2026-12-11"))).penalties().total());
    }

    @Test
    void withoutWithholdingTheSurchargeIsEarnedAndTheFineCountsUnderTheCap() {
        ContractTerms t = terms(false);
        t.getPenalties().setCapPercent(new BigDecimal("5"));
        CycleCalculator.CycleMoney m = money(t);
        assertTrue(m.fees().segments().get(0).lines().stream().noneMatch(l -> l.type().equals(FeeLine.SURCHARGE_WITHHELD)));
        assertEquals(new BigDecimal("7800.00"), m.serviceFee());
        // Cap: 5 % of 7,800.00 = 390.00 < the 500.00 fine.
        assertEquals(new BigDecimal("390.00"), m.penalties().total());
        assertEquals(PenaltyLine.CAP, m.penalties().lines().get(1).kind());
    }

    @Test
    void withoutAFineShortDaysCostNothing() {
        ContractTerms t = terms(false);
        t.getStaffing().setFinePerMissingAgentDay(null);
        assertEquals(0, money(t).penalties().lines().size());
    }
}
