package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.SettlementTerms;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement's dates from the contract's settlement terms: the statement is due
 * {@code statementDay} days after its (clipped) cycle ends; payment {@code paymentNetDays} days after
 * approval (the approval's Beijing date); a payment is overdue from the day after it was due until
 * it is paid. Dates are business dates in Asia/Shanghai; the caller converts instants.
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
}
