package com.csvendor.portal.sla.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The penalties of one settlement cycle ({@link PenaltyCalculator}). {@code total} = breach +
 * incident penalties, brought down to {@code cap} when there is one (null: no cap agreed); the lines
 * always add up to {@code total}. {@code consecutiveBreaches} is the longest run of consecutive
 * breached windows of any one target standing during the cycle (the run carried in included);
 * {@code consecutiveAfterByTarget} is each target's run at the end of the cycle, to carry into the
 * next one.
 */
public record CyclePenalty(List<PenaltyLine> lines, BigDecimal breachPenalty, BigDecimal incidentPenalty,
        BigDecimal cap, BigDecimal total, int windowsJudged, int windowsBreached, int consecutiveBreaches,
        boolean terminationRight, Map<Integer, Integer> consecutiveAfterByTarget) {

    public CyclePenalty {
        lines = List.copyOf(lines);
        consecutiveAfterByTarget = Map.copyOf(consecutiveAfterByTarget);
    }
}
