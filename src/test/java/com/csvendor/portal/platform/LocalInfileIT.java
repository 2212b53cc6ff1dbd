package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.kpi.control.LocalInfile;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.XAConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's connections to MariaDB as its pool makes them ({@link RoutingXADataSource}) refuse
 * LOAD DATA LOCAL (issue 14 item 7): neither a file of the host nor the application's stream is
 * sent, unless the one statement of the KPI import allows its own stream ({@link LocalInfile}).
 * No server needed: the data source is used as the pool uses it — signed in as the migration user,
 * which may make the temporary table the probe loads into (the runtime user has no DDL rights).
 */
class LocalInfileIT {

    private XAConnection xa;
    private Connection c;

    @BeforeEach
    void connect() throws SQLException {
        RoutingXADataSource ds = new RoutingXADataSource();
        ds.setUrl(System.getProperty("it.db.url"));
        ds.setUser(System.getProperty("it.db.migration-user"));
        ds.setPassword(System.getProperty("it.db.migration-password"));
        xa = ds.getXAConnection();
        c = xa.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE local_infile_probe (line VARCHAR(200))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
        xa.close();
    }

    @Test
    void aPooledConnectionSendsNoFileOfTheHost() {
        assertThrows(SQLException.class, () -> load("LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE local_infile_probe",
                null));
        assertEquals(0, rows());
    }

    @Test
    void aPooledConnectionSendsNotEvenTheApplicationsStreamUnlessAllowed() {
        assertThrows(SQLException.class, () -> load(
                "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE local_infile_probe", "a\nb\n"));
        assertEquals(0, rows());
    }

    @Test
    void theImportsStatementSendsItsOwnStreamAndTheConnectionRefusesAgainAfterwards() throws SQLException {
        try (LocalInfile allowed = LocalInfile.allow(c)) {
            assertEquals(2, load("LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE local_infile_probe", "a\nb\n"));
        }
        assertThrows(SQLException.class, () -> load("LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE local_infile_probe",
                "c\n"));
        assertEquals(2, rows());
    }

    private long load(String sql, String stream) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (stream != null) {
                st.unwrap(JdbcStatement.class)
                        .setLocalInfileInputStream(new ByteArrayInputStream(stream.getBytes(StandardCharsets.US_ASCII)));
            }
            return st.executeLargeUpdate(sql);
        }
    }

    private long rows() {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM local_infile_probe")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
