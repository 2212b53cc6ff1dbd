package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A promotion surcharge: fees of the days from–to (inclusive) are raised by the uplift.
 */
public class Surcharge implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 40)
    private String name;

    @NotNull
    private LocalDate from;

    @NotNull
    private LocalDate to;

    @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
    private BigDecimal upliftPercent;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getUpliftPercent() {
        return upliftPercent;
    }

    public void setUpliftPercent(BigDecimal upliftPercent) {
        this.upliftPercent = upliftPercent;
    }
}
