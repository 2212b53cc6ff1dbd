package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
