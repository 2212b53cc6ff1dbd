package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One existing contract brought in whole: the store by code, the vendor by credit code, its status
 * today and the amendments already signed (oldest first). Imported all together or not at all.
 */
public class ContractImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 32)
    private String storeCode;

    @NotBlank
    @Size(max = 18)
    private String vendorCreditCode;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-_/.]*", message = "{contract.number.pattern}")
    private String number;

    @NotNull
    private LocalDate signedOn;

    @NotNull
    private ContractStatus status = ContractStatus.ACTIVE;

    private LocalDate statusSince;

    @Size(max = 500)
    private String statusReason;

    @NotNull
    @Valid
    private ContractTerms terms;

    @NotNull
    @Size(max = 50)
    private List<@NotNull @Valid ImportedAmendment> amendments = new ArrayList<>();

    /** An amendment already in force: effective date, reason and the complete terms from then on. */
    public static class ImportedAmendment implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private LocalDate effectiveFrom;

        @NotBlank
        @Size(max = 500)
        private String reason;

        @NotNull
        @Valid
        private ContractTerms terms;

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
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public String getVendorCreditCode() {
        return vendorCreditCode;
    }

    public void setVendorCreditCode(String vendorCreditCode) {
        this.vendorCreditCode = vendorCreditCode;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public void setStatusSince(LocalDate statusSince) {
        this.statusSince = statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public ContractTerms getTerms() {
        return terms;
    }

    public void setTerms(ContractTerms terms) {
        this.terms = terms;
    }

    public List<ImportedAmendment> getAmendments() {
        return amendments;
    }

    public void setAmendments(List<ImportedAmendment> amendments) {
        this.amendments = amendments == null ? new ArrayList<>() : amendments;
    }
}
