package com.csvendor.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoKpiDataTest {

    static final LocalDate LAST = LocalDate.of(2026, 12, 5);

    static DemoKpiFigures.Team team(String store, String vendor) {
        return new DemoKpiFigures.Team(store, vendor, List.of("a"), DemoKpiFigures.Level.FAIR, 100, 100);
    }

    @Test
    void yunfanSkipsTwoRecentDaysOfPetsOnly() {
        assertEquals(List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 11, 29)),
                DemoKpiData.skippedDays(team("PETS-TM", "云帆客服"), LAST));
        assertEquals(List.of(), DemoKpiData.skippedDays(team("HOME-JD", "云帆客服"), LAST));
        assertEquals(List.of(), DemoKpiData.skippedDays(team("PETS-TM", "声联服务"), LAST));
    }

    @Test
    void yunfanIsShortOfStaffOnTwoRecentDaysOfPetsOnly() {
        DemoKpiFigures.Team pets = new DemoKpiFigures.Team("PETS-TM", "云帆客服", List.of("a", "b", "c", "d", "e"),
                DemoKpiFigures.Level.FAIR, 100, 100);
        List<DemoKpiFigures.Day> days = DemoKpiFigures.days(pets, LAST.minusDays(10), LAST);
        assertEquals(5 * 11, days.size());
        List<DemoKpiFigures.Day> present = days.stream().filter(d -> DemoKpiData.present(pets, d, LAST)).toList();
        assertEquals(5 * 9 + 2 * DemoKpiData.SHORT_PRESENT, present.size());
        assertEquals(DemoKpiData.SHORT_PRESENT, present.stream().filter(d -> d.date().equals(LocalDate.of(2026, 12, 1))).count());
        assertEquals(DemoKpiData.SHORT_PRESENT, present.stream().filter(d -> d.date().equals(LocalDate.of(2026, 11, 25))).count());
        assertEquals(List.of(), DemoKpiData.shortDays(team("HOME-JD", "云帆客服"), LAST));
    }
}
