package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.kpi.entity.KpiPublished;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background SLA evaluations, one at a time: after a published import (asynchronously, on the EJB
 * container's threads) every non-draft contract of the vendor in each store whose period covers
 * some of the published dates, over those dates, each contract in its own transaction. Running them
 * in turn keeps several imports published together (the demo data's, a vendor's monthly batch) from
 * waiting on each other's contract locks. A failure is logged; the import is already published.
 * Created at start-up: a singleton first called from an asynchronous thread while the start-up
 * singletons are being created trips the container's dependency check ("Cyclic dependency").
 */
@Startup
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(-1)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SerialEvaluation {

    private static final Logger LOG = Logger.getLogger(SerialEvaluation.class.getName());

    @Inject
    SlaEvaluation evaluation;

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    public void afterImport(KpiPublished event) {
        for (KpiPublished.StoreDates s : event.stores()) {
            for (long contractId : covering(event.vendorId(), s)) {
                evaluate(contractId, s.first(), s.last(), "KPI import " + event.importId());
            }
        }
    }

    /** Evaluates one contract in turn with the background evaluations; answers whether it succeeded. */
    public boolean evaluate(long contractId, LocalDate from, LocalDate to, String cause) {
        try {
            SlaEvaluation.Evaluated e = evaluation.evaluate(contractId, from, to);
            LOG.log(Level.INFO, "SLA of contract {0} evaluated after {1}: {2} results, {3} cycles",
                    new Object[] {contractId, cause, e.results(), e.cycles()});
            return true;
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "SLA evaluation of contract " + contractId + " after " + cause + " failed", ex);
            return false;
        }
    }

    /** Recomputes one contract's cycles in turn with the background evaluations. */
    public boolean recomputeCycles(long contractId, String cause) {
        try {
            evaluation.recomputeCycles(contractId);
            return true;
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "SLA cycles of contract " + contractId + " after " + cause + " failed", ex);
            return false;
        }
    }

    private List<Long> covering(long vendorId, KpiPublished.StoreDates s) {
        return em.createNamedQuery("Contract.findByStoreAndVendor", Contract.class).setParameter("storeId", s.storeId())
                .setParameter("vendorId", vendorId).getResultStream()
                .filter(c -> c.getStatus() != ContractStatus.DRAFT && !c.getStartDate().isAfter(s.last())
                        && !c.getEndDate().isBefore(s.first()))
                .map(Contract::getId).toList();
    }
}
