package com.csvendor.portal.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Reads what really went wrong out of the wrappers the EJB container puts around exceptions. */
public final class Failures {

    private Failures() {
    }

    /** The role check of {@code @RolesAllowed} failed (the container reports it in two ways). */
    public static boolean isAccessDenied(Throwable e) {
        return e instanceof EJBAccessException || e instanceof AccessLocalException;
    }

    /** The exception inside the EJB wrappers; an optimistic lock failure even when wrapped by JPA. */
    public static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException && !isAccessDenied(e) && e.getCause() != null) {
            e = e.getCause();
        }
        return e.getCause() instanceof OptimisticLockException ole ? ole : e;
    }

    /**
     * The database did not answer (connection refused, link lost, pool could not connect), as
     * opposed to refusing a statement: worth a "try again later", not a "your input is wrong".
     */
    public static boolean isDatabaseUnavailable(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || e instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The property path below the method parameter, e.g. {@code accounts[0].accountName}. */
    public static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return !field.isEmpty() ? field.toString() : parameter == null ? "body" : parameter;
    }
}
