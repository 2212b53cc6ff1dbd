package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.ContractTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A new contract, or a draft rewritten: parties, number, signing date and all terms. */
public class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long storeId;

    @NotNull
    private Long vendorId;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-_/.]*", message = "{contract.number.pattern}")
    private String number;

    @NotNull
    private LocalDate signedOn;

    @NotNull
    @Valid
    private ContractTerms terms = new ContractTerms();

    private Long version;

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
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
