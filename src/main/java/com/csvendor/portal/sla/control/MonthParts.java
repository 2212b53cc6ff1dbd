package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** Splits days in service by calendar month, with each part's KPI sums: what fees are prorated by. */
public final class MonthParts {

    private MonthParts() {
    }

    /** The parts of [from, to] (both inclusive), each inside one month; none when to is before from. */
    public static List<MonthPart> of(LocalDate from, LocalDate to, SortedMap<LocalDate, KpiSums> days) {
        List<MonthPart> parts = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); ) {
            LocalDate monthEnd = start.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate end = monthEnd.isBefore(to) ? monthEnd : to;
            KpiSums sums = KpiSums.ZERO;
            for (KpiSums s : days.subMap(start, end.plusDays(1)).values()) {
                sums = sums.plus(s);
            }
            parts.add(new MonthPart(start, end, sums));
            start = end.plusDays(1);
        }
        return parts;
    }
}
