package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.control.FeeParts.Part;
import com.csvendor.portal.sla.control.FeeParts.Segment;
import com.csvendor.portal.sla.control.FeeParts.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeePartsTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static KpiSums received(long n) {
        return new KpiSums(1, 0, n, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }

    @Test
    void eachVersionRunsToTheDayBeforeTheNextWithinTheContractAndThePeriod() {
        List<Segment<String>> segments = FeeParts.segments(List.of(new Version<>(d("2026-01-01"), "v1"),
                new Version<>(d("2026-04-16"), "v2")), d("2026-01-01"), d("2026-12-31"), d("2026-03-01"),
                d("2026-05-31"));
        assertEquals(List.of(new Segment<>("v1", d("2026-03-01"), d("2026-04-15")),
                new Segment<>("v2", d("2026-04-16"), d("2026-05-31"))), segments);
    }

    @Test
    void aVersionOutsideThePeriodOrAfterTheContractEndHasNoSegment() {
        List<Segment<String>> segments = FeeParts.segments(List.of(new Version<>(d("2025-01-01"), "v1"),
                new Version<>(d("2025-06-01"), "v2"), new Version<>(d("2026-02-01"), "v3")), d("2025-01-01"),
                d("2026-01-31"), d("2025-07-01"), d("2026-03-31"));
        assertEquals(List.of(new Segment<>("v2", d("2025-07-01"), d("2026-01-31"))), segments);
    }

    @Test
    void wholeMonthSharesTakeTheRollupSumsAndPartsCutByAVersionAskForTheirDays() {
        KpiSums march = received(300);
        KpiSums aprilFirstHalf = received(150);
        List<LocalDate[]> asked = new ArrayList<>();
        List<Part> parts = FeeParts.parts(new Segment<>("v1", d("2026-03-10"), d("2026-04-15")), d("2026-03-10"),
                d("2026-05-31"), Map.of(d("2026-03-01"), march, d("2026-04-01"), received(999)), (from, to) -> {
                    asked.add(new LocalDate[] {from, to});
                    return aprilFirstHalf;
                });
        assertEquals(2, parts.size());
        assertEquals(new Part(d("2026-03-10"), d("2026-03-31"), march), parts.get(0),
                "March's share of the period starts on the 10th: the rollup read covers exactly it");
        assertEquals(new Part(d("2026-04-01"), d("2026-04-15"), aprilFirstHalf), parts.get(1));
        assertEquals(1, asked.size());
        assertEquals(d("2026-04-15"), asked.get(0)[1]);
    }

    @Test
    void aMonthWithoutFiguresIsAPartWithZeroSums() {
        List<Part> parts = FeeParts.parts(new Segment<>("v1", d("2026-01-01"), d("2026-02-28")), d("2026-01-01"),
                d("2026-02-28"), Map.of(d("2026-01-01"), received(10)), (from, to) -> {
                    throw new AssertionError("whole months need no extra read");
                });
        assertEquals(2, parts.size());
        assertSame(KpiSums.ZERO, parts.get(1).sums());
        assertEquals(d("2026-02-28"), parts.get(1).to());
    }
}
