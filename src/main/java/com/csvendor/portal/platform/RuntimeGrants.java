package com.csvendor.portal.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the portal's runtime database user may do on MySQL/MariaDB, granted table by table by the
 * migration user after every migration (so a table a new migration adds is usable at once): read
 * and change the rows of every table, but only read and append to {@code audit_entry}, and not
 * touch the migrations' history. Neither user can deny a privilege the other holds on the whole
 * database, so the runtime user must hold nothing there but SELECT (README, "Running on MySQL");
 * {@link #warnIfBroader} says so in the log when it holds more.
 */
final class RuntimeGrants {

    static final String AUDIT_TABLE = "audit_entry";
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());
    private static final Set<String> TOO_BROAD = Set.of("UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "INDEX",
            "REFERENCES", "CREATE VIEW", "TRIGGER", "ALL PRIVILEGES");

    private RuntimeGrants() {
    }

    /** The GRANT statements for these tables of the current database to the account ({@code 'user'@'host'}). */
    static List<String> statements(String account, List<String> tables) {
        List<String> grants = new ArrayList<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase(HISTORY_TABLE)) {
                continue;
            }
            String privileges = table.equalsIgnoreCase(AUDIT_TABLE) ? "SELECT, INSERT"
                    : "SELECT, INSERT, UPDATE, DELETE";
            grants.add("GRANT " + privileges + " ON `" + table.replace("`", "``") + "` TO " + account);
        }
        return grants;
    }

    /** {@code CURRENT_USER()} as MySQL prints it ({@code name@host}) turned into a quoted account. */
    static String account(String currentUser) {
        int at = currentUser.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("not an account: " + currentUser);
        }
        return quoted(currentUser.substring(0, at)) + "@" + quoted(currentUser.substring(at + 1));
    }

    private static String quoted(String part) {
        return "'" + part.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Grants the runtime account its rights on every table of the migration connection's database. */
    static void apply(Connection migration, Connection runtime) throws SQLException {
        String account;
        try (Statement st = runtime.createStatement(); ResultSet rs = st.executeQuery("SELECT CURRENT_USER()")) {
            rs.next();
            account = account(rs.getString(1));
        }
        List<String> tables = new ArrayList<>();
        try (Statement st = migration.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement st = migration.createStatement()) {
            for (String grant : statements(account, tables)) {
                st.execute(grant);
            }
        }
        LOG.log(Level.INFO, "Runtime database user {0}: rows of {1} tables, {2} append-only, no DDL",
                new Object[] {account, tables.size() - 1, AUDIT_TABLE});
        warnIfBroader(runtime, account);
    }

    /** A runtime user that holds UPDATE, DELETE or DDL on the whole database or server defeats the grants above. */
    static void warnIfBroader(Connection runtime, String account) throws SQLException {
        Set<String> broad = new TreeSet<>();
        try (Statement st = runtime.createStatement(); ResultSet rs = st.executeQuery("SELECT privilege_type FROM"
                + " information_schema.schema_privileges WHERE table_schema = DATABASE() UNION SELECT privilege_type"
                + " FROM information_schema.user_privileges")) {
            while (rs.next()) {
                if (TOO_BROAD.contains(rs.getString(1).toUpperCase(java.util.Locale.ROOT))) {
                    broad.add(rs.getString(1));
                }
            }
        }
        if (!broad.isEmpty()) {
            LOG.log(Level.WARNING, "The runtime database user {0} holds {1} on the whole database or server: it can"
                    + " change the schema and rewrite audit_entry. Grant it only SELECT on the database and let the"
                    + " migration user grant the rest (README, Running on MySQL)", new Object[] {account, broad});
        }
    }
}
