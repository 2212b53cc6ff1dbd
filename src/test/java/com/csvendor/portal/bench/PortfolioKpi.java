package com.csvendor.portal.bench;

import com.csvendor.portal.kpi.bench.KpiFileGenerator;
import com.csvendor.portal.kpi.control.KpiTables;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Fills {@code kpi_daily} with the shape's rows and builds the vendor-store rollups from them the
 * way the portal does after an import ({@link KpiTables}: the same columns, the same aggregate
 * expressions, the same GROUP BY; days from the raw rows, months from the days). Rows go in with
 * {@code LOAD DATA LOCAL INFILE} fed from a {@link KpiRowStream}, one store per statement. A table
 * of the benchmark's ({@code stateTable}, e.g. {@code bench_comparison_state}) remembers that a shape
 * (and seed) was generated completely, so a second run skips it.
 */
public final class PortfolioKpi {

    private final Connection db;
    private final String stateTable;
    private final PortfolioShape shape;
    private final long seed;
    private final PrintStream log;

    public PortfolioKpi(Connection db, String stateTable, PortfolioShape shape, long seed, PrintStream log) {
        if (!stateTable.matches("bench_[a-z_]+")) {
            throw new IllegalArgumentException("a table name bench_...: " + stateTable);
        }
        this.db = db;
        this.stateTable = stateTable;
        this.shape = shape;
        this.seed = seed;
        this.log = log;
    }

