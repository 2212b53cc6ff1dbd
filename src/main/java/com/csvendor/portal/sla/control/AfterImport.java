package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.kpi.entity.KpiPublished;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-evaluates SLAs after a published import: every non-draft contract of the vendor in each
 * store whose period covers some of the published dates, over those dates — asynchronously, each
 * contract in its own transaction. A failure is logged; the import is already published.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AfterImport {

    private static final Logger LOG = Logger.getLogger(AfterImport.class.getName());

    @Inject
    SlaEvaluation evaluation;

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    public void evaluate(KpiPublished event) {
        for (KpiPublished.StoreDates s : event.stores()) {
            for (long contractId : covering(event.vendorId(), s)) {
                try {
                    SlaEvaluation.Evaluated e = evaluation.evaluate(contractId, s.first(), s.last());
                    LOG.log(Level.INFO, "SLA of contract {0} evaluated after KPI import {1}: {2} results, {3} cycles",
                            new Object[] {contractId, event.importId(), e.results(), e.cycles()});
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "SLA evaluation of contract " + contractId + " after KPI import "
                            + event.importId() + " failed", ex);
                }
            }
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
