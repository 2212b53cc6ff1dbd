package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.kpi.control.KpiRollups.MonthCell;
import com.csvendor.portal.sla.boundary.ComparisonView.StoreRef;
import com.csvendor.portal.sla.control.ScorecardWeights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A comparison of one vendor in one store over January 2026: sales ¥2,500.50, fees ¥600.00. */
public final class ComparisonFixtures {

    private ComparisonFixtures() {
    }

    public static ComparisonView view(String vendorName, String storeName) {
        VendorComparison c = new VendorComparison(ScorecardWeights.defaults());
        c.add(new MonthCell(1, 1, VendorComparisonTest.JAN, VendorComparisonTest.sums(3, 300, 100, 25, "2500.50")));
        c.name(1, vendorName);
        c.fees(1, new BigDecimal("600.00"));
        return c.view(List.of(new StoreRef(1, "S1", storeName)), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), List.of(), Map.of());
    }
}
