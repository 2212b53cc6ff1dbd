package com.csvendor.portal.contract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract's period rules: its last day in force, its versions' days, its settlement cycles. */
class ContractDatesTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static ContractDates.Dated<String> v(int n, String from, SettlementCycle cycle) {
        return new ContractDates.Dated<>(n, d(from), cycle, "v" + n);
    }

    private static ContractDates<String> dates(String start, String end, List<ContractDates.Dated<String>> versions) {
        return new ContractDates<>(d(start), d(end), ContractStatus.ACTIVE, d(start), versions);
    }

    private static List<String> cycles(ContractDates<?> dates, String from, String to) {
        return dates.cycles(d(from), d(to)).stream().map(c -> c.start() + ".." + c.end()).toList();
    }

    @Test
    void theLastDayInForceIsTheEndOrTheDayBeforeATerminationTookEffect() {
        assertEquals(d("2026-12-31"), ContractDates.lastDay(d("2026-12-31"), ContractStatus.ACTIVE, d("2026-06-11")));
        assertEquals(d("2026-06-10"),
                ContractDates.lastDay(d("2026-12-31"), ContractStatus.TERMINATED, d("2026-06-11")));
        assertEquals(d("2026-12-30"), ContractDates.lastDay(d("2026-12-31"), ContractStatus.TERMINATED,
                d("2026-12-31")), "terminated with effect from the last day: the day before was the last");
        assertEquals(d("2026-12-31"), ContractDates.lastDay(d("2026-12-31"), ContractStatus.EXPIRED, d("2027-01-01")));
        assertEquals(d("2026-12-31"),
                ContractDates.lastDay(d("2026-12-31"), ContractStatus.TERMINATED, d("2027-03-01")),
                "a termination after the end changes nothing");
    }

    @Test
    void eachVersionRunsToTheDayBeforeTheNextWithinTheContractAndThePeriod() {
        ContractDates<String> dates = dates("2026-01-01", "2026-12-31",
                List.of(v(1, "2026-01-01", SettlementCycle.MONTHLY), v(2, "2026-04-16", SettlementCycle.MONTHLY)));
        assertEquals(List.of(new ContractDates.Segment<>(1, "v1", d("2026-03-01"), d("2026-04-15")),
                new ContractDates.Segment<>(2, "v2", d("2026-04-16"), d("2026-05-31"))),
                dates.segments(d("2026-03-01"), d("2026-05-31")));
    }

    @Test
    void aVersionOutsideThePeriodOrAfterTheLastDayInForceHasNoSegment() {
        ContractDates<String> dates = new ContractDates<>(d("2025-01-01"), d("2026-12-31"), ContractStatus.TERMINATED,
                d("2026-02-01"), List.of(v(1, "2025-01-01", SettlementCycle.MONTHLY),
                        v(2, "2025-06-01", SettlementCycle.MONTHLY), v(3, "2026-02-01", SettlementCycle.MONTHLY)));
        assertEquals(List.of(new ContractDates.Segment<>(2, "v2", d("2025-07-01"), d("2026-01-31"))),
                dates.segments(d("2025-07-01"), d("2026-03-31")));
    }

    @Test
    void theFirstCycleIsWholeAndTheLastHoldsTheLastDayInForce() {
        ContractDates<String> dates = new ContractDates<>(d("2026-01-11"), d("2026-12-31"), ContractStatus.TERMINATED,
                d("2026-03-21"), List.of(v(1, "2026-01-11", SettlementCycle.MONTHLY)));
        assertEquals(List.of("2026-01-01..2026-01-31", "2026-02-01..2026-02-28", "2026-03-01..2026-03-31"),
                cycles(dates, "2025-01-01", "2026-12-31"));
        assertEquals(new ContractDates.Cycle(d("2026-01-01"), d("2026-01-31")),
                dates.cycleHolding(d("2026-01-05")).orElseThrow(), "the cycle holding the start, before it");
        assertTrue(dates.cycleHolding(d("2025-12-31")).isEmpty());
        assertTrue(dates.cycleHolding(d("2026-04-01")).isEmpty(), "no cycle after the one holding the last day");
        assertEquals(List.of("2026-02-01..2026-02-28"), cycles(dates, "2026-02-10", "2026-02-10"));
    }

    @Test
    void aChangedSettlementCycleTakesEffectFromTheNextCycleWithoutOverlap() {
        // Weekly from Wednesday 15 April: April's monthly cycle runs out, then weeks from Friday 1 May.
        ContractDates<String> dates = dates("2026-01-01", "2026-12-31",
                List.of(v(1, "2026-01-01", SettlementCycle.MONTHLY), v(2, "2026-04-15", SettlementCycle.WEEKLY)));
        assertEquals(List.of("2026-04-01..2026-04-30", "2026-05-01..2026-05-03", "2026-05-04..2026-05-10"),
                cycles(dates, "2026-04-20", "2026-05-05"));
        assertEquals(new ContractDates.Cycle(d("2026-05-01"), d("2026-05-03")),
                dates.cycleHolding(d("2026-05-02")).orElseThrow());
    }

    @Test
    void semiMonthlyAndQuarterlyCyclesAreCalendarUnits() {
        assertEquals(List.of("2026-02-01..2026-02-15", "2026-02-16..2026-02-28"), cycles(dates("2026-01-01",
                "2026-12-31", List.of(v(1, "2026-01-01", SettlementCycle.SEMI_MONTHLY))), "2026-02-01", "2026-02-28"));
        assertEquals(List.of("2026-04-01..2026-06-30"), cycles(dates("2026-01-01", "2026-12-31",
                List.of(v(1, "2026-01-01", SettlementCycle.QUARTERLY))), "2026-05-01", "2026-05-01"));
    }
}
