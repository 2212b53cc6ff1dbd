package com.csvendor.portal.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned scripts of {@code sql/} (packaged as {@code db/migration}) at start-up,
 * before anything touches JPA. Bean-managed: Flyway handles its own transactions, which a
 * container transaction on an XA connection would break on MariaDB.
 * <p>
 * On MySQL/MariaDB the migrations may run as a user of their own ({@code portal.db.migration-user}
 * and {@code -password}) with the DDL rights the portal's runtime user then does without: after
 * migrating, that user grants the runtime user its rights table by table, {@code audit_entry}
 * append-only ({@link RuntimeGrants}). Without a migration user — and always on the embedded H2
 * database — the runtime user migrates, as before.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "portal.db.migration-user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "portal.db.migration-password")
    Optional<String> migrationPassword;

    @PostConstruct
    void migrate() {
        Optional<DataSource> own = ownLogin();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(own.orElse(dataSource))
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database + " as " + (own.isPresent()
                        ? "the migration user " + migrationUser.get() : "the runtime user"));
        if (own.isPresent()) {
            try (Connection migration = own.get().getConnection(); Connection runtime = dataSource.getConnection()) {
                RuntimeGrants.apply(migration, runtime);
            } catch (SQLException e) {
                throw new IllegalStateException("The migration user could not grant the runtime user its rights"
                        + " (it needs GRANT OPTION on the database): " + e.getMessage(), e);
            }
        }
    }

    /** The migration user's own connections, when one is configured for MySQL/MariaDB. */
    private Optional<DataSource> ownLogin() {
        if (migrationUser.isEmpty()) {
            return Optional.empty();
        }
        if (!RoutingXADataSource.delegateClassFor(url).equals(RoutingXADataSource.MYSQL_XA)) {
            LOG.log(Level.WARNING, "portal.db.migration-user is set but the database is not MySQL/MariaDB: the"
                    + " runtime user migrates");
            return Optional.empty();
        }
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(RoutingXADataSource.mysqlUrl(url));
        ds.setUser(migrationUser.get());
        ds.setPassword(migrationPassword.orElseThrow(() -> new IllegalStateException(
                "portal.db.migration-user is set without portal.db.migration-password")));
        return Optional.of(ds);
    }
}
