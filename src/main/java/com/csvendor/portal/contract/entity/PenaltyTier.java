package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Missing a target by more than {@code shortfallOverPercent} (relative to the threshold) costs
 * {@code feePercent} of the cycle's service fee.
 */
public class PenaltyTier implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal shortfallOverPercent;

    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal feePercent;

    public BigDecimal getShortfallOverPercent() {
        return shortfallOverPercent;
    }

    public void setShortfallOverPercent(BigDecimal shortfallOverPercent) {
        this.shortfallOverPercent = shortfallOverPercent;
    }

    public BigDecimal getFeePercent() {
        return feePercent;
    }

    public void setFeePercent(BigDecimal feePercent) {
        this.feePercent = feePercent;
    }
}