    /** The seconds an earlier run took to generate this shape, or null if it is not (completely) there. */
    public Double generatedBefore() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + stateTable + " (signature VARCHAR(255) NOT NULL,"
                    + " load_seconds DOUBLE NOT NULL, rollup_seconds DOUBLE NOT NULL, generated_at DATETIME NOT NULL,"
                    + " PRIMARY KEY (signature)) ENGINE = InnoDB");
        }
        try (PreparedStatement q = db.prepareStatement(
                "SELECT load_seconds, rollup_seconds FROM " + stateTable + " WHERE signature = ?")) {
            q.setString(1, shape.signature(seed));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getDouble(1) + rs.getDouble(2) : null;
            }
        }
    }

    /** Replaces every KPI row and rollup with the shape's; prints and answers the seconds of both steps. */
    public double[] generate(PortfolioIds ids) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM " + stateTable);
            st.execute("TRUNCATE TABLE kpi_vendor_store_month");
            st.execute("TRUNCATE TABLE kpi_vendor_store_day");
            st.execute("TRUNCATE TABLE kpi_daily");
        }
        long[] imports = imports(ids);
        long start = System.nanoTime();
        try (Statement st = db.createStatement()) {
            st.execute("SET SESSION unique_checks = 0");
            for (int s = 0; s < shape.stores(); s++) {
                KpiRowStream rows = new KpiRowStream(shape, ids, imports, s, seed);
                // a fresh stream for each statement: a statement keeps its old one (STACK-NOTES)
                st.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows);
                int loaded = st.executeUpdate("LOAD DATA LOCAL INFILE 'kpi-rows.tsv' INTO TABLE kpi_daily"
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' ("
                        + KpiFileGenerator.tsvColumns() + ")");
                SQLWarning warning = st.getWarnings();
                if (loaded != shape.rowsOf(s) || rows.rows() != loaded || warning != null) {
                    throw new IllegalStateException("store " + shape.storeCode(s) + ": " + loaded
                            + " rows loaded of " + shape.rowsOf(s) + (warning == null ? "" : ", " + warning));
                }
                if ((s + 1) % 10 == 0 || s + 1 == shape.stores()) {
                    log.printf("loaded the rows of %d stores in %.0f s%n", s + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            st.execute("SET SESSION unique_checks = 1");
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        rollUp(ids);
        double rollupSeconds = (System.nanoTime() - start) / 1e9;
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO " + stateTable
                + " (signature, load_seconds, rollup_seconds, generated_at) VALUES (?, ?, ?, UTC_TIMESTAMP())")) {
            ins.setString(1, shape.signature(seed));
            ins.setDouble(2, loadSeconds);
            ins.setDouble(3, rollupSeconds);
            ins.executeUpdate();
        }
        return new double[] {loadSeconds, rollupSeconds};
    }

    /** One published import per vendor, the origin the rows name (as if each vendor uploaded its year). */
    private long[] imports(PortfolioIds ids) throws SQLException {
        long[] out = new long[shape.vendors()];
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO kpi_import (vendor_id, channel, uploaded_by,"
                + " uploaded_at, file_name, file_size, sha256, stored_as, status, progress, rows_read, rows_imported,"
                + " first_date, last_date, finished_at, version) VALUES (?, 'API', 'bench', UTC_TIMESTAMP(), ?, 0, ?, ?,"
                + " 'PUBLISHED', 1, ?, ?, ?, ?, UTC_TIMESTAMP(), 1)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement store = db.prepareStatement(
                        "INSERT IGNORE INTO kpi_import_store (import_id, store_id) VALUES (?, ?)")) {
            for (int v = 0; v < out.length; v++) {
                long rows = 0;
                for (int s = 0; s < shape.stores(); s++) {
                    for (int slot = 0; slot < shape.agentsPerStore(); slot++) {
                        if (shape.vendorOfSlot(s, slot) == v) {
                            rows += shape.daysOf(s, slot);
                        }
                    }
                }
                ins.setLong(1, ids.vendors()[v]);
                ins.setString(2, "bench-" + shape.names().lower() + "-vendor-" + (v + 1) + ".csv");
                ins.setString(3, String.format("%064x", 0xC0FFEE00L + v));
                ins.setString(4, "bench-" + shape.names().lower() + "-" + (v + 1));
                ins.setLong(5, rows);
                ins.setLong(6, rows);
                ins.setDate(7, Date.valueOf(shape.firstDate()));
                ins.setDate(8, Date.valueOf(shape.lastDate()));
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    out[v] = keys.getLong(1);
                }
                final int vendor = v;
                for (int s = 0; s < shape.stores(); s++) {
                    if (Arrays.stream(shape.vendorsOf(s)).anyMatch(x -> x == vendor)) {
                        store.setLong(1, out[v]);
                        store.setLong(2, ids.stores()[s]);
                        store.addBatch();
                    }
                }
            }
            store.executeBatch();
        }
        return out;
    }

    /** The portal's rollups of every store, vendor and day, then of every month, from the rows just loaded. */
    private void rollUp(PortfolioIds ids) throws SQLException {
        String columns = KpiTables.rollupColumns();
        long start = System.nanoTime();
        try (PreparedStatement day = db.prepareStatement("INSERT INTO kpi_vendor_store_day (store_id, vendor_id,"
                + " business_date, " + columns + ") SELECT store_id, vendor_id, business_date, "
                + KpiTables.rollupExpressions(false) + " FROM kpi_daily WHERE store_id = ?"
                + " GROUP BY store_id, vendor_id, business_date")) {
            for (int s = 0; s < shape.stores(); s++) {
                day.setLong(1, ids.stores()[s]);
                day.executeUpdate();
                if ((s + 1) % 10 == 0 || s + 1 == shape.stores()) {
                    log.printf("day rollups of %d stores in %.0f s%n", s + 1, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        try (PreparedStatement month = db.prepareStatement("INSERT INTO kpi_vendor_store_month (store_id, vendor_id,"
                + " month_start, " + columns + ") SELECT store_id, vendor_id, CAST(? AS DATE), "
                + KpiTables.rollupExpressions(true) + " FROM kpi_vendor_store_day"
                + " WHERE business_date BETWEEN ? AND ? GROUP BY store_id, vendor_id")) {
            for (LocalDate m = shape.firstDate().withDayOfMonth(1); !m.isAfter(shape.lastDate()); m = m.plusMonths(1)) {
                month.setDate(1, Date.valueOf(m));
                month.setDate(2, Date.valueOf(m));
                month.setDate(3, Date.valueOf(m.plusMonths(1).minusDays(1)));
                month.executeUpdate();
            }
        }
        log.printf("month rollups done, %.0f s in all%n", (System.nanoTime() - start) / 1e9);
    }
}
