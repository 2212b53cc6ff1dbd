package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalTimeTest {

    @Test
    void aMomentIsWrittenInBeijingTimeAcrossTheUtcDateLine() {
        assertEquals("2026-11-22 00:30:00", PortalTime.format(Instant.parse("2026-11-21T16:30:00Z")));
        assertEquals("2026-11-21 23:59:59", PortalTime.format(Instant.parse("2026-11-21T15:59:59Z")));
    }

    @Test
    void noMomentIsBlank() {
        assertEquals("", PortalTime.format(null));
    }
}
