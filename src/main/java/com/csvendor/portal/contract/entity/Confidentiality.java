package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * Confidentiality (保密条款): what is confidential, for how many years after the end, the
 * liquidated damages for a breach and whether exporting customer personal data is forbidden.
 */
public class Confidentiality implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Set<@NotNull ConfidentialScope> scope = new TreeSet<>(Set.of(ConfidentialScope.CUSTOMER_DATA, ConfidentialScope.STORE_BUSINESS_DATA));

    @Min(0) @Max(50)
    private int yearsAfterEnd = 2;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal liquidatedDamages;

    private boolean noPersonalDataExport = true;

    @Size(max = 2000)
    private String notes;

    public Set<ConfidentialScope> getScope() {
        return scope;
    }

    public void setScope(Set<ConfidentialScope> scope) {
        this.scope = scope == null ? new TreeSet<>() : new TreeSet<>(scope);
    }

    public int getYearsAfterEnd() {
        return yearsAfterEnd;
    }

    public void setYearsAfterEnd(int yearsAfterEnd) {
        this.yearsAfterEnd = yearsAfterEnd;
    }

    public BigDecimal getLiquidatedDamages() {
        return liquidatedDamages;
    }

    public void setLiquidatedDamages(BigDecimal liquidatedDamages) {
        this.liquidatedDamages = liquidatedDamages;
    }

    public boolean isNoPersonalDataExport() {
        return noPersonalDataExport;
    }

    public void setNoPersonalDataExport(boolean noPersonalDataExport) {
        this.noPersonalDataExport = noPersonalDataExport;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
