package com.csvendor.portal.settlement.entity;

/**
 * A statement's life: DRAFT (computed, may be recomputed) → ISSUED to the vendor → CONFIRMED or
 * DISPUTED by the vendor lead → APPROVED by finance (never by the user who generated or issued it)
 * → PAID. A DISPUTED statement goes back to DRAFT when finance revises it. From APPROVED on it
 * never changes.
 */
public enum StatementStatus {
    DRAFT, ISSUED, CONFIRMED, DISPUTED, APPROVED, PAID;

    /** Whether the statement's figures are final: approved or paid. */
    public boolean locked() {
        return this == APPROVED || this == PAID;
    }
}
