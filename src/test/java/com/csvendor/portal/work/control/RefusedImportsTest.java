package com.csvendor.portal.work.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.kpi.entity.ImportStatus;
import com.csvendor.portal.work.control.RefusedImports.Fact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedImportsTest {

    private static final LocalDate NOV1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);

    private static Fact fact(long id, ImportStatus status, String store, int hour, LocalDate first, LocalDate last,
            Long rerunOf) {
        return new Fact(id, status, store, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(3600L * hour), first, last,
                rerunOf);
    }

    private static List<Long> toFix(Fact... imports) {
        return RefusedImports.toFix(List.of(imports)).stream().map(Fact::id).toList();
    }

    @Test
    void rejectedAndFailedImportsAreToFixPublishedOnesAreNot() {
        assertEquals(List.of(1L, 2L), toFix(fact(1, ImportStatus.REJECTED, "A", 1, NOV1, NOV30, null),
                fact(2, ImportStatus.FAILED, "A", 2, null, null, null),
                fact(3, ImportStatus.PUBLISHED, "B", 3, NOV1, NOV30, null),
                fact(4, ImportStatus.RUNNING, "A", 4, null, null, null)));
    }

    @Test
    void aLaterPublishedImportOfTheSameStoreCoveringItsDaysFixesIt() {
        assertEquals(List.of(), toFix(fact(1, ImportStatus.REJECTED, "A", 1, NOV1.plusDays(3), NOV1.plusDays(9), null),
                fact(2, ImportStatus.PUBLISHED, "A", 2, NOV1, NOV30, null)));
        assertEquals(List.of(), toFix(fact(1, ImportStatus.REJECTED, "A", 1, NOV1, NOV30, null),
                fact(2, ImportStatus.DUPLICATE, "A", 2, NOV1, NOV30, null)), "found already published");
    }

    @Test
    void anEarlierAnotherStoresOrAPartialImportDoesNotFixIt() {
        Fact refused = fact(5, ImportStatus.REJECTED, "A", 5, NOV1, NOV30, null);
        assertEquals(List.of(5L), toFix(refused, fact(1, ImportStatus.PUBLISHED, "A", 1, NOV1, NOV30, null)));
        assertEquals(List.of(5L), toFix(refused, fact(6, ImportStatus.PUBLISHED, "B", 6, NOV1, NOV30, null)));
        assertEquals(List.of(5L), toFix(refused, fact(7, ImportStatus.PUBLISHED, "A", 7, NOV1, NOV1.plusDays(9), null)));
    }

    @Test
    void aFileWithoutDaysIsFixedByAnyLaterPublishedImportOfItsStore() {
        assertEquals(List.of(), toFix(fact(1, ImportStatus.REJECTED, "A", 1, null, null, null),
                fact(2, ImportStatus.PUBLISHED, "A", 2, NOV1, NOV1, null)));
    }

    @Test
    void aRerunStandsForTheImportItRepeatsWhateverItsOutcome() {
        assertEquals(List.of(2L), toFix(fact(1, ImportStatus.REJECTED, "A", 1, NOV1, NOV30, null),
                fact(2, ImportStatus.REJECTED, "A", 2, NOV1, NOV30, 1L)));
        assertEquals(List.of(), toFix(fact(1, ImportStatus.FAILED, "A", 1, NOV1, NOV30, null),
                fact(2, ImportStatus.PUBLISHED, "A", 2, NOV1, NOV30, 1L)));
    }
}
