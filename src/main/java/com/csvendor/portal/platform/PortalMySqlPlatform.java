package com.csvendor.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform (for MariaDB and for H2 in MySQL mode, see persistence.xml) without
 * its use of {@code Statement.getGeneratedKeys()} for identity columns on MySQL/MariaDB.
 * EclipseLink 4.0.7, the version Payara Micro 6.2025.10 bundles, never closes the statement of
 * such an insert (eclipse-ee4j/eclipselink#2366, fixed after 4.0.7): Connector/J keeps every one,
 * with its generated-keys result set and parameters (about 2 KB), in the pooled connection's list
 * of open statements until that connection closes, so the heap grew with every entity inserted
 * (10,943 statements after seeding the KPI benchmark and two imports). Without generated keys the
 * identity is read with {@code SELECT LAST_INSERT_ID()} on the same connection, a statement
 * EclipseLink does close. H2 (the demo database, in MySQL mode) keeps the generated keys: its
 * driver keeps no list of open statements, and it has no identity query this platform could use.
 */
public class PortalMySqlPlatform extends MySQLPlatform {

    @Override
    public void initializeConnectionData(Connection connection) throws SQLException {
        super.initializeConnectionData(connection);
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.contains("MySQL") || product.contains("MariaDB")) {
            setSupportsReturnGeneratedKeys(false);
        }
    }
}
