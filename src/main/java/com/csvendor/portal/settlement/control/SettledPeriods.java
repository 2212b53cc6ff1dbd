package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.control.LockedPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A contract's day is locked when its cycle's regular statement is APPROVED or PAID. */
@ApplicationScoped
public class SettledPeriods implements LockedPeriods {

    @Inject
    StatementRepository statements;

    @Override
    public boolean locked(long contractId, LocalDate day) {
        return statements.locked(contractId, day);
    }

    @Override
    public Optional<Settled> settledFrom(long contractId, LocalDate day) {
        return statements.settledFrom(contractId, day);
    }

    @Override
    public List<Settled> settledOfVendor(long vendorId) {
        return statements.settledOfVendor(vendorId);
    }
}
