package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing on the embedded H2 (the development default): the spooled rows replace the canonical
 * records with the same key, never add to them, and the rollups recomputed after hold the new sums.
 */
class KpiTablesOnH2Test {

    private static final String URL = "jdbc:h2:mem:kpitables;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    static final LocalDate D = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("filesystem:sql").load().migrate();
    }

    static RowResolver.Resolved row(long number, long agent, LocalDate date, long received, String sales, String seconds) {
        KpiValues v = new KpiValues(number).set(KpiField.BUSINESS_DATE, date).set(KpiField.RECEIVED, received)
                .set(KpiField.SALES_AMOUNT, new BigDecimal(sales)).set(KpiField.FIRST_RESPONSE, new BigDecimal(seconds))
                .set(KpiField.RESPONSE_SESSIONS, received);
        return new RowResolver.Resolved(900, agent, v);
    }

    Path spool(long importId, RowResolver.Resolved... rows) {
        Path path = dir.resolve("kpi-import-" + importId + ".rows");
        try (RowSpool s = RowSpool.open(path, 0)) {
            for (RowResolver.Resolved r : rows) {
                s.add(importId, 77, r);
            }
            s.flush();
        }
        return path;
    }

    /** Rows with every stored field, some not reported, over a few days and agents of store 901. */
    static RowResolver.Resolved[] varied() {
        java.util.Random random = new java.util.Random(42);
        java.util.List<RowResolver.Resolved> rows = new java.util.ArrayList<>();
        int number = 2;
        for (int day = 0; day < 3; day++) {
            for (long agent = 1; agent <= 12; agent++) {
                KpiValues v = new KpiValues(number++).set(KpiField.BUSINESS_DATE, D.plusDays(day * 20L));
                for (KpiField f : KpiField.stored()) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    v.set(f, switch (f.kind()) {
                        case COUNT -> (long) random.nextInt(500);
                        case RATE -> BigDecimal.valueOf(random.nextInt(10001), 2);
                        case HOURS -> BigDecimal.valueOf(random.nextInt(2401), 2);
                        default -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(3));
                    });
                }
                rows.add(new RowResolver.Resolved(901, agent, v));
            }
        }
        return rows.toArray(RowResolver.Resolved[]::new);
    }

    static java.util.List<String> dayRollups(Connection c) throws SQLException {
        return dayRollups(c, 901);
    }

    static java.util.List<String> dayRollups(Connection c, long store) throws SQLException {
        return rollups(c, "kpi_vendor_store_day", store, "business_date");
    }

    /** Every column of a rollup table's rows of the store, as name=value text (decimals without trailing zeros). */
    private static java.util.List<String> rollups(Connection c, String table, long store, String orderBy)
            throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table
                + " WHERE store_id = " + store + " ORDER BY " + orderBy)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object o = rs.getObject(i);
                    row.append(rs.getMetaData().getColumnName(i)).append('=')
                            .append(o instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : o).append(' ');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void theDaySumsOfTheImportAreWhatTheSqlRollupComputesFromTheRows() throws SQLException {
        KpiTables tables = new KpiTables();
        RowResolver.Resolved[] rows = varied();
        DaySums sums = new DaySums();
        for (RowResolver.Resolved r : rows) {
            sums.add(r.storeId(), r.values());
        }
        RowKeys.StoreDays days = new RowKeys.StoreDays(901, D, D.plusDays(40));
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            tables.load(c, spool(5, rows));
            assertTrue(tables.rollUp(c, 77, days, sums), "new days: from the sums");
            java.util.List<String> fromSums = dayRollups(c);
            assertEquals(3, fromSums.size());
            assertFalse(tables.rollUp(c, 77, days, sums), "days with rows now: from kpi_daily");
            assertEquals(fromSums, dayRollups(c));
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aSecondImportReplacesTheFiguresOfItsKeysAndTheRollupsFollow() throws SQLException {
        KpiTables tables = new KpiTables();
        RowKeys.StoreDays days = new RowKeys.StoreDays(900, D, D.plusDays(1));
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            assertFalse(KpiTables.isMySql(c));
            tables.load(c, spool(1, row(2, 10, D, 120, "1234.50", "12.5"), row(3, 11, D, 80, "800", "10"),
                    row(4, 10, D.plusDays(1), 100, "0.05", "30")));
            assertTrue(tables.rollUp(c, 77, days, null) == false);
            assertEquals("3", text(c, "SELECT COUNT(*) FROM kpi_daily WHERE store_id = 900"));
            assertEquals("200", text(c, "SELECT received FROM kpi_vendor_store_day WHERE store_id = 900"
                    + " AND business_date = '2026-03-05'"));
            assertEquals("2034.50", text(c, "SELECT sales_amount FROM kpi_vendor_store_day WHERE store_id = 900"
                    + " AND business_date = '2026-03-05'"));
            assertEquals("2300.00", text(c, "SELECT first_response_weighted FROM kpi_vendor_store_day"
                    + " WHERE store_id = 900 AND business_date = '2026-03-05'"));

            tables.load(c, spool(2, row(2, 10, D, 150, "300.00", "20")));
            tables.rollUp(c, 77, new RowKeys.StoreDays(900, D, D));
            assertEquals("3", text(c, "SELECT COUNT(*) FROM kpi_daily WHERE store_id = 900"), "replaced, not added");
            assertEquals("2", text(c, "SELECT import_id FROM kpi_daily WHERE store_id = 900 AND agent_id = 10"
                    + " AND business_date = '2026-03-05'"));
            assertEquals("230", text(c, "SELECT received FROM kpi_vendor_store_day WHERE store_id = 900"
                    + " AND business_date = '2026-03-05'"));
            assertEquals("330", text(c, "SELECT received FROM kpi_vendor_store_month WHERE store_id = 900"
                    + " AND month_start = '2026-03-01'"), "the month: 150 + 80 + 100");
            assertEquals("1100.05", text(c, "SELECT sales_amount FROM kpi_vendor_store_month WHERE store_id = 900"));
        }
    }

    static java.util.List<String> monthRollups(Connection c, long store) throws SQLException {
        return rollups(c, "kpi_vendor_store_month", store, "month_start");
    }

    @Test
    void theV11_2BackfillOfPublishedRowsComputesWhatTheRollupColumnsDefine() throws Exception {
        backfillComputesWhatTheRollupColumnsDefine("sql/V11_2__kpi_no_figure.sql", 902, KpiSums.NAMES
                .subList(KpiSums.REFUND_PART, KpiSums.SATISFACTION_REPORTED_BASE + 1));
    }

    @Test
    void theV12_36BackfillOfPublishedRowsCountsTheAgentDaysWithOnlineHoursAsTheRollupColumnsDefine() throws Exception {
        backfillComputesWhatTheRollupColumnsDefine("sql/V12_36__kpi_online_hours_days.sql", 903,
                java.util.List.of(KpiSums.NAMES.get(KpiSums.ONLINE_HOURS_DAYS)));
    }

    /** The migration's UPDATEs fill its new columns of published rows as the import computes them. */
    private void backfillComputesWhatTheRollupColumnsDefine(String file, long store, java.util.List<String> added)
            throws Exception {
        KpiTables tables = new KpiTables();
        RowResolver.Resolved[] rows = java.util.Arrays.stream(varied())
                .map(r -> new RowResolver.Resolved(store, r.agentId(), r.values())).toArray(RowResolver.Resolved[]::new);
        RowKeys.StoreDays days = new RowKeys.StoreDays(store, D, D.plusDays(40));
        String migration = java.nio.file.Files.readString(Path.of(file));
        java.util.List<String> updates = java.util.Arrays.stream(migration.split(";"))
                .map(String::strip).map(st -> st.replaceAll("(?m)^--.*\\n", "").strip())
                .filter(st -> st.startsWith("UPDATE")).toList();
        assertEquals(2, updates.size());
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            tables.load(c, spool(9 + store, rows));
            tables.rollUp(c, 77, days);
            java.util.List<String> day = dayRollups(c, store);
            java.util.List<String> month = monthRollups(c, store);
            try (Statement st = c.createStatement()) {
                for (String table : java.util.List.of("kpi_vendor_store_day", "kpi_vendor_store_month")) {
                    st.executeUpdate("UPDATE " + table + " SET " + String.join(", ", added.stream()
                            .map(n -> n + " = NULL").toList()) + " WHERE store_id = " + store);
                }
                assertFalse(day.equals(dayRollups(c, store)), "the new columns were cleared");
                for (String u : updates) {
                    st.executeUpdate(u);
                }
            }
            assertEquals(day, dayRollups(c, store));
            assertEquals(month, monthRollups(c, store));
        }
    }
}
