package com.csvendor.portal.platform;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal runs as a database user without DDL rights that cannot rewrite the audit trail
 * (issue 14, low item): the migrations ran as a user of their own, which granted the runtime user
 * the rows of each table and {@code audit_entry} only to read and append. Checked by signing in
 * to MariaDB as each user, while the portal itself keeps working (and auditing) on those rights.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseUsersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Connection as(String user) throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db." + user),
                System.getProperty("it.db." + user.replace("user", "password")));
    }

    @Test
    void theRuntimeUserCanNeitherRewriteTheAuditTrailNorChangeTheSchemaWhileThePortalWorks() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        long vendorId = new Fixture(api).newVendor().getJsonNumber("id").longValue();
        String trail = expect(200, api.get(ADMIN, "api/audit?entity=VENDOR&id=" + vendorId)).body();
        assertTrue(trail.contains("\"CREATED\""), "the portal audits on the runtime user's rights: " + trail);

        try (Connection runtime = as("user"); Statement st = runtime.createStatement()) {
            long entry = count(st, "SELECT MAX(id) FROM audit_entry WHERE subject_type = 'VENDOR' AND subject_id = "
                    + vendorId);
            assertTrue(entry > 0);
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE audit_entry SET actor = 'h14b-forger' WHERE id = " + entry));
            assertTrue(update.getMessage().contains("UPDATE command denied"), update.getMessage());
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_entry WHERE id = " + entry));
            assertThrows(SQLException.class, () -> st.executeUpdate("TRUNCATE TABLE audit_entry"));
            assertThrows(SQLException.class, () -> st.execute("CREATE TABLE h14b_probe (id INT)"));
            assertThrows(SQLException.class, () -> st.execute("ALTER TABLE vendor ADD COLUMN h14b_probe INT"));
            assertThrows(SQLException.class, () -> st.execute("DROP TABLE audit_entry"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM flyway_schema_history"));
            assertEquals(1, count(st, "SELECT COUNT(*) FROM audit_entry WHERE actor <> 'h14b-forger' AND id = "
                    + entry));
            assertEquals(1, st.executeUpdate("UPDATE vendor SET name = name WHERE id = " + vendorId),
                    "rows of the other tables may change");
        }
        try (Connection migration = as("migration-user"); Statement st = migration.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT installed_by FROM flyway_schema_history")) {
            assertTrue(rs.next());
            assertEquals(System.getProperty("it.db.migration-user"), rs.getString(1),
                    "the migrations' own user ran them");
        }
        expect(200, api.post(ADMIN, "api/vendors/" + vendorId + "/deactivate", null));
        assertTrue(expect(200, api.get(ADMIN, "api/audit?entity=VENDOR&id=" + vendorId)).body()
                .contains("\"DEACTIVATED\""), "and goes on changing and auditing");
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Two instances' timers firing at once on MariaDB, on the runtime user's rights: the job runs once. */
    @Test
    void twoInstancesTakingTheSameJobAtOnceRunItOnceOnTheRuntimeUsersRights() throws Exception {
        MysqlDataSource runtime = new MysqlDataSource();
        runtime.setUrl(System.getProperty("it.db.url"));
        runtime.setUser(System.getProperty("it.db.user"));
        runtime.setPassword(System.getProperty("it.db.password"));
        OncePerClusterTest.assertRunOnceByTwoAtOnce(runtime);
    }
}
