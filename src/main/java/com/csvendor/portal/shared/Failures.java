package com.csvendor.portal.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

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
}
