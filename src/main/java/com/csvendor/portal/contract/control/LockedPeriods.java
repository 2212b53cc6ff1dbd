package com.csvendor.portal.contract.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a day of a contract lies in a settled period: a settlement cycle whose statement finance
 * approved, whose figures must not change any more. Implemented by settlement, which owns
 * statements; the components settlement depends on (sla) ask through this interface so that the
 * dependency keeps pointing one way.
 */
public interface LockedPeriods {

    boolean locked(long contractId, LocalDate day);

    /**
     * The earliest settled period of the contract that ends on or after {@code day}: a change taking
     * effect on {@code day} (a version, a termination) would alter its figures.
     */
    Optional<Settled> settledFrom(long contractId, LocalDate day);

    /** The settled periods of the vendor's contracts, for checking every row of a KPI upload at once. */
    List<Settled> settledOfVendor(long vendorId);

    /** Days {@code from}–{@code to} (inclusive) of the contract's store, settled by the statement numbered {@code statementNo}. */
    record Settled(long storeId, LocalDate from, LocalDate to, String statementNo) {
    }
}
