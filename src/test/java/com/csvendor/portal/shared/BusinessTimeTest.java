package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    @Test
    void todayIsTheBeijingDateWhateverTheClocksZone() {
        Instant lateUtc = Instant.parse("2026-11-21T16:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 22), BusinessTime.today(Clock.fixed(lateUtc, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 11, 21), BusinessTime.today(Clock.fixed(Instant.parse("2026-11-21T15:59:59Z"),
                ZoneOffset.UTC)));
    }

    @Test
    void theProducedClockRunsInTheBusinessZone() {
        BusinessTime time = new BusinessTime();
        assertEquals(BusinessTime.ZONE, time.clock().getZone());
        assertEquals("Asia/Shanghai", BusinessTime.ZONE.getId());
        assertEquals(LocalDate.now(BusinessTime.ZONE), time.today());
    }
}
