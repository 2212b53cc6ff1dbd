package com.csvendor.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the portal. Its class name must be a literal XA class (Payara does not
 * expand placeholders there); {@link RoutingXADataSource} picks H2 or MySQL/MariaDB from the
 * configured URL, so the database is chosen by configuration, never by rebuilding.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "com.csvendor.portal.platform.RoutingXADataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        loginTimeout = 5,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
