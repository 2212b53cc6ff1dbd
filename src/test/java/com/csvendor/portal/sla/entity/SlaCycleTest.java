package com.csvendor.portal.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlaCycleTest {

    private static SlaCycle.Figures figures(String fee, String cap) {
        return new SlaCycle.Figures(LocalDate.of(2026, 10, 31), 1, new BigDecimal(fee), new BigDecimal("80"),
                BigDecimal.ZERO, cap == null ? null : new BigDecimal(cap), new BigDecimal("80"), 31, 2, 1, false);
    }

    @Test
    void aCycleComputedTheSameAgainIsLeftAsItIs() {
        SlaCycle c = new SlaCycle(7, LocalDate.of(2026, 10, 1));
        Instant first = Instant.parse("2026-11-01T01:00:00Z");
        assertTrue(c.refresh(figures("9000", "2700"), first));
        assertFalse(c.refresh(figures("9000.00", "2700.00"), Instant.parse("2026-11-02T01:00:00Z")));
        assertEquals(first, c.getEvaluatedAt());
        assertTrue(c.refresh(figures("9000.00", null), Instant.parse("2026-11-02T01:00:00Z")), "the cap went");
        assertEquals(null, c.getPenaltyCap());
        assertTrue(c.refresh(figures("9000.01", null), Instant.parse("2026-11-03T01:00:00Z")));
        assertEquals(new BigDecimal("9000.01"), c.getServiceFee());
    }
}
