package com.csvendor.portal.kpi.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys (store, agent, business date) an import has accepted so far: finds a row repeating a key
 * of an earlier row, and answers which stores and days the import touches. Memory grows with the
 * store-agent pairs times the days they span — a bit per pair and day, not a row number: a million
 * rows over 3,000 pairs and a year take about 150 KB, so the heap an import needs does not grow
 * with the file. Which earlier row brought a repeated key is looked up afterwards in the spool
 * ({@link RowSpool#firstRows}), where every accepted row's number is.
 */
public final class RowKeys {

    /** The days of one store, first to last, that an import has rows for. */
    public record StoreDays(long storeId, LocalDate first, LocalDate last) {
    }

    /** The days one store-agent pair has a row for: a bit per day from {@code base}. */
    private static final class Days {
        long base;
        long[] words = new long[0];

        boolean has(long day) {
            long i = day - base;
            return i >= 0 && i < (long) words.length * 64 && (words[(int) (i >>> 6)] & (1L << (i & 63))) != 0;
        }

        void set(long day) {
            if (words.length == 0) {
                base = day;
                words = new long[1];
            } else if (day < base) {
                int shiftWords = (int) Math.max((base - day + 63) / 64, Math.max(1, words.length / 2));
                long[] grown = new long[words.length + shiftWords];
                System.arraycopy(words, 0, grown, shiftWords, words.length);
                words = grown;
                base -= 64L * shiftWords;
            } else if (day - base >= (long) words.length * 64) {
                words = Arrays.copyOf(words, (int) Math.max((day - base) / 64 + 1, words.length + words.length / 2));
            }
            long i = day - base;
            words[(int) (i >>> 6)] |= 1L << (i & 63);
        }
    }

    private final Map<Long, Map<Long, Days>> byStore = new HashMap<>();
    private final Map<Long, long[]> storeSpan = new TreeMap<>();
    private long accepted;
    private long lastStore;
    private Map<Long, Days> lastAgents;
    private long[] lastSpan;

    /** Accepts the key, or answers false when an earlier row brought it (and accepts nothing). */
    public boolean add(long storeId, long agentId, LocalDate date) {
        long day = date.toEpochDay();
        if (lastAgents == null || storeId != lastStore) {
            // Rows come grouped by store: its maps are looked up once per run of rows, not per row.
            lastAgents = byStore.computeIfAbsent(storeId, s -> new HashMap<>());
            lastSpan = storeSpan.computeIfAbsent(storeId, s -> new long[] {day, day});
            lastStore = storeId;
        }
        Days days = lastAgents.computeIfAbsent(agentId, a -> new Days());
        if (days.has(day)) {
            return false;
        }
        days.set(day);
        lastSpan[0] = Math.min(lastSpan[0], day);
        lastSpan[1] = Math.max(lastSpan[1], day);
        accepted++;
        return true;
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
