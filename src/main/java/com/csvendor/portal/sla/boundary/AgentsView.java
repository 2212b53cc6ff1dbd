package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.control.RankingWithheld;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A vendor's agents over the chosen stores and period, best score first (the caller's weights on
 * the criteria an agent has), with the best and the worst named and the agents with figures in
 * more than one of the chosen stores flagged.
 */
public record AgentsView(long vendorId, String vendorName, List<String> stores, LocalDate from, LocalDate to,
        @Schema(description = "Why the agents have no score (absent when scored): ONLY_ONE: one agent alone")
        RankingWithheld rankingWithheld, List<AgentRow> agents, List<Long> best, List<Long> worst)
        implements Serializable {

    /** An agent; {@code stores}: the codes of the chosen stores it has figures in; score absent when withheld. */
    public record AgentRow(int rank, long agentId, String agentName, List<String> stores, boolean severalStores,
            BigDecimal score, KpiFigures kpis) implements Serializable {
    }
}
