package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.control.DedicatedAgentDays;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's dedicated agents (专人专店) seen working in another store on the same day: counts
 * only. {@code dedicated} says whether any version in force over the period says agents are dedicated
 * (nothing is flagged otherwise); per day the agent-days flagged, per agent (this store's agent) the
 * days flagged. The other stores are never named.
 */
public record DedicatedAgentFlagsView(long contractId, String contractNumber, String storeName, String vendorName,
        LocalDate from, LocalDate to, boolean dedicated, int agentDays, int agents, List<Day> days,
        List<Agent> byAgent) implements Serializable {

    public record Day(LocalDate date, int agentDays) implements Serializable {
    }

    public record Agent(long agentId, String name, int days) implements Serializable {
    }

    static DedicatedAgentFlagsView of(long contractId, String number, String store, String vendor, LocalDate from,
            LocalDate to, boolean dedicated, DedicatedAgentDays.Flags f) {
        return new DedicatedAgentFlagsView(contractId, number, store, vendor, from, to, dedicated, f.agentDays(),
                f.agents(), f.days().stream().map(d -> new Day(d.day(), d.agents())).toList(),
                f.byAgent().stream().map(a -> new Agent(a.agentId(), a.name(), a.days())).toList());
    }
}
