package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duplicate keys inside one file: found in any order of dates, with a bit per store-agent pair and day. */
class RowKeysTest {

    static final LocalDate D = LocalDate.of(2026, 3, 15);

    @Test
    void aRepeatedKeyIsNotAccepted() {
        RowKeys keys = new RowKeys();
        assertTrue(keys.add(1, 10, D));
        assertTrue(keys.add(1, 11, D), "another agent");
        assertTrue(keys.add(2, 10, D), "another store");
        assertTrue(keys.add(1, 10, D.plusDays(1)), "another day");
        assertFalse(keys.add(1, 10, D));
        assertFalse(keys.add(1, 10, D), "again");
        assertEquals(4, keys.accepted());
    }

    @Test
    void datesBeforeAndFarAfterTheFirstAreKeptApart() {
        RowKeys keys = new RowKeys();
        // Out of order, reaching backwards and forwards beyond what the first days reserved.
        int[] offsets = {0, -1, 40, -300, 5, 365, -2, 1000, 63, 64, -64, -65, 127, 128};
        for (int offset : offsets) {
            assertTrue(keys.add(7, 70, D.plusDays(offset)), "day " + offset);
        }
        for (int offset : offsets) {
            assertFalse(keys.add(7, 70, D.plusDays(offset)), "day " + offset);
        }
        for (int offset = -400; offset <= 1100; offset++) {
            final int o = offset;
            if (java.util.Arrays.stream(offsets).noneMatch(x -> x == o)) {
                assertTrue(keys.add(7, 71, D.plusDays(offset)) && keys.add(7, 70, D.plusDays(offset)),
                        "day " + offset + " between is still free");
            }
        }
    }

    @Test
    void storeDaysSpanTheFirstToTheLastDayOfEachStore() {
        RowKeys keys = new RowKeys();
        keys.add(3, 1, D);
        keys.add(3, 2, D.minusDays(10));
        keys.add(5, 1, D.plusDays(4));
        keys.add(3, 1, D.plusDays(2));
        keys.add(3, 1, D.plusDays(2));
        assertEquals(List.of(new RowKeys.StoreDays(3, D.minusDays(10), D.plusDays(2)),
                new RowKeys.StoreDays(5, D.plusDays(4), D.plusDays(4))), keys.storeDays());
    }

    @Test
    void aMillionKeysOverAYearAreABitEach() {
        RowKeys keys = new RowKeys();
        for (int day = 0; day < 334; day++) {
            for (int store = 0; store < 20; store++) {
                for (int agent = 0; agent < 150; agent++) {
                    assertTrue(keys.add(store, agent, D.plusDays(day)));
                }
            }
        }
        assertEquals(1_002_000, keys.accepted());
        assertFalse(keys.add(0, 0, D));
        assertFalse(keys.add(19, 149, D.plusDays(333)));
        // Not a memory measurement: the structure holds a bit per pair and day it spans, in words of
        // 64 days, so about 3,000 × 6 × 8 bytes here.
    }
}
