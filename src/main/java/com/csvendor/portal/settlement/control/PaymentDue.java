package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.SettlementTerms;
import com.csvendor.portal.settlement.entity.StatementStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement's dates from the contract's settlement terms: the statement is due
 * {@code statementDay} days after its (clipped) cycle ends; payment {@code paymentNetDays} days after
 * approval (the approval's Beijing date); a payment is overdue from the day after it was due until
 * it is paid. A statement waits on finance for one date at a time, its <em>open</em> due date: the
 * statement due date while it is a DRAFT (to be issued), the payment due date while it is APPROVED
 * (to be paid); in between it waits on the vendor or on finance's approval, which have no date.
 * Dates are business dates in Asia/Shanghai; the caller converts instants.
 */
public final class PaymentDue {

    private PaymentDue() {
    }

    public static LocalDate statementDueOn(LocalDate cycleEnd, SettlementTerms terms) {
        return cycleEnd.plusDays(terms.getStatementDay());
    }

    public static LocalDate paymentDueOn(LocalDate approvedOn, SettlementTerms terms) {
        return approvedOn.plusDays(terms.getPaymentNetDays());
    }

    /**
     * Whether payment is overdue on {@code today}: due (an approved statement has a due date; null
     * before approval) and not paid, and the due date has passed. Paying on the due date is on time.
     */
    public static boolean overdue(LocalDate paymentDueOn, boolean paid, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return paymentDueOn != null && !paid && paymentDueOn.isBefore(today);
    }

    /** The date the statement waits on finance for (see the class comment), or null. */
    public static LocalDate openDueOn(StatementStatus status, LocalDate statementDueOn, LocalDate paymentDueOn) {
        return switch (status) {
            case DRAFT -> statementDueOn;
            case APPROVED -> paymentDueOn;
            default -> null;
        };
    }

    /** A DRAFT whose statement due date has passed: it should have been issued to the vendor by now. */
    public static boolean statementLate(StatementStatus status, LocalDate statementDueOn, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return status == StatementStatus.DRAFT && statementDueOn != null && statementDueOn.isBefore(today);
    }
}
