package com.csvendor.portal.sla.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.control.KpiRollups.MonthCell;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.boundary.ComparisonView.StoreRef;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.control.RankingWithheld;
import com.csvendor.portal.sla.control.ScorecardWeights;
import com.csvendor.portal.sla.control.SlaStandings.Standing;
import com.csvendor.portal.sla.entity.Criterion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VendorComparisonTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    /** Agent-days, received, inquiries, paid buyers, sales; the rest 0. */
    static KpiSums sums(long agentDays, long received, long inquiries, long paid, String sales) {
        return new KpiSums(agentDays, 0, received, inquiries, 0, paid, paid, inquiries, new BigDecimal(sales), 0,
                BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }

    @Test
    void aVendorsFiguresAreItsSummedSumsOverStoresAndMonthsNotAnAverageOfTheirRates() {
        VendorComparison c = new VendorComparison(ScorecardWeights.defaults());
        // Store 1, January: 10 of 100 inquiries paid (10 %); store 2, February: 450 of 900 (50 %).
        c.add(new MonthCell(1, 7, JAN, sums(5, 200, 100, 10, "1000.00")));
        c.add(new MonthCell(2, 7, FEB, sums(5, 1800, 900, 450, "9000.00")));
        c.name(7, "甲");
        c.fees(7, new BigDecimal("1000.00"));
        c.fees(7, new BigDecimal("500.00"));
        VendorColumn col = c.view(List.of(), JAN, JAN, List.of(), Map.of()).vendors().get(0);
        assertEquals(new BigDecimal("46.0000"), col.kpis().conversionRate(), "460 / 1000, not (10 % + 50 %) / 2");
        assertEquals(new BigDecimal("1500.00"), col.fees());
        assertEquals(new BigDecimal("0.75"), col.kpis().costPerReceived(), "1500 / 2000");
        assertEquals(new BigDecimal("3.26"), col.kpis().costPerPaidOrder(), "1500 / 460");
        assertEquals(new BigDecimal("6.67"), col.salesPerYuanOfFee(), "10000 / 1500");
        assertEquals(List.of(JAN, FEB), col.trend().stream().map(ComparisonView.MonthFigures::month).toList());
        assertEquals(new BigDecimal("10.0000"), col.trend().get(0).kpis().conversionRate());
        assertNull(col.slaCompliance(), "no window judged");
    }

    @Test
    void columnsAreRankedByScoreWithComplianceFromTheStandings() {
        VendorComparison c = new VendorComparison(Map.of(com.csvendor.portal.sla.entity.Criterion.SLA_COMPLIANCE, 1));
        c.add(new MonthCell(1, 1, JAN, sums(1, 10, 10, 1, "1")));
        c.add(new MonthCell(1, 2, JAN, sums(1, 10, 10, 1, "1")));
        c.name(1, "A");
        c.name(2, "B");
        c.name(3, "C without figures");
        List<VendorColumn> columns = c.view(List.of(), JAN, JAN, List.of(), Map.of(1L, new Standing(1, 3, BigDecimal.ZERO),
                2L, new Standing(3, 1, new BigDecimal("50.00")))).vendors();
        assertEquals(List.of("B", "A", "C without figures"), columns.stream().map(VendorColumn::vendorName).toList());
        assertEquals(new BigDecimal("75.0000"), columns.get(0).slaCompliance());
        assertEquals(new BigDecimal("50.00"), columns.get(0).penalties());
        assertEquals(Arrays.asList(1, 2, null), columns.stream().map(VendorColumn::rank).toList(),
                "a vendor without a figure for any criterion is listed, not ranked");
        assertNull(columns.get(2).score());
        assertEquals(0L, columns.get(2).kpis().agentDays());
    }

    @Test
    void aVendorWithoutRefundFiguresShowsNoRefundRateAndGetsNoCreditForIt() {
        VendorComparison c = new VendorComparison(Map.of(Criterion.REFUND_RATE, 10, Criterion.CONVERSION_RATE, 10));
        // A reports 8 refunds of 100 paid buyers; B's exports have no refund column at all.
        c.add(new MonthCell(1, 1, JAN, sums(10, 500, 400, 100, "1000").with(KpiSums.REFUND_COUNT, BigDecimal.valueOf(8))
                .with(KpiSums.REFUND_PART, BigDecimal.valueOf(8))));
        c.add(new MonthCell(1, 2, JAN, sums(10, 500, 400, 100, "1000").with(KpiSums.REFUND_COUNT, null)
                .with(KpiSums.REFUND_PART, null).with(KpiSums.REFUND_BASE, null)));
        c.name(1, "A with refunds");
        c.name(2, "B without refund figures");
        ComparisonView view = c.view(List.of(), JAN, JAN, List.of(), Map.of());
        List<VendorColumn> columns = view.vendors();
        VendorColumn a = columns.get(0);
        VendorColumn b = columns.get(1);
        assertEquals("A with refunds", a.vendorName(), "absence is never rewarded: B does not outrank A");
        assertEquals(new BigDecimal("8.0000"), a.kpis().refundRate());
        assertNull(b.kpis().refundRate(), "no figure, not 0.0000 %");
        ComparisonView.CriterionScore refund = b.criteria().stream()
                .filter(s -> s.criterion() == Criterion.REFUND_RATE).findFirst().orElseThrow();
        assertNull(refund.value());
        assertFalse(refund.hasFigure(), "flagged as scored without a figure");
        assertEquals(0, refund.normalised().signum(), "scored as the worst");
        assertEquals(new BigDecimal("100.00"), a.score());
        assertEquals(new BigDecimal("50.00"), b.score(), "full marks on conversion (a tie), none on refunds");
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ONE), ComparisonRows.of(view).stream().filter(r -> r.key().equals("comparison.row.withoutFigure"))
                .findFirst().orElseThrow().values());
    }

    @Test
    void salesPerYuanWithoutSalesFiguresIsNoFigure() {
        KpiSums noSales = sums(10, 500, 400, 100, "0").with(KpiSums.SALES_AMOUNT, null);
        assertNull(VendorComparison.salesPerYuan(noSales, new BigDecimal("1000")));
        assertNull(KpiFigures.of(noSales, null).agentSales());
        assertEquals(new BigDecimal("0.00"), VendorComparison.salesPerYuan(sums(10, 500, 400, 100, "0"),
                new BigDecimal("1000")), "reported 0 sales are 0");
    }

    private static final List<StoreRef> STORES = List.of(new StoreRef(1, "PETS", "萌宠旗舰店"),
            new StoreRef(2, "HOME", "家居店"));

    @Test
    void oneVendorAloneIsNotRankedAndGetsNoScoreNotEvenAHundred() {
        VendorComparison c = new VendorComparison(ScorecardWeights.defaults());
        c.add(new MonthCell(1, 1, JAN, sums(5, 200, 100, 10, "1000.00")));
        c.name(1, "甲 with figures");
        c.name(2, "乙 with a contract only");
        c.serves(1, 2);
        ComparisonView view = c.view(STORES, JAN, JAN, List.of(), Map.of());
        assertFalse(view.ranked());
        assertEquals(RankingWithheld.ONLY_ONE, view.rankingWithheld());
        assertEquals(List.of("甲 with figures", "乙 with a contract only"),
                view.vendors().stream().map(VendorColumn::vendorName).toList());
        for (VendorColumn v : view.vendors()) {
            assertNull(v.rank());
            assertNull(v.score(), "no score of 100 for a vendor alone");
            v.criteria().forEach(s -> assertNull(s.points()));
            v.criteria().forEach(s -> assertNull(s.normalised()));
        }
        assertEquals(new BigDecimal("10.0000"), view.vendors().get(0).kpis().conversionRate(), "the figures stay");
        assertTrue(ComparisonRows.of(view).stream().noneMatch(r -> r.key().equals("comparison.row.score")
                || r.key().equals("comparison.row.rank")));
        assertEquals(List.of(), ComparisonRows.breakdown(view));
        assertEquals(List.of(), view.warnings(), "nobody is ranked against anybody");
    }

    @Test
    void withoutAnyFigureOrWithEveryWeightZeroThereIsNoRanking() {
        VendorComparison none = new VendorComparison(ScorecardWeights.defaults());
        none.name(1, "甲");
        none.name(2, "乙");
        assertEquals(RankingWithheld.NO_FIGURES, none.view(STORES, JAN, JAN, List.of(), Map.of()).rankingWithheld());

        Map<Criterion, Integer> zero = new EnumMap<>(Criterion.class);
        ScorecardWeights.defaults().keySet().forEach(k -> zero.put(k, 0));
        VendorComparison unweighted = new VendorComparison(zero);
        unweighted.add(new MonthCell(1, 1, JAN, sums(5, 200, 100, 10, "1000.00")));
        unweighted.add(new MonthCell(1, 2, JAN, sums(5, 200, 100, 30, "1000.00")));
        unweighted.name(1, "甲");
        unweighted.name(2, "乙");
        ComparisonView view = unweighted.view(STORES, JAN, JAN, List.of(), Map.of());
        assertEquals(RankingWithheld.NO_WEIGHT, view.rankingWithheld());
        assertNull(view.vendors().get(0).score());
    }

    @Test
    void vendorsServingDifferentStoresAreRankedWithAWarningAndEachOnesStores() {
        VendorComparison c = new VendorComparison(ScorecardWeights.defaults());
        c.add(new MonthCell(1, 1, JAN, sums(5, 200, 100, 10, "1000.00")));
        c.add(new MonthCell(2, 1, JAN, sums(5, 200, 100, 10, "1000.00")));
        c.add(new MonthCell(1, 2, JAN, sums(5, 200, 100, 30, "1000.00")));
        ComparisonView view = named(c, "甲", "乙").view(STORES, JAN, JAN, List.of(), Map.of());
        assertTrue(view.ranked());
        assertEquals(List.of(ComparisonView.ComparisonWarning.DIFFERENT_STORES), view.warnings());
        assertEquals(List.of("PETS", "HOME"), column(view, "甲").stores());
        assertEquals(List.of("PETS"), column(view, "乙").stores());

        c.serves(2, 2);
        ComparisonView same = c.view(STORES, JAN, JAN, List.of(), Map.of());
        assertEquals(List.of(), same.warnings(), "a contract in force in the store counts as serving it");
        assertEquals(List.of("PETS", "HOME"), column(same, "乙").stores());
    }

    @Test
    void theBreakdownsPointsAddUpToEachRankedVendorsScore() {
        VendorComparison c = new VendorComparison(ScorecardWeights.defaults());
        c.add(new MonthCell(1, 1, JAN, sums(5, 200, 100, 10, "1000.00")));
        c.add(new MonthCell(1, 2, JAN, sums(5, 300, 100, 30, "1000.00")));
        c.add(new MonthCell(1, 3, JAN, sums(5, 250, 100, 17, "1000.00")));
        c.fees(1, new BigDecimal("900.00"));
        c.fees(2, new BigDecimal("2000.00"));
        c.fees(3, new BigDecimal("1000.00"));
        ComparisonView view = named(c, "甲", "乙", "丙").view(STORES, JAN, JAN, weightViews(), Map.of());
        List<ComparisonRows.Row> breakdown = ComparisonRows.breakdown(view);
        assertEquals(ScorecardWeights.defaults().size(), breakdown.size(), "one row per criterion");
        for (int i = 0; i < view.vendors().size(); i++) {
            int column = i;
            assertEquals(view.vendors().get(i).score(), breakdown.stream().map(r -> r.values().get(column))
                    .reduce(BigDecimal.ZERO, BigDecimal::add), () -> view.vendors().get(column).vendorName());
        }
        ComparisonView.CriterionScore conversion = ComparisonRows.score(column(view, "丙"), Criterion.CONVERSION_RATE);
        assertEquals(new BigDecimal("0.350000"), conversion.normalised(), "(17 - 10) / (30 - 10)");
        assertEquals(new BigDecimal("7.00"), conversion.points(), "0.35 × 20 of 100");
    }

    /** Names vendors 1, 2, … in this order. */
    private static VendorComparison named(VendorComparison c, String... names) {
        for (int i = 0; i < names.length; i++) {
            c.name(i + 1, names[i]);
        }
        return c;
    }

    private static List<WeightView> weightViews() {
        return ScorecardWeights.defaults().entrySet().stream()
                .map(e -> new WeightView(e.getKey(), e.getValue(), e.getKey().higherIsBetter())).toList();
    }

    static VendorColumn column(ComparisonView view, String name) {
        return view.vendors().stream().filter(v -> v.vendorName().equals(name)).findFirst().orElseThrow();
    }
}
