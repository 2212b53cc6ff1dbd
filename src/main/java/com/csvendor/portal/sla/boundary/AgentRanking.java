package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.kpi.control.KpiRollups.AgentCell;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.boundary.AgentsView.AgentRow;
import com.csvendor.portal.sla.control.RankingWithheld;
import com.csvendor.portal.sla.control.Scorecard;
import com.csvendor.portal.sla.control.Scorecard.Candidate;
import com.csvendor.portal.sla.control.Scorecard.Scored;
import com.csvendor.portal.sla.control.SlaStandings.Standing;
import com.csvendor.portal.sla.entity.Criterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A vendor's agents ranked by the caller's scorecard on the criteria an agent has (SLA compliance
 * and cost belong to the vendor, not to one agent). The best and the worst are up to three each,
 * never overlapping: with n agents, min(3, n / 2) of each. As for vendors, an agent alone (or with
 * all weights 0) gets no score and no best or worst. An agent with figures in more than one of the
 * chosen stores is flagged.
 */
final class AgentRanking {

    static final int SHOWN = 3;

    private AgentRanking() {
    }

    static AgentsView of(long vendorId, String vendorName, List<String> storeCodes, LocalDate from, LocalDate to,
            List<AgentCell> cells, Map<Long, String> codes, Map<Criterion, Integer> weights) {
        Map<Long, KpiSums> sums = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, TreeSet<String>> stores = new LinkedHashMap<>();
        for (AgentCell c : cells.stream().sorted(java.util.Comparator.comparing(AgentCell::agentName)
                .thenComparing(AgentCell::agentId)).toList()) {
            sums.merge(c.agentId(), c.sums(), KpiSums::plus);
            names.put(c.agentId(), c.agentName());
            stores.computeIfAbsent(c.agentId(), a -> new TreeSet<>()).add(codes.get(c.storeId()));
        }
        Map<Criterion, Integer> agentWeights = new EnumMap<>(Criterion.class);
        weights.forEach((c, w) -> {
            if (c.perAgent()) {
                agentWeights.put(c, w);
            }
        });
        List<Candidate<Long>> candidates = new ArrayList<>();
        Map<Long, KpiFigures> figures = new LinkedHashMap<>();
        sums.forEach((id, s) -> {
            KpiFigures f = KpiFigures.of(s, null);
            figures.put(id, f);
            candidates.add(new Candidate<>(id, VendorComparison.criteria(f, Standing.NONE)));
        });
        RankingWithheld withheld = Scorecard.withheld(candidates.stream()
                .filter(c -> Scorecard.hasFigure(c, agentWeights)).count(), agentWeights);
        List<AgentRow> rows = new ArrayList<>();
        int rank = 0;
        for (Scored<Long> s : Scorecard.rank(candidates, agentWeights)) {
            List<String> where = List.copyOf(stores.get(s.key()));
            rows.add(new AgentRow(++rank, s.key(), names.get(s.key()), where, where.size() > 1,
                    withheld == null ? s.score() : null, figures.get(s.key())));
        }
        int shown = withheld == null ? Math.min(SHOWN, rows.size() / 2) : 0;
        List<Long> best = rows.subList(0, shown).stream().map(AgentRow::agentId).toList();
        List<Long> worst = new ArrayList<>(rows.subList(rows.size() - shown, rows.size()).stream()
                .map(AgentRow::agentId).toList());
        java.util.Collections.reverse(worst);
        return new AgentsView(vendorId, vendorName, storeCodes, from, to, withheld, rows, best, worst);
    }
}
