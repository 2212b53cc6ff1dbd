package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.notification.entity.NotificationKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The scripts of sql/ apply to H2 in MySQL mode, the embedded default (MariaDB is covered by SchemaIT). */
class MigrationsOnH2Test {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void everyMigrationAppliesAndTheConstraintsHold() throws SQLException {
        MigrateResult result = Flyway.configure().dataSource(URL, "sa", "").locations("filesystem:sql").load().migrate();
        assertEquals(result.migrations.size(), result.migrationsExecuted);
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO store (code, name, platform, time_zone) VALUES ('A', 'a', 'JD', 'Asia/Shanghai')");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO store (code, name, platform, time_zone) VALUES ('A', 'b', 'JD', 'Asia/Shanghai')"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO store (code, name, platform, time_zone) VALUES ('B', 'b', 'EBAY', 'Asia/Shanghai')"));
            try (ResultSet rs = s.executeQuery("SELECT active, version FROM store WHERE code = 'A'")) {
                rs.next();
                assertEquals(true, rs.getBoolean(1));
                assertEquals(0, rs.getLong(2));
            }
        }
    }

    /** The CHECK constraints allow every value the code stores (a new notification kind once hit 409 on save). */
    @Test
    void everyNotificationKindAndStaffingStatusCanBeStored() throws SQLException {
        String url = URL.replace("mem:migrations", "mem:kinds");
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:sql").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO portal_user (id, username, display_name, password_hash) VALUES (1, 'u', 'u', 'x')");
            for (NotificationKind k : NotificationKind.values()) {
                s.executeUpdate("INSERT INTO notification_preference (user_id, kind, enabled) VALUES (1, '" + k + "', TRUE)");
            }
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO notification_preference (user_id, kind, enabled) VALUES (1, 'NO_SUCH_KIND', TRUE)"));
            s.executeUpdate("INSERT INTO store (id, code, name, platform, time_zone) VALUES (1, 'S', 's', 'JD', 'Asia/Shanghai')");
            s.executeUpdate("INSERT INTO vendor (id, name, legal_name, credit_code, taxpayer_type) VALUES"
                    + " (1, 'v', 'v', '91330106MA27XK1A2X', 'GENERAL')");
            s.executeUpdate("INSERT INTO contract (id, number, store_id, vendor_id, signed_on, status, status_since,"
                    + " start_date, end_date, created_by, created_at) VALUES (1, 'C', 1, 1, '2026-01-01', 'ACTIVE',"
                    + " '2026-01-01', '2026-01-01', '2026-12-31', 'm', '2026-01-01 00:00:00')");
            for (StaffingRequestStatus st : StaffingRequestStatus.values()) {
                s.executeUpdate("INSERT INTO staffing_request (contract_id, agents, from_date, status, requested_by,"
                        + " requested_at) VALUES (1, 1, '2026-02-01', '" + st + "', 'm', '2026-01-01 00:00:00')");
            }
            // A missing day is announced once: a second INSERT IGNORE of the same contract-day inserts nothing.
            String missed = "INSERT IGNORE INTO report_day_missed (contract_id, business_date, due_at, recorded_at)"
                    + " VALUES (1, '2026-02-01', '2026-02-02 04:00:00', '2026-02-02 05:07:00')";
            assertEquals(1, s.executeUpdate(missed));
            assertEquals(0, s.executeUpdate(missed));
        }
    }
}
