package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A graduated per-session price: customers received in the cycle up to {@code upTo} (the last tier
 * has none and covers the rest) are charged at {@code price}.
 */
public class SessionTier implements Serializable {

    private static final long serialVersionUID = 1L;

    @Positive
    private Integer upTo;

    @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal price;

    public Integer getUpTo() {
        return upTo;
    }

    public void setUpTo(Integer upTo) {
        this.upTo = upTo;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
