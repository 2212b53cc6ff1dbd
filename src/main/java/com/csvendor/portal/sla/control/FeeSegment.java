package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Fees;
import java.time.LocalDate;
import java.util.Objects;

/** The days [{@code from}, {@code to}] during which one contract version's fees applied. */
public record FeeSegment(int version, Fees fees, LocalDate from, LocalDate to) {

    public FeeSegment {
        Objects.requireNonNull(fees, "fees");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("segment ends " + to + " before it starts " + from);
        }
    }
}
