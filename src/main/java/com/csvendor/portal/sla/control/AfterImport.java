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

/**
 * Re-evaluates SLAs after a published import, asynchronously on the EJB container's threads:
 * every non-draft contract of the vendor in each store whose period covers some of the published
 * dates, over those dates, in turn with the other background evaluations ({@link SerialEvaluation}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AfterImport {

    @Inject
    SerialEvaluation evaluations;

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    public void evaluate(KpiPublished event) {
        for (KpiPublished.StoreDates s : event.stores()) {
            for (long contractId : covering(event.vendorId(), s)) {
                evaluations.evaluate(contractId, s.first(), s.last(), "KPI import " + event.importId());
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
