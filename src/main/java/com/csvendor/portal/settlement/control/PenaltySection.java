package com.csvendor.portal.settlement.control;

import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.control.CyclePenalty;
import com.csvendor.portal.sla.control.PenaltyCalculator;
import com.csvendor.portal.sla.control.PenaltyLine;
import com.csvendor.portal.sla.control.WindowResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The penalty lines of a statement: {@link PenaltyCalculator}'s lines with the sign of a credit
 * (penalties negative, the cap's give-back positive), each naming what it came from. {@code cap} is
 * the cap amount (positive) or null when none is agreed.
 */
record PenaltySection(List<DraftLine> lines, BigDecimal cap) {

    private static final PenaltyCalculator CALCULATOR = new PenaltyCalculator();

    static PenaltySection of(StatementInput in, BigDecimal serviceFee) {
        StatementInput.Governing g = in.governing();
        List<WindowResult> results = in.results().stream()
                .filter(r -> PenaltyCalculator.belongsTo(r.window(), in.cycle())).toList();
        List<StatementInput.IncidentCharge> incidents = in.incidents().stream()
                .filter(i -> !i.occurredOn().isBefore(in.from()) && !i.occurredOn().isAfter(in.to())).toList();
        // Runs of consecutive breaches are about the termination right, not money: none carried in.
        CyclePenalty p = CALCULATOR.cycle(g.penalties(), in.cycle(), serviceFee, results, g.fixedPerBreachByTarget(),
                incidents.stream().map(StatementInput.IncidentCharge::amount).toList(), Map.of());
        List<DraftLine> lines = p.lines().stream().map(l -> line(l, incidents, g.version())).toList();
        return new PenaltySection(lines, p.cap());
    }

    private static DraftLine line(PenaltyLine l, List<StatementInput.IncidentCharge> incidents, int version) {
        BigDecimal amount = l.amount().negate();
        return switch (l.kind()) {
            case PenaltyLine.INCIDENT -> {
                // The calculator numbers incidents by their place in the list it was given, from 1.
                StatementInput.IncidentCharge i = incidents.get(((Number) l.args().get(0)).intValue() - 1);
                yield new DraftLine(LineSection.PENALTY, l.kind(), BigDecimal.ONE, l.amount(), amount,
                        "settlement.line.incident", List.of(i.id(), i.type(), i.occurredOn(), l.amount()),
                        "incident:" + i.id());
            }
            case PenaltyLine.FIXED -> new DraftLine(LineSection.PENALTY, l.kind(), BigDecimal.ONE, l.amount(), amount,
                    l.explanationKey(), l.args(), result(l));
            case PenaltyLine.CAP -> new DraftLine(LineSection.PENALTY, l.kind(), null, null, amount,
                    l.explanationKey(), l.args(), "penalty_cap v" + version);
            default -> new DraftLine(LineSection.PENALTY, l.kind(), null, null, amount, l.explanationKey(), l.args(),
                    result(l));
        };
    }

    private static String result(PenaltyLine l) {
        return "sla_result:" + l.window().start() + " target " + l.targetNo();
    }
}
