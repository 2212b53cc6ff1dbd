package com.csvendor.portal.kpi.control;

import com.csvendor.portal.platform.PortalDataSource;
import com.csvendor.portal.shared.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The SQL that publishes an import's spooled rows: replaces the canonical records with the same
 * store, agent and date (never adds to them), then recomputes the vendor-store rollups of the days
 * and months the import touched. Runs on a connection of the caller's transaction, so the records
 * and their rollups become visible together, or (the server killed half-way) not at all.
 */
@ApplicationScoped
public class KpiTables {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A connection in the caller's transaction (closing it returns the handle; the transaction keeps it). */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Writes the spooled rows over the canonical ones (same key: the figures are replaced, never
     * added): on MySQL/MariaDB one {@code LOAD DATA LOCAL INFILE … REPLACE} streamed from the
     * spool, elsewhere (H2) batched {@code INSERT … ON DUPLICATE KEY UPDATE}. Answers the rows the
     * database reports written.
     */
    public long load(Connection c, Path spool) throws SQLException {
        return isMySql(c) ? loadData(c, spool) : upsertBatches(c, spool);
    }

    private static long loadData(Connection c, Path spool) throws SQLException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(spool), 1 << 16)) {
            return loadData(c, in);
        } catch (IOException e) {
            throw new SQLException("Reading the spooled KPI rows " + spool.getFileName(), e);
        }
    }

    /**
     * Loads spooled rows while the import still writes them ({@link SpoolTail}): MySQL/MariaDB only.
     * The server waits for the next rows as long as the chunk step takes to check them, not only
     * its default 30 s ({@code net_read_timeout}), for this statement's session.
     */
    public long loadFollowing(Connection c, InputStream rows) throws SQLException {
        long timeout;
        try (Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT @@SESSION.net_read_timeout")) {
            rs.next();
            timeout = rs.getLong(1);
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION net_read_timeout = 900");
        }
        try {
            return loadData(c, rows);
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION net_read_timeout = " + timeout);
            }
        }
    }

    private static long loadData(Connection c, InputStream in) throws SQLException {
        try (LocalInfile allowed = LocalInfile.allow(c); Statement st = c.createStatement()) {
            com.mysql.cj.jdbc.JdbcStatement mysql = st.unwrap(com.mysql.cj.jdbc.JdbcStatement.class);
            // A statement keeps its stream; a fresh statement and stream every time (STACK-NOTES).
            mysql.setLocalInfileInputStream(in);
            long loaded = st.executeLargeUpdate("LOAD DATA LOCAL INFILE 'kpi-rows.tsv' REPLACE INTO TABLE kpi_daily"
                    + " CHARACTER SET ascii FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                    + " (" + RowSpool.LOAD_COLUMNS + ")");
            // LOCAL turns errors into warnings: the rows were validated, so any warning is a fault.
            SQLWarning w = st.getWarnings();
            if (w != null) {
                throw new SQLException("Loading KPI rows: " + w.getMessage() + " (" + w.getErrorCode() + ")");
            }
            return loaded;
        }
    }

    private static long upsertBatches(Connection c, Path spool) throws SQLException {
        List<String> columns = RowSpool.TABLE_COLUMNS;
        String updates = columns.stream().skip(3).map(col -> col + " = VALUES(" + col + ")")
                .collect(Collectors.joining(", "));
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi_daily (" + String.join(", ", columns)
                + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE " + updates)) {
            long[] written = {0, 0};
            RowSpool.lines(spool, values -> {
                try {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] == null) {
                            ps.setNull(i + 1, Types.VARCHAR);
                        } else {
                            ps.setString(i + 1, values[i]);
                        }
                    }
                    ps.addBatch();
                    if (++written[1] % 1000 == 0) {
                        written[0] += sum(ps.executeBatch());
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            written[0] += sum(ps.executeBatch());
            return written[0];
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int n : counts) {
            total += Math.max(n, 0);
        }
        return total;
    }

    /** MySQL or MariaDB (LOAD DATA), as opposed to the embedded H2. */
    public static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.contains("MySQL") || product.contains("MariaDB");
    }

    /**
     * Recomputes the vendor's day and month rollups in a store over the days from {@code first} to
     * {@code last}. The day rollup comes from {@code sums} (the import's own rows, summed while
     * spooled) when the vendor had no rows in the store on any of those days before — the common
     * case of new days, without reading the rows back — and from {@code kpi_daily} otherwise.
     * Answers whether the sums were used.
     */
    public boolean rollUp(Connection c, long vendorId, RowKeys.StoreDays t, DaySums sums) throws SQLException {
        boolean fresh = sums != null && sums.usable() && count(c, "SELECT COUNT(*) FROM kpi_vendor_store_day"
                + " WHERE store_id = ? AND vendor_id = ? AND business_date BETWEEN ? AND ?" + current(c),
                t.storeId(), vendorId, t.first(), t.last()) == 0;
        if (fresh) {
            insertDays(c, vendorId, t, sums);
        } else {
            rollUpDays(c, vendorId, t);
        }
        rollUpMonths(c, vendorId, t);
        return fresh;
    }

    /**
     * Records the import as the receipt of the store's days it brought rows for, set-wise; a day
     * received before keeps its first receipt (the daily-report ledger, {@code kpi_report_day}).
     */
    public int recordReceipts(Connection c, long importId, long vendorId, RowKeys.StoreDays t,
            java.time.Instant receivedAt) throws SQLException {
        return update(c, "INSERT IGNORE INTO kpi_report_day (store_id, vendor_id, business_date, import_id,"
                + " received_at) SELECT store_id, vendor_id, business_date, import_id, ? FROM kpi_daily"
                + " WHERE vendor_id = ? AND business_date BETWEEN ? AND ? AND store_id = ? AND import_id = ?"
                + " GROUP BY store_id, vendor_id, business_date, import_id",
                java.time.LocalDateTime.ofInstant(receivedAt, java.time.ZoneOffset.UTC), vendorId, t.first(),
                t.last(), t.storeId(), importId);
    }

    /**
     * Locks the stores' rows, in id order, until the transaction ends, so that imports publishing into
     * the same store take turns at its rollups: two publishes reading, deleting and inserting the same
     * month rollup at once collided on its key (H2) or summed the month without the other's days
     * (MariaDB, each from its own snapshot). Call before {@link #rollUp}.
     */
    public void lockStores(Connection c, Collection<Long> storeIds) throws SQLException {
        for (long storeId : new TreeSet<>(storeIds)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM store WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, storeId);
                ps.executeQuery().close();
            }
        }
    }

    /**
     * What makes a rollup read see the rows committed by the publish that held the store's lock before
     * this one: on MariaDB/MySQL a locking read (a plain read answers from the transaction's snapshot,
     * which may predate that commit); H2 reads committed rows anyway.
     */
    private static String current(Connection c) throws SQLException {
        return isMySql(c) ? " LOCK IN SHARE MODE" : "";
    }

    /** Recomputes the day and month rollups from {@code kpi_daily}. */
    public void rollUp(Connection c, long vendorId, RowKeys.StoreDays t) throws SQLException {
        rollUp(c, vendorId, t, null);
    }

    private static void rollUpDays(Connection c, long vendorId, RowKeys.StoreDays t) throws SQLException {
        update(c, "DELETE FROM kpi_vendor_store_day WHERE store_id = ? AND vendor_id = ?"
                + " AND business_date BETWEEN ? AND ?", t.storeId(), vendorId, t.first(), t.last());
        update(c, "INSERT INTO kpi_vendor_store_day (store_id, vendor_id, business_date, " + columns()
                + ") SELECT store_id, vendor_id, business_date, " + expressions(false) + " FROM kpi_daily"
                + " WHERE store_id = ? AND vendor_id = ? AND business_date BETWEEN ? AND ?"
                + " GROUP BY store_id, vendor_id, business_date", t.storeId(), vendorId, t.first(), t.last());
    }

    private static void insertDays(Connection c, long vendorId, RowKeys.StoreDays t, DaySums sums)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (var day : sums.days(t.storeId(), t.first(), t.last())) {
            Object[] row = new Object[RollupColumns.ALL.size() + 3];
            row[0] = t.storeId();
            row[1] = vendorId;
            row[2] = day.getKey();
            for (int i = 0; i < RollupColumns.ALL.size(); i++) {
                row[3 + i] = day.getValue().sum(i);
            }
            rows.add(row);
        }
        MultiRowInsert.insert(c, "kpi_vendor_store_day", rollupColumns("business_date"), rows, r -> r);
    }

    /**
     * The month rollups of the months the days touch, summed from the day rollups (a column's sum
     * is NULL when every day's is, as SQL's SUM): one read, one delete, one insert per store.
     */
    private static void rollUpMonths(Connection c, long vendorId, RowKeys.StoreDays t) throws SQLException {
        LocalDate from = t.first().withDayOfMonth(1);
        LocalDate to = t.last().withDayOfMonth(t.last().lengthOfMonth());
        Map<LocalDate, Object[]> months = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT business_date, " + columns()
                + " FROM kpi_vendor_store_day WHERE store_id = ? AND vendor_id = ? AND business_date BETWEEN ? AND ?"
                + current(c))) {
            bind(ps, t.storeId(), vendorId, from, to);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate month = rs.getDate(1).toLocalDate().withDayOfMonth(1);
                    Object[] sums = months.computeIfAbsent(month, m -> {
                        Object[] row = new Object[RollupColumns.ALL.size() + 3];
                        row[0] = t.storeId();
                        row[1] = vendorId;
                        row[2] = m;
                        return row;
                    });
                    for (int i = 0; i < RollupColumns.ALL.size(); i++) {
                        BigDecimal value = rs.getBigDecimal(2 + i);
                        if (value != null) {
                            sums[3 + i] = sums[3 + i] == null ? value : ((BigDecimal) sums[3 + i]).add(value);
                        }
                    }
                }
            }
        }
        update(c, "DELETE FROM kpi_vendor_store_month WHERE store_id = ? AND vendor_id = ?"
                + " AND month_start BETWEEN ? AND ?", t.storeId(), vendorId, from, to);
        MultiRowInsert.insert(c, "kpi_vendor_store_month", rollupColumns("month_start"),
                new ArrayList<>(months.values()), r -> r);
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i] instanceof LocalDate d ? Date.valueOf(d) : args[i]);
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
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

    /** A rollup table's columns: the store, the vendor, the {@code day} column and the sums. */
    private static List<String> rollupColumns(String day) {
        List<String> out = new ArrayList<>(List.of("store_id", "vendor_id", day));
        RollupColumns.ALL.forEach(column -> out.add(column.name()));
        return out;
    }

    private static String columns() {
        return RollupColumns.ALL.stream().map(RollupColumns.Column::name).collect(Collectors.joining(", "));
    }

    /** The rollup sums computed from {@code kpi_daily} rows, in the order of {@code KpiSums.COLUMNS}. */
    static String dailySums() {
        return expressions(false);
    }

    private static String expressions(boolean fromDays) {
        return RollupColumns.ALL.stream().map(c -> fromDays ? "SUM(" + c.name() + ")" : c.sql())
                .collect(Collectors.joining(", "));
    }

    /** A DATE column of a native query, whichever type the driver answers with. */
    public static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
