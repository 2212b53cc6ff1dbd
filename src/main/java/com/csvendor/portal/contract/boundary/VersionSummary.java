package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.ContractVersion;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One version in a contract's history: in force from when to when (the day before the next one). */
public record VersionSummary(int number, LocalDate effectiveFrom, LocalDate effectiveTo, String reason,
        String createdBy, Instant createdAt) implements Serializable {

    static VersionSummary of(ContractVersion v, LocalDate effectiveTo) {
        return new VersionSummary(v.getNumber(), v.getEffectiveFrom(), effectiveTo, v.getReason(), v.getCreatedBy(),
                v.getCreatedAt());
    }
}
