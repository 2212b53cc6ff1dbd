package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiPublished;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Once an import's figures are committed, hands the SLA re-evaluation they call for to
 * {@link AfterImport}, which runs it on the EJB container's asynchronous threads: the import job is
 * never held up or broken by it.
 */
@ApplicationScoped
public class SlaTrigger {

    @EJB
    AfterImport afterImport;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) KpiPublished event) {
        afterImport.evaluate(event);
    }
}
