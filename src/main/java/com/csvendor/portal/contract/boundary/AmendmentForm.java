package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.ContractTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An amendment: the complete terms as they stand from the effective date, and why. */
public class AmendmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate effectiveFrom;

    @NotBlank
    @Size(max = 500)
    private String reason;

    @NotNull
    @Valid
    private ContractTerms terms;

    @NotNull
    private Long version;

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ContractTerms getTerms() {
        return terms;
    }

    public void setTerms(ContractTerms terms) {
        this.terms = terms;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
