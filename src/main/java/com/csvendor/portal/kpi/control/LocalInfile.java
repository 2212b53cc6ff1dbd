package com.csvendor.portal.kpi.control;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lets one MySQL/MariaDB connection send the application's own stream to {@code LOAD DATA LOCAL
 * INFILE} for as long as this is open, and no longer. Every pooled connection refuses local data
 * otherwise (see {@code platform.RoutingXADataSource}): a database server, or someone posing as one,
 * cannot ask the portal for a file of its host. Connector/J reads the setting when the server asks
 * for the data, so switching it per connection is enough.
 */
public final class LocalInfile implements AutoCloseable {

    private final RuntimeProperty<Boolean> allowed;

    private LocalInfile(RuntimeProperty<Boolean> allowed) {
        this.allowed = allowed;
    }

    public static LocalInfile allow(Connection c) throws SQLException {
        RuntimeProperty<Boolean> allowed = c.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        allowed.setValue(true);
        return new LocalInfile(allowed);
    }

    @Override
    public void close() {
        allowed.setValue(false);
    }
}
