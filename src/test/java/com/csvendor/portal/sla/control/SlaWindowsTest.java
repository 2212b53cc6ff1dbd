package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaWindowsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Window w(SlaWindow kind, String from, String to) {
        return new Window(kind, d(from), d(to));
    }

    @Test
    void dailyWindowsAreTheDaysOfTheRange() {
        List<Window> days = SlaWindows.windows(SlaWindow.DAILY, SettlementCycle.MONTHLY, d("2026-02-27"), d("2026-03-02"));
        assertEquals(List.of(w(SlaWindow.DAILY, "2026-02-27", "2026-02-27"), w(SlaWindow.DAILY, "2026-02-28", "2026-02-28"),
                w(SlaWindow.DAILY, "2026-03-01", "2026-03-01"), w(SlaWindow.DAILY, "2026-03-02", "2026-03-02")), days);
    }

    @Test
    void weeklyWindowsAreFullIsoWeeksThatTouchTheRange() {
        // Wednesday 2026-11-18 to Tuesday 2026-11-24: two ISO weeks, Monday to Sunday.
        List<Window> weeks = SlaWindows.windows(SlaWindow.WEEKLY, SettlementCycle.MONTHLY, d("2026-11-18"), d("2026-11-24"));
        assertEquals(List.of(w(SlaWindow.WEEKLY, "2026-11-16", "2026-11-22"), w(SlaWindow.WEEKLY, "2026-11-23", "2026-11-29")),
                weeks);
    }

    @Test
    void anIsoWeekRunsAcrossTheNewYear() {
        assertEquals(w(SlaWindow.WEEKLY, "2026-12-28", "2027-01-03"),
                SlaWindows.of(SlaWindow.WEEKLY, SettlementCycle.MONTHLY, d("2027-01-01")));
    }

    @Test
    void monthlyCyclesAreCalendarMonthsIncludingLeapFebruary() {
        SlaWindow c = SlaWindow.SETTLEMENT_CYCLE;
        assertEquals(w(c, "2028-02-01", "2028-02-29"), SlaWindows.cycleOf(SettlementCycle.MONTHLY, d("2028-02-14")));
        assertEquals(w(c, "2026-02-01", "2026-02-28"), SlaWindows.cycleOf(SettlementCycle.MONTHLY, d("2026-02-28")));
        assertEquals(w(c, "2026-12-01", "2026-12-31"), SlaWindows.cycleOf(SettlementCycle.MONTHLY, d("2026-12-01")));
    }

    @Test
    void semiMonthlyCyclesSplitOnTheFifteenth() {
        SlaWindow c = SlaWindow.SETTLEMENT_CYCLE;
        assertEquals(w(c, "2026-01-01", "2026-01-15"), SlaWindows.cycleOf(SettlementCycle.SEMI_MONTHLY, d("2026-01-15")));
        assertEquals(w(c, "2026-01-16", "2026-01-31"), SlaWindows.cycleOf(SettlementCycle.SEMI_MONTHLY, d("2026-01-16")));
        assertEquals(List.of(w(c, "2028-01-16", "2028-01-31"), w(c, "2028-02-01", "2028-02-15"), w(c, "2028-02-16", "2028-02-29")),
                SlaWindows.windows(c, SettlementCycle.SEMI_MONTHLY, d("2028-01-20"), d("2028-02-16")));
    }

    @Test
    void weeklyAndQuarterlyCycles() {
        SlaWindow c = SlaWindow.SETTLEMENT_CYCLE;
        assertEquals(w(c, "2026-11-16", "2026-11-22"), SlaWindows.cycleOf(SettlementCycle.WEEKLY, d("2026-11-22")));
        assertEquals(w(c, "2026-10-01", "2026-12-31"), SlaWindows.cycleOf(SettlementCycle.QUARTERLY, d("2026-11-21")));
        assertEquals(w(c, "2026-01-01", "2026-03-31"), SlaWindows.cycleOf(SettlementCycle.QUARTERLY, d("2026-03-31")));
        assertEquals(List.of(w(c, "2026-01-01", "2026-03-31"), w(c, "2026-04-01", "2026-06-30")),
                SlaWindows.windows(c, SettlementCycle.QUARTERLY, d("2026-03-31"), d("2026-04-01")));
    }

    @Test
    void cycleWindowsOfATargetFollowTheContractsCycle() {
        assertEquals(SlaWindows.cycleOf(SettlementCycle.SEMI_MONTHLY, d("2026-05-20")),
                SlaWindows.of(SlaWindow.SETTLEMENT_CYCLE, SettlementCycle.SEMI_MONTHLY, d("2026-05-20")));
    }

    @Test
    void anEmptyRangeHasNoWindows() {
        assertTrue(SlaWindows.windows(SlaWindow.DAILY, SettlementCycle.MONTHLY, d("2026-05-02"), d("2026-05-01")).isEmpty());
    }

    @Test
    void windowArithmetic() {
        Window feb = w(SlaWindow.SETTLEMENT_CYCLE, "2026-02-01", "2026-02-28");
        assertEquals(28, feb.days());
        assertTrue(feb.contains(d("2026-02-28")));
        assertFalse(feb.contains(d("2026-03-01")));
        assertEquals(3, feb.overlapDays(d("2026-01-01"), d("2026-02-03")));
        assertEquals(0, feb.overlapDays(d("2026-03-01"), d("2026-03-03")));
        assertTrue(feb.overlaps(d("2026-02-28"), d("2026-03-03")));
        assertThrows(IllegalArgumentException.class, () -> w(SlaWindow.DAILY, "2026-02-02", "2026-02-01"));
    }
}
