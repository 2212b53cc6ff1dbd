package com.csvendor.portal.platform;

import com.csvendor.portal.shared.Failures;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether a request failed because the database does not answer, for the answers that must then be
 * 503, never 500 (the REST API's {@link ProblemMapper}, the pages' {@code DatabaseUnavailableFilter}).
 * Most such failures say so ({@link Failures#isDatabaseUnavailable}); some do not: a commit under way
 * when the database stopped fails as a bare {@code RollbackException}, the transaction manager
 * logging the connection's error instead of chaining it (seen in the cluster's database-down check: a
 * KPI upload answered 500). So a failure that would otherwise be a 409 or 500 asks the database, as the
 * readiness check does: one that does not answer explains it.
 */
public final class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());

    private DatabaseProbe() {
    }

    /** The failure is the database's: it says so, or {@code databaseAnswers} (normally {@link #answers}) says no. */
    public static boolean explains(Throwable failure, BooleanSupplier databaseAnswers) {
        return Failures.isDatabaseUnavailable(failure) || !databaseAnswers.getAsBoolean();
    }

    /** A connection from the portal's pool answers within two seconds. */
    public static boolean answers() {
        try {
            DataSource ds = (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
            try (Connection c = ds.getConnection()) {
                return c.isValid(2);
            }
        } catch (NamingException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The database does not answer ({0})", e.getClass().getSimpleName());
            return false;
        }
    }
}
