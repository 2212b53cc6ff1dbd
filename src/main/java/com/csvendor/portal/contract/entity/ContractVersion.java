package com.csvendor.portal.contract.entity;

import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a contract's terms, in force from its effective date until the next version's.
 * Version 1 is the signed contract; each amendment adds the next. A version never changes once
 * the contract has left DRAFT, so whatever was computed from it stays explainable.
 */
@Entity
@Table(name = "contract_version")
public class ContractVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Convert(converter = TermsConverter.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private ContractTerms terms;

    @Column(length = 500)
    private String reason;

    /** {@link #readOnlyTerms}: one copy of the terms per loaded version (not a column). */
    @Transient
    private transient ContractTerms readOnly;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContractVersion() {
    }

    ContractVersion(Contract contract, int number, LocalDate effectiveFrom, ContractTerms terms, String reason,
            String createdBy, Instant createdAt) {
        this.contract = Objects.requireNonNull(contract);
        this.number = number;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.terms = TermsJson.copy(terms);
        this.reason = reason;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Only while the contract is a draft: its single version is rewritten, not amended. */
    void revise(ContractTerms terms) {
        this.terms = TermsJson.copy(terms);
        this.readOnly = null;
        this.effectiveFrom = terms.getPeriod().getStart();
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** A copy: changing it changes nothing stored. */
    public ContractTerms getTerms() {
        return TermsJson.copy(terms);
    }

    /**
     * The terms for calculations that only read them: one copy per loaded version, made on first use
     * and shared by every reader of this instance (a copy per use cost a quarter of generating 1,001
     * statements). Never change it; {@link #getTerms} gives a copy of one's own.
     */
    public ContractTerms readOnlyTerms() {
        ContractTerms t = readOnly;
        if (t == null) {
            t = TermsJson.copy(terms);
            readOnly = t;
        }
        return t;
    }

    /** The stored terms as their JSON document, without a copy in between. */
    public String termsJson() {
        return TermsJson.write(terms);
    }

    /** The stored period, for the contract to mirror its dates; not to be changed. */
    TermPeriod period() {
        return terms.getPeriod();
    }

    /** The version's settlement cycle, read without copying the terms. */
    SettlementCycle settlementCycle() {
        return terms.getSettlement().getCycle();
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ContractVersion other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ContractVersion.class.hashCode();
    }
}
