package com.csvendor.portal.sla.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor's agents over the chosen stores and period, best score first (the caller's weights on
 * the criteria an agent has), with the best and the worst named and the agents with figures in
 * more than one of the chosen stores flagged.
 */
public record AgentsView(long vendorId, String vendorName, List<String> stores, LocalDate from, LocalDate to,
        List<AgentRow> agents, List<Long> best, List<Long> worst) implements Serializable {

    public record AgentRow(int rank, long agentId, String agentName, List<String> stores, boolean severalStores,
            BigDecimal score, KpiFigures kpis) implements Serializable {
    }
}
