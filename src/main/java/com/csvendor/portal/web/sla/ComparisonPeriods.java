package com.csvendor.portal.web.sla;

import java.time.LocalDate;

/** The period presets of the comparison page, relative to today (a business date). */
public enum ComparisonPeriods {
    LAST_MONTH, LAST_3_MONTHS, THIS_YEAR, CUSTOM;

    /** The first and last day of the preset; CUSTOM keeps what was chosen. */
    public LocalDate[] range(LocalDate today, LocalDate from, LocalDate to) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        return switch (this) {
            case LAST_MONTH -> new LocalDate[] {thisMonth.minusMonths(1), thisMonth.minusDays(1)};
            case LAST_3_MONTHS -> new LocalDate[] {thisMonth.minusMonths(3), thisMonth.minusDays(1)};
            case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today};
            case CUSTOM -> new LocalDate[] {from, to};
        };
    }
}
