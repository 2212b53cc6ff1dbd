package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    /** What a KPI upload got when the database stopped during its commit: nothing in it names the database. */
    private static Throwable commitCutOff() {
        return new EJBException(new TransactionalException("Managed bean with Transactional annotation and TxType"
                + " of REQUIRED encountered exception during commit", new RollbackException()));
    }

    @Test
    void aFailureThatSaysNothingIsTheDatabasesOnlyWhenTheDatabaseDoesNotAnswer() {
        assertTrue(DatabaseProbe.explains(commitCutOff(), () -> false));
        assertFalse(DatabaseProbe.explains(commitCutOff(), () -> true), "a database that answers: a real 500");
        assertFalse(DatabaseProbe.explains(new IllegalStateException("a bug"), () -> true));
    }

    /** ProblemMapper asks before answering 409: a change "refused" by a database gone mid-commit is a 503. */
    @Test
    void aRefusedChangeIsTheDatabasesOnlyWhenTheDatabaseDoesNotAnswer() {
        Throwable duplicate = new PersistenceException(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'C-1' for key 'uk_contract_number'", "23000", 1062));
        assertFalse(DatabaseProbe.explains(duplicate, () -> true), "a database that answers: a real 409");
        assertTrue(DatabaseProbe.explains(duplicate, () -> false));
    }

    @Test
    void aFailureThatNamesALostConnectionNeedsNoQuestion() {
        assertTrue(DatabaseProbe.explains(new EJBException(new SQLNonTransientConnectionException("refused", "08001")),
                () -> {
                    throw new AssertionError("not asked");
                }));
    }
}
