package com.csvendor.portal.contract.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle: DRAFT → ACTIVE → EXPIRED or TERMINATED; an active contract may be SUSPENDED and
 * resumed. EXPIRED and TERMINATED are final.
 */
public enum ContractStatus {
    DRAFT, ACTIVE, SUSPENDED, EXPIRED, TERMINATED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(SUSPENDED, EXPIRED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    public boolean canMoveTo(ContractStatus target) {
        return next().contains(target);
    }

    /** In force: binding on both sides (a suspended contract still is). */
    public boolean inForce() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
