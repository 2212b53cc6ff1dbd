package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.kpi.entity.KpiPublished;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-evaluates SLAs once an import's figures are committed: for every non-draft contract of the
 * vendor in each store whose period covers some of the published dates, over those dates — on a
 * managed thread, each contract in its own transaction. A failure is logged and never touches the
 * import, which is already published.
 */
@ApplicationScoped
public class SlaTrigger {

    private static final Logger LOG = Logger.getLogger(SlaTrigger.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SlaEvaluation evaluation;

    @PersistenceContext
    EntityManager em;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) KpiPublished event) {
        executor.execute(() -> evaluate(event));
    }

    void evaluate(KpiPublished event) {
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
