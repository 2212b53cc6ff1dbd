package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.SlaCycle;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A settlement cycle's SLA money: service fee, breach and incident penalties, the cap, the total
 * owed, windows judged and breached, the consecutive breaches reached and, when they reach the
 * contract's {@code terminationAfter}, the store's termination right. {@code running}: the cycle
 * (within the contract's period) has not ended — its figures are to date and leave out the windows
 * still provisional.
 */
public record SlaCycleView(long contractId, LocalDate cycleStart, LocalDate cycleEnd, int contractVersion,
        BigDecimal serviceFee, BigDecimal breachPenalty, BigDecimal incidentPenalty, BigDecimal penaltyCap,
        BigDecimal penaltyTotal, int windowsJudged, int windowsBreached, int consecutiveBreaches,
        Integer terminationAfter, boolean terminationRight, boolean running, Instant evaluatedAt)
        implements Serializable {

    static SlaCycleView of(SlaCycle c, Integer terminationAfter, boolean running) {
        return new SlaCycleView(c.getContractId(), c.getCycleStart(), c.getCycleEnd(), c.getContractVersion(),
                c.getServiceFee(), c.getBreachPenalty(), c.getIncidentPenalty(), c.getPenaltyCap(),
                c.getPenaltyTotal(), c.getWindowsJudged(), c.getWindowsBreached(), c.getConsecutiveBreaches(),
                terminationAfter, c.isTerminationRight(), running, c.getEvaluatedAt());
    }
}
