package com.csvendor.portal.kpi.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KpiImportTest {

    static final String SHA = "e231c225bea2bee80861afdef94f72af9fd1fb2d08b5d9394135e880bf7edf14";

    @Test
    void aDuplicateRefersToTheOriginalsFileAndGivesUpItsOwnCopy() {
        Instant at = Instant.parse("2026-11-21T08:00:00Z");
        KpiImport original = new KpiImport(1, 2L, ImportChannel.WEB, "vendor", at,
                new StoredFile("day.csv", 100, SHA, "11111111-1111-1111-1111-111111111111"), null);
        KpiImport again = new KpiImport(1, 2L, ImportChannel.API, "vendor", at.plusSeconds(60),
                new StoredFile("day-again.csv", 100, SHA, "22222222-2222-2222-2222-222222222222"), null);

        String unused = again.markDuplicateOf(original, at.plusSeconds(61));

        assertEquals("22222222-2222-2222-2222-222222222222", unused);
        assertEquals("11111111-1111-1111-1111-111111111111", again.getStoredAs());
        assertEquals(ImportStatus.DUPLICATE, again.getStatus());
    }
}
