package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Window arithmetic. Every window is a full calendar unit: DAILY a day, WEEKLY an ISO week
 * (Monday to Sunday), SETTLEMENT_CYCLE the contract's cycle — MONTHLY a calendar month,
 * SEMI_MONTHLY the 1st–15th and the 16th–last day, WEEKLY an ISO week, QUARTERLY a calendar quarter.
 */
public final class SlaWindows {

    private SlaWindows() {
    }

    /**
     * Whether a window is still running on {@code today} (a business date, Asia/Shanghai): its last
     * day is not over yet. {@code lastDay} is the window's last day within the contract's period — a
     * window cut short by the contract's end closes with the contract. The portal has no daily report
     * due time: a window closes at midnight after its last day, and figures for that day imported
     * later re-judge it as for any closed window.
     */
    public static boolean running(LocalDate lastDay, LocalDate today) {
        return !today.isAfter(lastDay);
    }

    /** The full windows of a kind that share at least one day with [from, to], in date order. */
    public static List<Window> windows(SlaWindow kind, SettlementCycle cycle, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        List<Window> out = new ArrayList<>();
        for (Window w = of(kind, cycle, from); !w.start().isAfter(to); w = of(kind, cycle, w.end().plusDays(1))) {
            out.add(w);
        }
        return out;
    }

    /** The window of a kind containing the day; {@code cycle} matters only for SETTLEMENT_CYCLE. */
    public static Window of(SlaWindow kind, SettlementCycle cycle, LocalDate day) {
        return switch (kind) {
            case DAILY -> new Window(SlaWindow.DAILY, day, day);
            case WEEKLY -> week(SlaWindow.WEEKLY, day);
            case SETTLEMENT_CYCLE -> cycleOf(cycle, day);
        };
    }

    /** The calendar settlement cycle containing the day ({@link SettlementCycle#firstDay}, {@code lastDay}). */
    public static Window cycleOf(SettlementCycle cycle, LocalDate day) {
        return new Window(SlaWindow.SETTLEMENT_CYCLE, cycle.firstDay(day), cycle.lastDay(day));
    }

    private static Window week(SlaWindow kind, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Window(kind, monday, monday.plusDays(6));
    }
}
