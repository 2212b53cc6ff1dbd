package com.csvendor.portal.contract.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a statement is drawn up, and the calendar unit of one cycle: MONTHLY a calendar month,
 * SEMI_MONTHLY the 1st–15th and the 16th–last day, WEEKLY an ISO week (Monday to Sunday), QUARTERLY
 * a calendar quarter.
 */
public enum SettlementCycle {
    MONTHLY, SEMI_MONTHLY, WEEKLY, QUARTERLY;

    /** The first day of the calendar cycle holding the day. */
    public LocalDate firstDay(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.withDayOfMonth(1);
            case SEMI_MONTHLY -> day.getDayOfMonth() <= 15 ? day.withDayOfMonth(1) : day.withDayOfMonth(16);
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case QUARTERLY -> day.with(IsoFields.DAY_OF_QUARTER, 1);
        };
    }

    /** The last day of the calendar cycle holding the day. */
    public LocalDate lastDay(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
            case SEMI_MONTHLY -> day.getDayOfMonth() <= 15 ? day.withDayOfMonth(15)
                    : day.with(TemporalAdjusters.lastDayOfMonth());
            case WEEKLY -> firstDay(day).plusDays(6);
            case QUARTERLY -> firstDay(day).plusMonths(3).minusDays(1);
        };
    }
}
