package com.csvendor.portal.sla.entity;

import java.time.LocalDate;

/**
 * Fired when a recomputation of a contract's cycles finds a termination right that the stored cycle
 * did not have: the run of consecutive breached windows reached the contract's limit in the cycle
 * starting on {@code cycleStart}. In the recomputing transaction; observe it after success.
 */
public record TerminationRightReached(long contractId, LocalDate cycleStart, int consecutiveBreaches) {
}
