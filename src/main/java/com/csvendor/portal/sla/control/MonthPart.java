package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Days in service from {@code from} to {@code to} (inclusive, inside one calendar month) with the
 * KPI sums of those days — the unit {@link ServiceFeeCalculator} prorates by. A part covers its
 * days even when they have no figures (pass {@link KpiSums#ZERO}): days in service count towards a
 * prorated minimum fee.
 */
public record MonthPart(LocalDate from, LocalDate to, KpiSums sums) {

    public MonthPart {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sums, "sums");
        if (to.isBefore(from) || !YearMonth.from(from).equals(YearMonth.from(to))) {
            throw new IllegalArgumentException("a month part must lie inside one month: " + from + " – " + to);
        }
    }

    public YearMonth month() {
        return YearMonth.from(from);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days of this part inside [a, b]. */
    int overlapDays(LocalDate a, LocalDate b) {
        LocalDate x = from.isAfter(a) ? from : a;
        LocalDate y = to.isBefore(b) ? to : b;
        return y.isBefore(x) ? 0 : (int) ChronoUnit.DAYS.between(x, y) + 1;
    }
}
