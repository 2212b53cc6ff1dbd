package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that publishes staged rows: replaces the canonical records with the same store, agent
 * and date (never adds to them), then recomputes the vendor-store rollups of the days and months
 * the import touched. Runs in the caller's transaction, so the records and their rollups become
 * visible together.
 */
@ApplicationScoped
public class KpiTables {

    private static final String STORED = KpiField.stored().stream().map(KpiField::column)
            .collect(Collectors.joining(", "));

    /** The rollup columns and how each is computed from kpi_daily rows (the month sums the days). */
    private static final String[][] ROLLUP = {
        {"agent_days", "COUNT(*)"},
        {"consultations", "SUM(consultations)"},
        {"received", "SUM(received)"},
        {"inquiries", "SUM(inquiries)"},
        {"orders", "SUM(orders)"},
        {"paid_buyers", "SUM(paid_buyers)"},
        {"conversion_paid", "SUM(CASE WHEN inquiries IS NOT NULL THEN paid_buyers END)"},
        {"conversion_base", "SUM(CASE WHEN paid_buyers IS NOT NULL THEN inquiries END)"},
        {"sales_amount", "SUM(sales_amount)"},
        {"refund_count", "SUM(refund_count)"},
        {"refund_amount", "SUM(refund_amount)"},
        {"returns_count", "SUM(returns_count)"},
        {"disputes", "SUM(disputes)"},
        {"first_response_weighted", "SUM(first_response_seconds * response_sessions)"},
        {"first_response_sessions", "SUM(CASE WHEN first_response_seconds IS NOT NULL THEN response_sessions END)"},
        {"avg_response_weighted", "SUM(avg_response_seconds * response_sessions)"},
        {"avg_response_sessions", "SUM(CASE WHEN avg_response_seconds IS NOT NULL THEN response_sessions END)"},
        {"responded_3min", "SUM(CASE WHEN received IS NOT NULL THEN responded_3min END)"},
        {"responded_3min_base", "SUM(CASE WHEN responded_3min IS NOT NULL THEN received END)"},
        {"responded_30s", "SUM(CASE WHEN received IS NOT NULL THEN responded_30s END)"},
        {"responded_30s_base", "SUM(CASE WHEN responded_30s IS NOT NULL THEN received END)"},
        {"ratings", "SUM(ratings)"},
        {"satisfied", "SUM(satisfied)"},
        {"dissatisfied", "SUM(dissatisfied)"},
        {"online_hours", "SUM(online_hours)"},
    };

    @PersistenceContext
    EntityManager em;

    /** The dates and stores an import's staged rows cover. */
    public record Touched(long storeId, LocalDate first, LocalDate last) {
    }

    public List<Touched> touched(long importId) {
        List<?> rows = em.createNativeQuery("SELECT store_id, MIN(business_date), MAX(business_date)"
                + " FROM kpi_staging WHERE import_id = ?1 GROUP BY store_id").setParameter(1, importId).getResultList();
        List<Touched> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new Touched(((Number) r[0]).longValue(), date(r[1]), date(r[2])));
        }
        return out;
    }

    /** Copies the staged rows over the canonical ones (same key: the figures are replaced). */
    public int upsert(long importId) {
        String updates = java.util.stream.Stream.concat(java.util.stream.Stream.of("vendor_id", "import_id"),
                KpiField.stored().stream().map(KpiField::column)).map(c -> c + " = VALUES(" + c + ")")
                .collect(Collectors.joining(", "));
        return em.createNativeQuery("INSERT INTO kpi_daily (store_id, agent_id, business_date, vendor_id, import_id, "
                + STORED + ") SELECT store_id, agent_id, business_date, vendor_id, import_id, " + STORED
                + " FROM kpi_staging WHERE import_id = ?1 ON DUPLICATE KEY UPDATE " + updates)
                .setParameter(1, importId).executeUpdate();
    }

    /** Recomputes the vendor's day and month rollups in a store over the days from {@code first} to {@code last}. */
    public void rollUp(long vendorId, Touched t) {
        String columns = columns();
        em.createNativeQuery("DELETE FROM kpi_vendor_store_day WHERE store_id = ?1 AND vendor_id = ?2"
                + " AND business_date BETWEEN ?3 AND ?4").setParameter(1, t.storeId()).setParameter(2, vendorId)
                .setParameter(3, t.first()).setParameter(4, t.last()).executeUpdate();
        em.createNativeQuery("INSERT INTO kpi_vendor_store_day (store_id, vendor_id, business_date, " + columns
                + ") SELECT store_id, vendor_id, business_date, " + expressions(false) + " FROM kpi_daily"
                + " WHERE vendor_id = ?1 AND store_id = ?2 AND business_date BETWEEN ?3 AND ?4"
                + " GROUP BY store_id, vendor_id, business_date").setParameter(1, vendorId)
                .setParameter(2, t.storeId()).setParameter(3, t.first()).setParameter(4, t.last()).executeUpdate();
        for (LocalDate month = t.first().withDayOfMonth(1); !month.isAfter(t.last()); month = month.plusMonths(1)) {
            em.createNativeQuery("DELETE FROM kpi_vendor_store_month WHERE store_id = ?1 AND vendor_id = ?2"
                    + " AND month_start = ?3").setParameter(1, t.storeId()).setParameter(2, vendorId)
                    .setParameter(3, month).executeUpdate();
            em.createNativeQuery("INSERT INTO kpi_vendor_store_month (store_id, vendor_id, month_start, " + columns
                    + ") SELECT store_id, vendor_id, CAST(?3 AS DATE), " + expressions(true) + " FROM kpi_vendor_store_day"
                    + " WHERE vendor_id = ?1 AND store_id = ?2 AND business_date BETWEEN ?3 AND ?4"
                    + " GROUP BY store_id, vendor_id").setParameter(1, vendorId).setParameter(2, t.storeId())
                    .setParameter(3, month).setParameter(4, month.plusMonths(1).minusDays(1)).executeUpdate();
        }
    }

    /** Deletes an import's staged rows, at most {@code limit} at a time on MySQL; answers how many went. */
    public int clearStaging(long importId, boolean mysql, int limit) {
        return em.createNativeQuery("DELETE FROM kpi_staging WHERE import_id = ?1" + (mysql ? " LIMIT " + limit : ""))
                .setParameter(1, importId).executeUpdate();
    }

    /**
     * The rollup columns, comma-separated, in the order of {@link #rollupExpressions(boolean)}: what
     * follows the key in an INSERT into {@code kpi_vendor_store_day} or {@code kpi_vendor_store_month}.
     */
    public static String rollupColumns() {
        return columns();
    }

    /**
     * How each rollup column is aggregated: from {@code kpi_daily} rows (the day rollup, and any
     * aggregation of raw rows meant to give the same figures), or from day rollup rows (the month).
     */
    public static String rollupExpressions(boolean fromDays) {
        return expressions(fromDays);
    }

    private static String columns() {
        return java.util.Arrays.stream(ROLLUP).map(c -> c[0]).collect(Collectors.joining(", "));
    }

    /** The rollup sums computed from {@code kpi_daily} rows, in the order of {@code KpiSums.COLUMNS}. */
    static String dailySums() {
        return expressions(false);
    }

    private static String expressions(boolean fromDays) {
        return java.util.Arrays.stream(ROLLUP).map(c -> fromDays ? "SUM(" + c[0] + ")" : c[1])
                .collect(Collectors.joining(", "));
    }

    /** A DATE column of a native query, whichever type the driver answers with. */
    static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
