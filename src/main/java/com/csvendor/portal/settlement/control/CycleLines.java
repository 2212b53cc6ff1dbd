package com.csvendor.portal.settlement.control;

import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.control.CycleCalculator;
import com.csvendor.portal.sla.control.FeeLine;
import com.csvendor.portal.sla.control.PenaltyLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A cycle's money ({@link CycleCalculator}) as statement lines, nothing computed here: fee lines
 * segment by segment with their source {@code kpi:<from>..<to> v<n>}; penalty lines with the sign of
 * a credit (penalties negative, the cap's give-back positive), tier and fixed lines naming their SLA
 * result ({@code sla_result:<window start> target <n>}), incident lines their incident
 * ({@code incident:<id>}), the cap its version.
 */
final class CycleLines {

    private CycleLines() {
    }

    static List<DraftLine> fees(CycleCalculator.CycleFees fees) {
        List<DraftLine> lines = new ArrayList<>();
        for (CycleCalculator.SegmentFees s : fees.segments()) {
            String source = "kpi:" + s.segment().from() + ".." + s.segment().to() + " v" + s.segment().version();
            for (FeeLine l : s.lines()) {
                lines.add(new DraftLine(LineSection.FEE, l.type(), l.quantity(), l.rate(), l.amount(),
                        l.explanationKey(), l.args(), source));
            }
        }
        return lines;
    }

    /** @param incidents the incidents the penalties were computed from, in the same order */
    static List<DraftLine> penalties(List<PenaltyLine> penalties, List<StatementInput.IncidentCharge> incidents,
            int version) {
        return penalties.stream().map(l -> penalty(l, incidents, version)).toList();
    }

    private static DraftLine penalty(PenaltyLine l, List<StatementInput.IncidentCharge> incidents, int version) {
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
            case PenaltyLine.MISSING_REPORTS -> new DraftLine(LineSection.PENALTY, l.kind(),
                    BigDecimal.valueOf(((Number) l.args().get(0)).intValue()), null, amount, l.explanationKey(),
                    l.args(), "report_ledger:" + l.window().start() + ".." + l.window().end());
            case PenaltyLine.STAFFING_SHORTFALL -> new DraftLine(LineSection.PENALTY, l.kind(),
                    BigDecimal.valueOf(((Number) l.args().get(0)).intValue()), null, amount, l.explanationKey(),
                    l.args(), "staffing:" + l.window().start() + ".." + l.window().end());
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
