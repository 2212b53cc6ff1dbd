package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;

import com.csvendor.portal.kpi.entity.KpiField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day rollup ({@code kpi_vendor_store_day}) of the rows an import spools, summed while they
 * are written: per store and day, each column as {@link KpiTables}' SQL computes it from
 * {@code kpi_daily} (a sum is NULL when no row has a value; decimals as the table stores them,
 * rounded HALF_UP to 2 places). It equals the rollup only for store-days that had no rows of the
 * vendor before the import; the publish step uses it for those and recomputes the others in SQL.
 * Memory grows with stores times days, not with rows. If a sum would overflow a {@code long}, the
 * sums are given up ({@link #usable()} answers false) and every day is recomputed in SQL.
 */
public final class DaySums {

    /**
     * A rollup column: the sum of {@code value} (times {@code weight} if given) over the rows
     * where {@code value}, {@code weight} and {@code when} are all reported; {@code scale} is the
     * number of decimals the sum is kept with.
     */
    record Column(String name, KpiField value, KpiField weight, KpiField when, int scale) {
    }

    /** In the order of {@code KpiTables.ROLLUP}, after agent_days (a count of rows). */
    static final List<Column> COLUMNS = List.of(
            new Column("consultations", CONSULTATIONS, null, null, 0),
            new Column("received", RECEIVED, null, null, 0),
            new Column("inquiries", INQUIRIES, null, null, 0),
            new Column("orders", ORDERS, null, null, 0),
            new Column("paid_buyers", PAID_BUYERS, null, null, 0),
            new Column("conversion_paid", PAID_BUYERS, null, INQUIRIES, 0),
            new Column("conversion_base", INQUIRIES, null, PAID_BUYERS, 0),
            new Column("sales_amount", SALES_AMOUNT, null, null, 2),
            new Column("refund_count", REFUND_COUNT, null, null, 0),
            new Column("refund_amount", REFUND_AMOUNT, null, null, 2),
            new Column("returns_count", RETURNS, null, null, 0),
            new Column("disputes", DISPUTES, null, null, 0),
            new Column("first_response_weighted", FIRST_RESPONSE, RESPONSE_SESSIONS, null, 2),
            new Column("first_response_sessions", RESPONSE_SESSIONS, null, FIRST_RESPONSE, 0),
            new Column("avg_response_weighted", AVG_RESPONSE, RESPONSE_SESSIONS, null, 2),
            new Column("avg_response_sessions", RESPONSE_SESSIONS, null, AVG_RESPONSE, 0),
            new Column("responded_3min", RESPONDED_3MIN, null, RECEIVED, 0),
            new Column("responded_3min_base", RECEIVED, null, RESPONDED_3MIN, 0),
            new Column("responded_30s", RESPONDED_30S, null, RECEIVED, 0),
            new Column("responded_30s_base", RECEIVED, null, RESPONDED_30S, 0),
            new Column("ratings", RATINGS, null, null, 0),
            new Column("satisfied", SATISFIED, null, null, 0),
            new Column("dissatisfied", DISSATISFIED, null, null, 0),
            new Column("online_hours", ONLINE_HOURS, null, null, 2));

    /** One store-day: rows counted, and per column the sum's unscaled value and whether any row had one. */
    public static final class Day {
        long rows;
        final long[] sums = new long[COLUMNS.size()];
        final boolean[] reported = new boolean[COLUMNS.size()];

        public long rows() {
            return rows;
        }

        /** The column's sum, or {@code null} when no row reports it (as SQL's SUM). */
        public BigDecimal sum(int column) {
            return reported[column] ? BigDecimal.valueOf(sums[column], COLUMNS.get(column).scale()) : null;
        }
    }

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
            day.rows++;
            for (int i = 0; i < day.sums.length; i++) {
                Column c = COLUMNS.get(i);
                Object value = v.get(c.value());
                if (value == null || (c.weight() != null && v.get(c.weight()) == null)
                        || (c.when() != null && v.get(c.when()) == null)) {
                    continue;
                }
                long n = unscaled(value, c.scale());
                if (c.weight() != null) {
                    n = Math.multiplyExact(n, (Long) v.get(c.weight()));
                }
                day.sums[i] = Math.addExact(day.sums[i], n);
                day.reported[i] = true;
            }
        } catch (ArithmeticException overflow) {
            usable = false;
            byStore.clear();
            last = null;
        }
    }

    private static long unscaled(Object value, int scale) {
        if (value instanceof Long n) {
            return scale == 0 ? n : Math.multiplyExact(n, 100L);
        }
        return ((BigDecimal) value).setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
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
