package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.entity.ImportStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T19:30:00Z");
    private final UploadRetention ninetyDays = new UploadRetention(90);

    @Test
    void aCopyUploadedMoreThanTheRetentionPeriodAgoGoes() {
        assertTrue(ninetyDays.expired(Instant.parse("2026-09-06T19:29:59Z"), List.of(ImportStatus.PUBLISHED), NOW));
    }

    @Test
    void aCopyExactlyAtTheRetentionPeriodOrYoungerStays() {
        assertEquals(Instant.parse("2026-09-06T19:30:00Z"), ninetyDays.cutoff(NOW));
        assertFalse(ninetyDays.expired(Instant.parse("2026-09-06T19:30:00Z"), List.of(ImportStatus.PUBLISHED), NOW));
        assertFalse(ninetyDays.expired(Instant.parse("2026-12-01T08:00:00Z"), List.of(ImportStatus.REJECTED), NOW));
    }

    @Test
    void aCopyStaysWhileAnImportOfItIsQueuedOrRunningHoweverOld() {
        Instant old = Instant.parse("2025-01-01T00:00:00Z");
        assertFalse(ninetyDays.expired(old, List.of(ImportStatus.FAILED, ImportStatus.RUNNING), NOW));
        assertFalse(ninetyDays.expired(old, List.of(ImportStatus.QUEUED), NOW));
        assertTrue(ninetyDays.expired(old, List.of(ImportStatus.FAILED, ImportStatus.DUPLICATE), NOW));
    }

    @Test
    void aRetentionOfLessThanOneDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UploadRetention(0));
    }
}
