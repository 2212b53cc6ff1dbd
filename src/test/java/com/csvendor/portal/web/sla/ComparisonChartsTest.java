package com.csvendor.portal.web.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.sla.boundary.ComparisonView;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ComparisonChartsTest {

    private static ComparisonView twelveVendors() {
        List<VendorColumn> vendors = IntStream.range(0, 12).mapToObj(TrendChartsTest::vendor).toList();
        return new ComparisonView(List.of(), LocalDate.of(2076, 1, 1), LocalDate.of(2076, 3, 31), List.of(), true,
                null, List.of(), vendors);
    }

    @Test
    void withTwelveVendorsAdministratorsAndFinanceSeeTheTopFiveUntilTheyAskForAll() {
        ComparisonCharts charts = new ComparisonCharts(false);
        charts.show(twelveVendors());
        assertTrue(charts.isLimitable());
        assertEquals(List.of(1, 2, 3, 4, 5), charts.getVendors().stream().map(VendorColumn::rank).toList(),
                "the best five by score");
        assertFalse(charts.isLegendBeside(), "five fit a legend below");
        charts.toggle();
        assertEquals(12, charts.getVendors().size());
        assertTrue(charts.isLegendBeside(), "twelve get the legend beside the charts");
        charts.toggle();
        assertEquals(5, charts.getVendors().size());
    }

    @Test
    void storeManagersSeeEveryVendorAndAFewVendorsAreNeverLimited() {
        ComparisonCharts charts = new ComparisonCharts(true);
        charts.show(twelveVendors());
        assertEquals(12, charts.getVendors().size());
        ComparisonCharts few = new ComparisonCharts(false);
        few.show(new ComparisonView(List.of(), LocalDate.of(2076, 1, 1), LocalDate.of(2076, 1, 31), List.of(), true,
                null, List.of(), twelveVendors().vendors().subList(0, 3)));
        assertFalse(few.isLimitable(), "no button for three vendors");
        assertEquals(3, few.getVendors().size());
    }
}
