package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duplicate keys inside one file: found with the row that brought the key first, in any order of dates. */
class RowKeysTest {

    static final LocalDate D = LocalDate.of(2026, 3, 15);

    @Test
    void aRepeatedKeyAnswersTheFirstRowAndIsNotAccepted() {
        RowKeys keys = new RowKeys();
        assertEquals(0, keys.accept(1, 10, D, 2));
        assertEquals(0, keys.accept(1, 11, D, 3), "another agent");
        assertEquals(0, keys.accept(2, 10, D, 4), "another store");
        assertEquals(0, keys.accept(1, 10, D.plusDays(1), 5), "another day");
        assertEquals(2, keys.accept(1, 10, D, 6));
        assertEquals(2, keys.accept(1, 10, D, 7), "still the first row, not the last duplicate");
        assertEquals(4, keys.accepted());
    }

    @Test
    void datesBeforeAndFarAfterTheFirstAreKeptApart() {
        RowKeys keys = new RowKeys();
        int row = 2;
        // Out of order, reaching backwards and forwards beyond what the first days reserved.
        for (int offset : new int[] {0, -1, 40, -300, 5, 365, -2, 1000}) {
            assertEquals(0, keys.accept(7, 70, D.plusDays(offset), row++), "day " + offset);
        }
        row = 2;
        for (int offset : new int[] {0, -1, 40, -300, 5, 365, -2, 1000}) {
            assertEquals(row++, keys.accept(7, 70, D.plusDays(offset), 99), "day " + offset);
        }
        assertEquals(0, keys.accept(7, 70, D.plusDays(6), 100), "a day between is still free");
    }

    @Test
    void storeDaysSpanTheFirstToTheLastDayOfEachStore() {
        RowKeys keys = new RowKeys();
        keys.accept(3, 1, D, 2);
        keys.accept(3, 2, D.minusDays(10), 3);
        keys.accept(5, 1, D.plusDays(4), 4);
        keys.accept(3, 1, D.plusDays(2), 5);
        keys.accept(3, 1, D.plusDays(2), 6);
        assertEquals(List.of(new RowKeys.StoreDays(3, D.minusDays(10), D.plusDays(2)),
                new RowKeys.StoreDays(5, D.plusDays(4), D.plusDays(4))), keys.storeDays());
    }

    @Test
    void aMillionKeysOverAYearTakeAFewMegabytesNotOnePerRow() {
        RowKeys keys = new RowKeys();
        long row = 1;
        for (int day = 0; day < 334; day++) {
            for (int store = 0; store < 20; store++) {
                for (int agent = 0; agent < 150; agent++) {
                    keys.accept(store, agent, D.plusDays(day), ++row);
                }
            }
        }
        assertEquals(1_002_000, keys.accepted());
        assertEquals(2, keys.accept(0, 0, D, 1));
        // Not a memory measurement: the structure holds an int per pair and day it spans, at most
        // half again as many as the days used, so about 3,000 × 334 × 4 × 1.5 bytes here.
    }
}
