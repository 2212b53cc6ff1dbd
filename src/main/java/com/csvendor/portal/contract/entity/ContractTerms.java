package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Every negotiated term of one contract version, grouped as the contract itself is. This is
 * the document a version stores, the REST API and the JSON import exchange and the wizard
 * edits; ContractRules checks what Bean Validation cannot (order of tiers, overlaps, windows).
 */
public class ContractTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull @Valid
    private TermPeriod period = new TermPeriod();

    @NotNull @Valid
    private ServiceScope scope = new ServiceScope();

    @NotNull @Valid
    private ServiceHours hours = new ServiceHours();

    @NotNull @Valid
    private Staffing staffing = new Staffing();

    @NotNull @Valid
    private Fees fees = new Fees();

    @NotNull @Valid
    private TaxTerms tax = new TaxTerms();

    @NotNull @Valid
    private SettlementTerms settlement = new SettlementTerms();

    @NotNull @Valid
    private Deposit deposit = new Deposit();

    @NotNull @Size(max = 50)
    private List<@NotNull @Valid SlaTarget> slaTargets = new ArrayList<>();

    @NotNull @Valid
    private Penalties penalties = new Penalties();

    @NotNull @Valid
    private Confidentiality confidentiality = new Confidentiality();

    @NotNull @Valid
    private QualityInspection quality = new QualityInspection();

    @NotNull @Valid
    private Termination termination = new Termination();

    public TermPeriod getPeriod() {
        return period;
    }

    public void setPeriod(TermPeriod period) {
        this.period = period;
    }

    public ServiceScope getScope() {
        return scope;
    }

    public void setScope(ServiceScope scope) {
        this.scope = scope;
    }

    public ServiceHours getHours() {
        return hours;
    }

    public void setHours(ServiceHours hours) {
        this.hours = hours;
    }

    public Staffing getStaffing() {
        return staffing;
    }

    public void setStaffing(Staffing staffing) {
        this.staffing = staffing;
    }

    public Fees getFees() {
        return fees;
    }

    public void setFees(Fees fees) {
        this.fees = fees;
    }

    public TaxTerms getTax() {
        return tax;
    }

    public void setTax(TaxTerms tax) {
        this.tax = tax;
    }

    public SettlementTerms getSettlement() {
        return settlement;
    }

    public void setSettlement(SettlementTerms settlement) {
        this.settlement = settlement;
    }

    public Deposit getDeposit() {
        return deposit;
    }

    public void setDeposit(Deposit deposit) {
        this.deposit = deposit;
    }

    public List<SlaTarget> getSlaTargets() {
        return slaTargets;
    }

    public void setSlaTargets(List<SlaTarget> slaTargets) {
        this.slaTargets = slaTargets == null ? new ArrayList<>() : new ArrayList<>(slaTargets);
    }

    public Penalties getPenalties() {
        return penalties;
    }

    public void setPenalties(Penalties penalties) {
        this.penalties = penalties;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public QualityInspection getQuality() {
        return quality;
    }

    public void setQuality(QualityInspection quality) {
        this.quality = quality;
    }

    public Termination getTermination() {
        return termination;
    }

    public void setTermination(Termination termination) {
        this.termination = termination;
    }
}
