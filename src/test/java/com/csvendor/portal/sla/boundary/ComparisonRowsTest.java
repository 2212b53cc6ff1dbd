package com.csvendor.portal.sla.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.control.KpiRollups.MonthCell;
import com.csvendor.portal.sla.boundary.ComparisonRows.Better;
import com.csvendor.portal.sla.boundary.ComparisonRows.Kind;
import com.csvendor.portal.sla.boundary.ComparisonRows.Mark;
import com.csvendor.portal.sla.boundary.ComparisonRows.Row;
import com.csvendor.portal.sla.boundary.ComparisonView.StoreRef;
import com.csvendor.portal.sla.control.ScorecardWeights;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonRowsTest {

    private static Row row(Better better, String... values) {
        return new Row("comparison.row.x", Kind.PERCENT, better, Arrays.stream(values)
                .map(v -> v == null ? null : new BigDecimal(v)).toList());
    }

    private static List<Mark> marks(Row row) {
        return java.util.stream.IntStream.range(0, row.values().size()).mapToObj(row::mark).toList();
    }

    @Test
    void whereHigherIsBetterTheHighestIsBestAndTheLowestWeakest() {
        assertEquals(Arrays.asList(null, Mark.BEST, Mark.WORST), marks(row(Better.HIGHER, "30", "45.5", "12")));
    }

    @Test
    void whereLowerIsBetterTheMarksTurnAround() {
        assertEquals(Arrays.asList(Mark.WORST, Mark.BEST, null), marks(row(Better.LOWER, "40", "9.5", "20")));
    }

    @Test
    void aVendorWithoutAFigureIsNeitherAndAFigureAloneIsNotMarked() {
        assertEquals(Arrays.asList(Mark.BEST, null, Mark.WORST), marks(row(Better.HIGHER, "30", null, "10")),
                "no figure is not the worst of a row: it is not a figure at all");
        assertEquals(Arrays.asList(null, null), marks(row(Better.HIGHER, "30", null)), "nothing to compare it with");
        assertEquals(Arrays.asList((Mark) null), marks(row(Better.HIGHER, "30")));
    }

    @Test
    void equalFiguresAreNotMarkedAndTiesAtTheBestAreAllBest() {
        assertEquals(Arrays.asList(null, null), marks(row(Better.HIGHER, "30.0", "30")));
        assertEquals(Arrays.asList(Mark.BEST, Mark.BEST, Mark.WORST), marks(row(Better.LOWER, "5", "5.00", "8")));
    }

    @Test
    void sizesAreNeverMarkedAndEachKpiRowTakesItsDirectionFromItsMetric() {
        assertEquals(Arrays.asList(null, null), marks(row(Better.NONE, "100", "5")));
        ComparisonView view = threeVendors();
        Map<String, Better> better = new java.util.HashMap<>();
        ComparisonRows.of(view).forEach(r -> better.put(r.key(), r.better()));
        assertEquals(Better.HIGHER, better.get("comparison.row.conversionRate"));
        assertEquals(Better.LOWER, better.get("comparison.row.firstResponse"));
        assertEquals(Better.LOWER, better.get("comparison.row.refundRate"));
        assertEquals(Better.LOWER, better.get("comparison.row.costPerReceived"));
        assertEquals(Better.LOWER, better.get("comparison.row.penalties"));
        assertEquals(Better.HIGHER, better.get("comparison.row.slaCompliance"));
        assertEquals(Better.HIGHER, better.get("comparison.row.score"));
        assertEquals(Better.NONE, better.get("comparison.row.received"));
        assertEquals(Better.NONE, better.get("comparison.row.fees"));
        Row conversion = ComparisonRows.of(view).stream().filter(r -> r.key().equals("comparison.row.conversionRate"))
                .findFirst().orElseThrow();
        assertEquals(List.of(Mark.BEST, Mark.WORST), List.of(conversion.mark(0), conversion.mark(2)));
    }

    @Test
    void figuresReadWithTwoDecimalsForRatesThousandsGroupedAndMoneyInYuan() {
        assertEquals("93.36 %", ComparisonRows.text(new BigDecimal("93.3571"), Kind.PERCENT));
        assertEquals("12.4 s", ComparisonRows.text(new BigDecimal("12.35"), Kind.SECONDS));
        assertEquals("¥12,345.60", ComparisonRows.text(new BigDecimal("12345.6"), Kind.YUAN));
        assertEquals("12,345", ComparisonRows.text(new BigDecimal("12345"), Kind.COUNT));
        assertEquals("87.50", ComparisonRows.text(new BigDecimal("87.5"), Kind.NUMBER));
        assertEquals("—", ComparisonRows.text(null, Kind.PERCENT));
    }

    @Test
    void theNotesSayWhyThereIsNoRankingOrWhichStoresEachVendorServesInTheReadersLanguage() {
        VendorComparison alone = new VendorComparison(ScorecardWeights.defaults());
        alone.add(new MonthCell(1, 1, VendorComparisonTest.JAN, VendorComparisonTest.sums(3, 300, 100, 25, "2500.50")));
        alone.name(1, "云帆客服");
        List<String> english = ComparisonRows.notes(alone.view(STORES, VendorComparisonTest.JAN,
                VendorComparisonTest.JAN, List.of(), Map.of()), Locale.ENGLISH);
        assertEquals(1, english.size(), english::toString);
        assertTrue(english.get(0).startsWith("Only one vendor has figures"), english::toString);

        List<String> chinese = ComparisonRows.notes(threeVendors(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.get(0).startsWith("这些供应商服务的店铺不同"), chinese::toString);
        assertTrue(chinese.contains("甲: 萌宠旗舰店、家居店"), chinese::toString);
        assertTrue(chinese.contains("乙: 萌宠旗舰店"), chinese::toString);
        assertEquals("萌宠旗舰店, 家居店", ComparisonRows.storeNames(STORES, List.of("PETS", "HOME"), Locale.ENGLISH),
                "text, not [PETS, HOME]");
    }

    private static final List<StoreRef> STORES = List.of(new StoreRef(1, "PETS", "萌宠旗舰店"),
            new StoreRef(2, "HOME", "家居店"));

    /** 甲 converts best and serves both stores, 丙 worst; 乙 and 丙 serve one store. */
    private static ComparisonView threeVendors() {
        VendorComparison c = new VendorComparison(ScorecardWeights.defaults());
        c.add(new MonthCell(1, 1, VendorComparisonTest.JAN, VendorComparisonTest.sums(5, 200, 100, 40, "1000.00")));
        c.add(new MonthCell(2, 1, VendorComparisonTest.JAN, VendorComparisonTest.sums(5, 200, 100, 40, "1000.00")));
        c.add(new MonthCell(1, 2, VendorComparisonTest.JAN, VendorComparisonTest.sums(5, 200, 100, 20, "1000.00")));
        c.add(new MonthCell(1, 3, VendorComparisonTest.JAN, VendorComparisonTest.sums(5, 200, 100, 10, "1000.00")));
        c.name(1, "甲");
        c.name(2, "乙");
        c.name(3, "丙");
        ComparisonView view = c.view(STORES, VendorComparisonTest.JAN, VendorComparisonTest.JAN, List.of(), Map.of());
        assertEquals(List.of("甲", "乙", "丙"), view.vendors().stream().map(ComparisonView.VendorColumn::vendorName)
                .toList());
        assertNull(view.rankingWithheld());
        return view;
    }
}
