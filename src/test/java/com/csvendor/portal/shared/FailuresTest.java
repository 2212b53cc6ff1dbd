package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aLostDatabaseIsUnavailableHoweverDeepItIsWrapped() {
        SQLException pool = new SQLException("Error in allocating a connection",
                new SQLException("Communications link failure", "08S01"));
        assertTrue(Failures.isDatabaseUnavailable(new EJBException(new PersistenceException(pool))));
        assertTrue(Failures.isDatabaseUnavailable(new PersistenceException(new ConnectException("refused"))));
    }

    @Test
    void aRefusedStatementIsNotUnavailability() {
        assertFalse(Failures.isDatabaseUnavailable(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(Failures.isDatabaseUnavailable(new IllegalStateException()));
    }

    @Test
    void unwrapsTheContainersWrappers() {
        OptimisticLockException stale = new OptimisticLockException();
        assertSame(stale, Failures.unwrap(new EJBException(new PersistenceException(stale))));
        AccessLocalException denied = new AccessLocalException("no");
        assertSame(denied, Failures.unwrap(denied));
        assertTrue(Failures.isAccessDenied(Failures.unwrap(denied)));
    }
}
