package com.csvendor.portal.settlement.control;

import com.csvendor.portal.settlement.entity.LineSection;
import java.math.BigDecimal;
import java.util.List;

/**
 * One computed statement line: its section, what is charged ({@code type}: the FeeLine/PenaltyLine
 * type names, TEMPORARY_AGENTS, DEPOSIT…), quantity, rate and the amount rounded to the fen
 * (negative for penalties and credits). {@code explanationKey} + {@code args} say how it was computed
 * ("3,120 received customers × ¥0.70"), formatted per locale with Messages.format; {@code source}
 * says what it came from (KPI days and contract version, an SLA result, an incident, a deposit
 * clause) as a short, language-neutral reference such as "kpi:2026-10-01..2026-10-31 v2",
 * "sla_result:2026-10-07 target 1", "incident:42", "deposit v1".
 */
public record DraftLine(LineSection section, String type, BigDecimal quantity, BigDecimal rate, BigDecimal amount,
        String explanationKey, List<Object> args, String source) {

    public DraftLine {
        args = List.copyOf(args);
    }
}
