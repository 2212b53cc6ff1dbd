package com.csvendor.portal.kpi.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day rollup ({@code kpi_vendor_store_day}) of the rows an import spools, summed while they
 * are written: per store and day, each column by the row rule of {@link RollupColumns}, the same
 * definition as the SQL that computes it from {@code kpi_daily} (a sum is NULL when no row adds to
 * it; decimals as the table stores them, rounded HALF_UP). It equals the rollup only for store-days that had no rows of the
 * vendor before the import; the publish step uses it for those and recomputes the others in SQL.
 * Memory grows with stores times days, not with rows. If a sum would overflow a {@code long}, the
 * sums are given up ({@link #usable()} answers false) and every day is recomputed in SQL.
 */
public final class DaySums {

    /** One store-day: per column the sum's unscaled value and whether any row added to it. */
    public static final class Day {
        final long[] sums = new long[RollupColumns.ALL.size()];
        final boolean[] reported = new boolean[RollupColumns.ALL.size()];

        /** The rows (agent-days) summed. */
        public long rows() {
            return sums[0];
        }

        /** The column's sum, or {@code null} when no row adds to it (as SQL's SUM). */
        public BigDecimal sum(int column) {
            return reported[column] ? BigDecimal.valueOf(sums[column], RollupColumns.ALL.get(column).scale()) : null;
        }
    }

    /** The columns as an array: {@link #add} runs for every row of every import. */
    private static final RollupColumns.Column[] COLUMNS = RollupColumns.ALL.toArray(RollupColumns.Column[]::new);

    private final Map<Long, TreeMap<Long, Day>> byStore = new HashMap<>();
    private boolean usable = true;
    private Day last;
    private long lastStore;
    private long lastDay;

    /** Adds a spooled row. */
    public void add(long storeId, KpiValues v) {
        if (!usable) {
            return;
        }
        long epochDay = v.date().toEpochDay();
        Day day = last;
        if (day == null || storeId != lastStore || epochDay != lastDay) {
            // Rows come grouped by store and day: the maps are looked up once per group, not per row.
            day = byStore.computeIfAbsent(storeId, s -> new TreeMap<>()).computeIfAbsent(epochDay, d -> new Day());
            last = day;
            lastStore = storeId;
            lastDay = epochDay;
        }
        try {
            for (int i = 0; i < day.sums.length; i++) {
                long n = COLUMNS[i].of(v);
                if (n != RollupColumns.NONE) {
                    day.sums[i] = Math.addExact(day.sums[i], n);
                    day.reported[i] = true;
                }
            }
        } catch (ArithmeticException overflow) {
            usable = false;
            byStore.clear();
            last = null;
        }
    }

    /** False once a sum overflowed: then nothing here may be used. */
    public boolean usable() {
        return usable;
    }

    /** The days of a store from {@code first} to {@code last} that have rows, in date order. */
    public List<Map.Entry<LocalDate, Day>> days(long storeId, LocalDate first, LocalDate last) {
        List<Map.Entry<LocalDate, Day>> out = new ArrayList<>();
        TreeMap<Long, Day> days = byStore.get(storeId);
        if (days != null) {
            days.subMap(first.toEpochDay(), true, last.toEpochDay(), true)
                    .forEach((d, sums) -> out.add(Map.entry(LocalDate.ofEpochDay(d), sums)));
        }
        return out;
    }
}
