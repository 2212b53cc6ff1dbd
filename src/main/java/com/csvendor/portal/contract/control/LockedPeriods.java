package com.csvendor.portal.contract.control;

import java.time.LocalDate;

/**
 * Whether a day of a contract lies in a settled period: a settlement cycle whose statement finance
 * approved, whose figures must not change any more. Implemented by settlement, which owns
 * statements; the components settlement depends on (sla) ask through this interface so that the
 * dependency keeps pointing one way.
 */
public interface LockedPeriods {

    boolean locked(long contractId, LocalDate day);
}
