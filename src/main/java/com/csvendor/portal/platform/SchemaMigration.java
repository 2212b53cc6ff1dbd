package com.csvendor.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned scripts of {@code sql/} (packaged as {@code db/migration}) at start-up,
 * before anything touches JPA. Bean-managed: Flyway handles its own transactions, which a
 * container transaction on an XA connection would break on MariaDB.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database);
    }
}
