package com.csvendor.portal.kpi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.store.entity.Platform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The profile tables hold what the entities allow and refuse the rest, for every field and platform. */
class ProfileTablesOnH2Test {

    private static final String URL = "jdbc:h2:mem:profiles;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("filesystem:sql").load().migrate();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static long profile(String code, String platform) throws SQLException {
        sql("INSERT INTO kpi_profile (code, name, platform) VALUES ('" + code + "', 'n', "
                + (platform == null ? "NULL" : "'" + platform + "'") + ")");
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT id FROM kpi_profile WHERE code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void alias(long profile, String normalized, String field) throws SQLException {
        sql("INSERT INTO kpi_profile_alias (profile_id, header, normalized, field) VALUES (" + profile + ", '"
                + normalized + "', '" + normalized + "', '" + field + "')");
    }

    @Test
    void everyPlatformAndNoneAreAccepted() throws SQLException {
        profile("ANY", null);
        for (Platform p : Platform.values()) {
            profile("P-" + p, p.name());
        }
        assertThrows(SQLException.class, () -> profile("EBAY", "EBAY"));
        assertThrows(SQLException.class, () -> profile("P-JD", null), "code unique");
    }

    @Test
    void everyFieldIsAcceptedOncePerNormalizedHeader() throws SQLException {
        long id = profile("FIELDS", null);
        for (KpiField f : KpiField.values()) {
            alias(id, "h-" + f.name().toLowerCase(), f.name());
        }
        assertThrows(SQLException.class, () -> alias(id, "h-other", "NO_SUCH_FIELD"));
        assertThrows(SQLException.class, () -> alias(id, "h-received", "RECEIVED"));
        long other = profile("OTHER", null);
        assertDoesNotThrow(() -> alias(other, "h-received", "RECEIVED"));
        assertThrows(SQLException.class, () -> alias(987_654_321L, "x", "RECEIVED"), "profile must exist");
    }
}
