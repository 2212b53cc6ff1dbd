package com.csvendor.portal.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background SLA evaluations, one at a time (a fair lock in this application-scoped bean): after a
 * published import ({@link AfterImport}) and for the demo data. Running them in turn keeps several
 * imports published together (the demo data's, a vendor's monthly batch) from waiting on each
 * other's contract locks. Each contract is evaluated in its own transaction; a failure is logged.
 */
@ApplicationScoped
public class SerialEvaluation {

    private static final Logger LOG = Logger.getLogger(SerialEvaluation.class.getName());

    private final ReentrantLock turn = new ReentrantLock(true);

    @Inject
    SlaEvaluation evaluation;

    /** Evaluates one contract in turn with the other background evaluations; answers whether it succeeded. */
    public boolean evaluate(long contractId, LocalDate from, LocalDate to, String cause) {
        turn.lock();
        try {
            SlaEvaluation.Evaluated e = evaluation.evaluate(contractId, from, to);
            LOG.log(Level.INFO, "SLA of contract {0} evaluated after {1}: {2} results, {3} cycles",
                    new Object[] {contractId, cause, e.results(), e.cycles()});
            return true;
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "SLA evaluation of contract " + contractId + " after " + cause + " failed", ex);
            return false;
        } finally {
            turn.unlock();
        }
    }

    /**
     * Evaluates the contracts over the same range in one transaction, in turn with the other
     * background evaluations ({@link SlaEvaluation#evaluateAll}: their inputs read together). If that
     * fails, each is evaluated on its own, so one bad contract costs only itself; answers what was
     * evaluated, the ids that failed (logged) go to {@code failed}.
     */
    public List<SlaEvaluation.Evaluated> evaluateAll(List<Long> contractIds, LocalDate from, LocalDate to,
            List<Long> failed) {
        turn.lock();
        try {
            return evaluation.evaluateAll(contractIds, from, to);
        } catch (RuntimeException together) {
            LOG.log(Level.WARNING, "SLA evaluation of " + contractIds.size() + " contracts together failed;"
                    + " evaluating them one by one", together);
        } finally {
            turn.unlock();
        }
        List<SlaEvaluation.Evaluated> out = new ArrayList<>();
        for (long id : contractIds) {
            turn.lock();
            try {
                out.add(evaluation.evaluate(id, from, to));
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "SLA evaluation of contract " + id + " failed", ex);
                failed.add(id);
            } finally {
                turn.unlock();
            }
        }
        return out;
    }

    /**
     * An evaluation a user asked for, in turn with the background ones (the caller has no transaction,
     * so this one commits before the next evaluation starts); a failure reaches the caller. Without
     * the turn, a user's evaluation and an import's could deadlock on the results' index gaps.
     */
    public SlaEvaluation.Evaluated now(String actor, long contractId, LocalDate from, LocalDate to) {
        turn.lock();
        try {
            return evaluation.evaluateFor(actor, contractId, from, to);
        } finally {
            turn.unlock();
        }
    }

    /** Recomputes one contract's cycles in turn with the background evaluations. */
    public boolean recomputeCycles(long contractId, String cause) {
        turn.lock();
        try {
            evaluation.recomputeCycles(contractId);
            return true;
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "SLA cycles of contract " + contractId + " after " + cause + " failed", ex);
            return false;
        } finally {
            turn.unlock();
        }
    }
}
