package com.csvendor.portal.settlement.control;

import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.shared.Money;
import com.csvendor.portal.sla.control.FeeSegment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Temporary agents: per record and contract version segment, agents × days of the record inside the
 * segment × the version's day rate ("3 agents × 4 days × ¥300.00"). A record without an agreed day
 * rate still shows, at ¥0, so that finance sees it was not charged.
 */
final class TemporaryAgentLines {

    private TemporaryAgentLines() {
    }

    static List<DraftLine> of(StatementInput in) {
        List<DraftLine> lines = new ArrayList<>();
        for (StatementInput.TemporaryAgents t : in.temporaryAgents()) {
            for (FeeSegment s : in.segments()) {
                LocalDate from = t.from().isAfter(s.from()) ? t.from() : s.from();
                LocalDate to = t.to().isBefore(s.to()) ? t.to() : s.to();
                if (to.isBefore(from) || t.agents() == 0) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                BigDecimal agentDays = BigDecimal.valueOf(days * t.agents());
                BigDecimal rate = s.fees().getTemporaryAgentDayRate();
                String key = rate == null ? "settlement.line.temporaryAgentsNoRate" : "settlement.line.temporaryAgents";
                BigDecimal r = rate == null ? Money.ZERO : rate;
                lines.add(new DraftLine(LineSection.FEE, StatementCalculator.TEMPORARY_AGENTS, agentDays, r,
                        Money.fen(agentDays.multiply(r)), key, List.of(t.agents(), days, r, from, to),
                        "temporary_agents:" + t.id()));
            }
        }
        return lines;
    }
}
