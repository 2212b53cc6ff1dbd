package com.csvendor.portal.settlement.entity;

import java.time.LocalDate;

/**
 * The statements whose open due date — the statement due date of a DRAFT, the payment due date of an
 * APPROVED statement ({@code PaymentDue.openDueOn}) — falls in a range of days around today: THIS_WEEK
 * today and the six days after (what finance must do within a week), OVERDUE any day before today (a
 * draft not issued by its statement due date, an approved statement not paid by its payment due date).
 */
public enum DueFilter {
    THIS_WEEK, OVERDUE;

    /** The first open due date matched, or null for no lower bound. */
    public LocalDate from(LocalDate today) {
        return this == THIS_WEEK ? today : null;
    }

    /** The last open due date matched. */
    public LocalDate to(LocalDate today) {
        return this == THIS_WEEK ? today.plusDays(6) : today.minusDays(1);
    }
}
