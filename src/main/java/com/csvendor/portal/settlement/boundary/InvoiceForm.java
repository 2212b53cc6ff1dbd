package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.InvoiceType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The vendor's invoice as finance records it: a 20-digit fully digital e-invoice number alone, or
 * the older invoice code (10 or 12 digits) with an 8-digit number; type, date and amounts. The
 * amounts are checked against the statement and the contract, not trusted.
 */
public class InvoiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 20)
    private String number;

    @Size(max = 12)
    private String code;

    @NotNull
    private InvoiceType type;

    @NotNull
    private LocalDate issuedOn;

    @NotNull
    @Digits(integer = 14, fraction = 2)
    @DecimalMin("0.00")
    private BigDecimal amountExclTax;

    @NotNull
    @Digits(integer = 14, fraction = 2)
    @DecimalMin("0.00")
    private BigDecimal tax;

    @NotNull
    @Digits(integer = 14, fraction = 2)
    @DecimalMin("0.00")
    private BigDecimal total;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public InvoiceType getType() {
        return type;
    }

    public void setType(InvoiceType type) {
        this.type = type;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public BigDecimal getAmountExclTax() {
        return amountExclTax;
    }

    public void setAmountExclTax(BigDecimal amountExclTax) {
        this.amountExclTax = amountExclTax;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public void setTax(BigDecimal tax) {
        this.tax = tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }
}
