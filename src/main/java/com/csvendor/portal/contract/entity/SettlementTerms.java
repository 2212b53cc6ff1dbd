package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The settlement cycle, the statement day (days after a cycle closes when its statement is due)
 * and the payment terms (net days after the statement is approved).
 */
public class SettlementTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private SettlementCycle cycle = SettlementCycle.MONTHLY;

    @Min(0) @Max(31)
    private int statementDay = 5;

    @Min(0) @Max(365)
    private int paymentNetDays = 30;

    public SettlementCycle getCycle() {
        return cycle;
    }

    public void setCycle(SettlementCycle cycle) {
        this.cycle = cycle;
    }

    public int getStatementDay() {
        return statementDay;
    }

    public void setStatementDay(int statementDay) {
        this.statementDay = statementDay;
    }

    public int getPaymentNetDays() {
        return paymentNetDays;
    }

    public void setPaymentNetDays(int paymentNetDays) {
        this.paymentNetDays = paymentNetDays;
    }
}
