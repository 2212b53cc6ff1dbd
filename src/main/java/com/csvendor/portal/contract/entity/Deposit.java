package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A deposit: 定金 (earnest money, binding) or 订金 (advance payment, refundable), never confused.
 */
public class Deposit implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private DepositKind kind = DepositKind.NONE;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;

    private DepositDirection direction;

    public DepositKind getKind() {
        return kind;
    }

    public void setKind(DepositKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public DepositDirection getDirection() {
        return direction;
    }

    public void setDirection(DepositDirection direction) {
        this.direction = direction;
    }
}
