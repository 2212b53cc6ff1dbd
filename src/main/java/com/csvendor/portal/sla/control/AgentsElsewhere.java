package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.control.KpiTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The agent-days of a store and vendor over a period whose agent also has KPI rows in another store
 * on the same day: one set-wise query per contract and period (on ix_kpi_daily_agent_day), not one per
 * agent. Agents are the vendor's people ({@code agent}), each holding an account per store
 * ({@code agent_account}); a KPI row names the agent, so the same {@code agent_id} in two stores on
 * one day is the same person working both.
 */
@ApplicationScoped
public class AgentsElsewhere {

    private static final String SQL = "SELECT k.business_date, k.agent_id, a.display_name FROM kpi_daily k"
            + " JOIN agent a ON a.id = k.agent_id"
            + " WHERE k.store_id = ?1 AND k.vendor_id = ?2 AND k.business_date BETWEEN ?3 AND ?4"
            + " AND EXISTS (SELECT 1 FROM kpi_daily o WHERE o.agent_id = k.agent_id"
            + " AND o.business_date = k.business_date AND o.store_id <> k.store_id)"
            + " ORDER BY k.business_date, k.agent_id";

    @PersistenceContext
    EntityManager em;

    public List<DedicatedAgentDays.Found> of(long storeId, long vendorId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, storeId).setParameter(2, vendorId)
                .setParameter(3, from).setParameter(4, to).getResultList();
        return rows.stream().map(r -> new DedicatedAgentDays.Found(KpiTables.date(r[0]), ((Number) r[1]).longValue(),
                (String) r[2])).toList();
    }
}
