package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MonthPartsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<String> spans(List<MonthPart> parts) {
        return parts.stream().map(p -> p.from() + ".." + p.to()).toList();
    }

    @Test
    void splitsAtMonthsAndSurchargesAndSumsTheDaysOfEachPart() {
        Fees f = ServiceFeeCalculatorTest.seats("5000");
        f.setSurcharges(List.of(ServiceFeeCalculatorTest.surcharge("Double 11", "2026-11-10", "2026-11-11", "50"),
                ServiceFeeCalculatorTest.surcharge("Double 12", "2026-12-12", "2027-01-02", "20")));
        SortedMap<LocalDate, KpiSums> days = new TreeMap<>();
        days.put(d("2026-10-31"), Sums.agentDays(9).get());
        days.put(d("2026-11-10"), Sums.agentDays(2).get());
        days.put(d("2026-11-11"), Sums.agentDays(3).get());
        days.put(d("2026-11-12"), Sums.agentDays(4).get());
        List<MonthPart> parts = MonthParts.split(f, d("2026-11-05"), d("2026-12-20"), KpiDays.of(days));
        assertEquals(List.of("2026-11-05..2026-11-09", "2026-11-10..2026-11-11", "2026-11-12..2026-11-30",
                "2026-12-01..2026-12-11", "2026-12-12..2026-12-20"), spans(parts));
        assertEquals(List.of(0L, 5L, 4L, 0L, 0L), parts.stream().map(p -> p.sums().agentDays()).toList());
    }

    @Test
    void splitPartsMakeSurchargesExact() {
        // A session fee and a one-day promotion with 10× the customers: pro rata by days would miss it.
        Fees f = ServiceFeeCalculatorTest.fees(FeeModel.PER_SESSION);
        f.setSessionTiers(List.of(ServiceFeeCalculatorTest.tier(null, "1.00")));
        f.setSurcharges(List.of(ServiceFeeCalculatorTest.surcharge("Promo", "2026-11-11", "2026-11-11", "100")));
        SortedMap<LocalDate, KpiSums> days = new TreeMap<>();
        days.put(d("2026-11-10"), Sums.agentDays(1).received(100).get());
        days.put(d("2026-11-11"), Sums.agentDays(1).received(1000).get());
        FeeBreakdown b = new ServiceFeeCalculator().fees(f, MonthParts.split(f, d("2026-11-01"), d("2026-11-30"),
                KpiDays.of(days)));
        assertEquals(new BigDecimal("1000.00"), b.lines().get(1).amount());
        assertEquals(new BigDecimal("2100.00"), b.total());
    }

    @Test
    void oneDayAndNoDays() {
        Fees f = ServiceFeeCalculatorTest.seats("1");
        assertEquals(List.of("2026-02-28..2026-02-28"), spans(MonthParts.split(f, d("2026-02-28"), d("2026-02-28"),
                KpiDays.of(new TreeMap<>()))));
        assertTrue(MonthParts.split(f, d("2026-03-01"), d("2026-02-28"), KpiDays.of(new TreeMap<>())).isEmpty());
    }
}
