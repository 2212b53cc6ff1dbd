package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The KPI sums of a contract's store and vendor over any days: what fees are computed from. Days
 * without figures add nothing ({@link KpiSums#ZERO}).
 */
@FunctionalInterface
public interface KpiDays {

    /** The sums of the days from {@code from} to {@code to}, both inclusive. */
    KpiSums between(LocalDate from, LocalDate to);

    /** The sums of day sums as read ({@code KpiRollups.days}); days absent from the map have no figures. */
    static KpiDays of(SortedMap<LocalDate, KpiSums> days) {
        return (from, to) -> {
            KpiSums sums = KpiSums.ZERO;
            for (KpiSums s : days.subMap(from, to.plusDays(1)).values()) {
                sums = sums.plus(s);
            }
            return sums;
        };
    }
}
