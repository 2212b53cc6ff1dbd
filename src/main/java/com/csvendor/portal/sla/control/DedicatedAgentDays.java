package com.csvendor.portal.sla.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dedicated agents (专人专店), the one rule without a container: on a contract whose terms say its
 * agents are dedicated to the store, an agent-day is flagged when the same agent (the vendor's agent,
 * one identity across all the stores they hold accounts in) has KPI rows in this store and in any
 * other store on the same day. Only the days a version saying "dedicated" is in force count. What
 * comes out is counts of this store's own agents — never which other store, nor its figures.
 */
public final class DedicatedAgentDays {

    /** An agent-day of this store's rows for which another store has rows too. */
    public record Found(LocalDate day, long agentId, String agentName) {
    }

    /** Days (inclusive) during which the terms say agents are dedicated. */
    public record Dedicated(LocalDate from, LocalDate to) {

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public record Day(LocalDate day, int agents) {
    }

    public record Agent(long agentId, String name, int days) {
    }

    /** Per day the agents flagged, per agent the days flagged (most first), and the totals. */
    public record Flags(int agentDays, int agents, List<Day> days, List<Agent> byAgent) {
    }

    private DedicatedAgentDays() {
    }

    public static Flags of(List<Found> found, List<Dedicated> dedicated) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Map<Long, Agent> perAgent = new TreeMap<>();
        for (Found f : found) {
            if (dedicated.stream().noneMatch(d -> d.contains(f.day()))) {
                continue;
            }
            perDay.merge(f.day(), 1, Integer::sum);
            perAgent.merge(f.agentId(), new Agent(f.agentId(), f.agentName(), 1),
                    (a, b) -> new Agent(a.agentId(), a.name(), a.days() + 1));
        }
        List<Agent> agents = new ArrayList<>(perAgent.values());
        agents.sort(Comparator.comparingInt(Agent::days).reversed().thenComparing(Agent::name));
        return new Flags(perDay.values().stream().mapToInt(Integer::intValue).sum(), agents.size(),
                perDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList(), agents);
    }
}
