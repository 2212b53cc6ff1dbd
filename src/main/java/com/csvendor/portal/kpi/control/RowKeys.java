package com.csvendor.portal.kpi.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys (store, agent, business date) an import has accepted so far, with the row that brought
 * each: finds a row repeating a key of an earlier row, and answers which stores and days the
 * import touches. Memory grows with the store-agent pairs times the days they span (an int per
 * pair and day), not with the rows: a million rows over 3,000 pairs and a year take about 4 MB.
 */
public final class RowKeys {

    /** The days of one store, first to last, that an import has rows for. */
    public record StoreDays(long storeId, LocalDate first, LocalDate last) {
    }

    /** The first rows of one store-agent pair, by day from {@code base}; 0 means no row yet. */
    private static final class Days {
        long base;
        int[] rows = new int[0];

        int firstRow(long day) {
            long i = day - base;
            return i < 0 || i >= rows.length ? 0 : rows[(int) i];
        }

        void put(long day, int row) {
            if (rows.length == 0) {
                base = day;
                rows = new int[8];
            } else if (day < base) {
                int shift = (int) Math.max(base - day, rows.length / 2);
                int[] grown = new int[rows.length + shift];
                System.arraycopy(rows, 0, grown, shift, rows.length);
                rows = grown;
                base -= shift;
            } else if (day - base >= rows.length) {
                rows = Arrays.copyOf(rows, (int) Math.max(day - base + 1, rows.length + rows.length / 2));
            }
            rows[(int) (day - base)] = row;
        }
    }

    private final Map<Long, Map<Long, Days>> byStore = new HashMap<>();
    private final Map<Long, long[]> storeSpan = new TreeMap<>();
    private long accepted;
    private long lastStore;
    private Map<Long, Days> lastAgents;
    private long[] lastSpan;

    /**
     * Accepts the key for {@code row}, or answers the row that brought the same key before (and
     * then accepts nothing).
     *
     * @return 0 if the key is new (now accepted), else the number of the earlier row
     */
    public long accept(long storeId, long agentId, LocalDate date, long row) {
        long day = date.toEpochDay();
        if (lastAgents == null || storeId != lastStore) {
            // Rows come grouped by store: its maps are looked up once per run of rows, not per row.
            lastAgents = byStore.computeIfAbsent(storeId, s -> new HashMap<>());
            lastSpan = storeSpan.computeIfAbsent(storeId, s -> new long[] {day, day});
            lastStore = storeId;
        }
        Days days = lastAgents.computeIfAbsent(agentId, a -> new Days());
        int first = days.firstRow(day);
        if (first != 0) {
            return first;
        }
        days.put(day, (int) Math.min(row, Integer.MAX_VALUE));
        lastSpan[0] = Math.min(lastSpan[0], day);
        lastSpan[1] = Math.max(lastSpan[1], day);
        accepted++;
        return 0;
    }

    /** How many keys were accepted. */
    public long accepted() {
        return accepted;
    }

    /** Per store (by id), the first and last day accepted. */
    public java.util.List<StoreDays> storeDays() {
        return storeSpan.entrySet().stream().map(e -> new StoreDays(e.getKey(),
                LocalDate.ofEpochDay(e.getValue()[0]), LocalDate.ofEpochDay(e.getValue()[1]))).toList();
    }
}
