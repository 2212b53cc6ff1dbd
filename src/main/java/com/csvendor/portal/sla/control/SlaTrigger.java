package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiPublished;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Once an import's figures are committed, hands the SLA re-evaluation they call for to
 * {@link SerialEvaluation}, which runs it on the EJB container's asynchronous threads: the import job is
 * never held up or broken by it.
 */
@ApplicationScoped
public class SlaTrigger {

    @EJB
    SerialEvaluation evaluations;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) KpiPublished event) {
        evaluations.afterImport(event);
    }
}
