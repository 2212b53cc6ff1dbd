package com.csvendor.portal.contract.entity;

import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.UtcInstantConverter;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outsourcing contract between a store and a vendor: its parties, number and life cycle, and
 * its terms as a list of versions. While a DRAFT, the single version is edited in place; once
 * signed into force, terms change only by {@link #amend amendment}, a new version from an
 * effective date, and whatever is computed for a date uses {@link #versionOn the version in force
 * then}. Start and end dates mirror the latest version for queries.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = "Contract.findByNumber", query = "SELECT c FROM Contract c WHERE c.number = :number")
@NamedQuery(name = "Contract.findByStoreAndVendor",
        query = "SELECT c FROM Contract c WHERE c.store.id = :storeId AND c.vendor.id = :vendorId")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_id", nullable = false)
    private Vendor vendor;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractStatus status = ContractStatus.DRAFT;

    @Column(name = "status_since")
    private LocalDate statusSince;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ContractVersion> versions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(String number, Store store, Vendor vendor, LocalDate signedOn, ContractTerms terms, String by,
            Instant at) {
        this.number = Objects.requireNonNull(number).trim();
        this.store = Objects.requireNonNull(store);
        this.vendor = Objects.requireNonNull(vendor);
        this.signedOn = Objects.requireNonNull(signedOn);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
        versions.add(new ContractVersion(this, 1, terms.getPeriod().getStart(), terms, null, by, at));
        mirrorPeriod();
    }

    /** Rewrites a draft: parties, number and terms; there is no history before signing. */
    public void reviseDraft(String number, Store store, Vendor vendor, LocalDate signedOn, ContractTerms terms) {
        requireStatus("status", "contract.draftOnly", ContractStatus.DRAFT);
        this.number = Objects.requireNonNull(number).trim();
        this.store = Objects.requireNonNull(store);
        this.vendor = Objects.requireNonNull(vendor);
        this.signedOn = Objects.requireNonNull(signedOn);
        current().revise(terms);
        mirrorPeriod();
    }

    /**
     * A new version in force from {@code effectiveFrom}, which must fall after the current
     * version's effective date and within the amended period.
     */
    public ContractVersion amend(ContractTerms terms, LocalDate effectiveFrom, String reason, String by, Instant at) {
        if (!status.inForce()) {
            throw new InvalidInputException("status", "contract.amend.notInForce", status);
        }
        if (!effectiveFrom.isAfter(current().getEffectiveFrom())) {
            throw new InvalidInputException("effectiveFrom", "contract.amend.effectiveTooEarly",
                    effectiveFrom, current().getEffectiveFrom());
        }
        if (effectiveFrom.isAfter(terms.getPeriod().getEnd())) {
            throw new InvalidInputException("effectiveFrom", "contract.amend.effectiveAfterEnd",
                    effectiveFrom, terms.getPeriod().getEnd());
        }
        ContractVersion next = new ContractVersion(this, versions.size() + 1, effectiveFrom, terms, reason, by, at);
        versions.add(next);
        mirrorPeriod();
        return next;
    }

    /** Moves along the life cycle; the date is when the new status took effect. */
    public void changeStatus(ContractStatus target, LocalDate on, String reason) {
        if (!status.canMoveTo(target)) {
            throw new InvalidInputException("status", "contract.status.notAllowed", status, target);
        }
        if (target == ContractStatus.EXPIRED && !on.isAfter(endDate)) {
            throw new InvalidInputException("status", "contract.status.notYetEnded", endDate);
        }
        this.status = target;
        this.statusSince = on;
        this.statusReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    /**
     * What the calendar does to a contract in force whose end has passed: one that renews itself
     * gets a new version extending it by its own length (as often as needed to cover today);
     * any other expires the day after its end. Returns whether anything changed.
     */
    public boolean closeEnded(LocalDate today, String by, Instant at) {
        if (!status.inForce() || !today.isAfter(endDate)) {
            return false;
        }
        ContractTerms terms = current().getTerms();
        if (!terms.getPeriod().isAutoRenewal() || status == ContractStatus.SUSPENDED) {
            changeStatus(ContractStatus.EXPIRED, endDate.plusDays(1), null);
            return true;
        }
        java.time.Period length = java.time.Period.between(startDate, endDate.plusDays(1));
        LocalDate newEnd = endDate;
        while (newEnd.isBefore(today)) {
            newEnd = newEnd.plusDays(1).plus(length).minusDays(1);
        }
        LocalDate from = endDate.plusDays(1);
        terms.getPeriod().setEnd(newEnd);
        amend(terms, from, "Automatic renewal / 自动续约", by, at);
        return true;
    }

    /** The version in force on a date; empty before the contract starts. */
    public Optional<ContractVersion> versionOn(LocalDate date) {
        ContractVersion found = null;
        for (ContractVersion v : versions) {
            if (!v.getEffectiveFrom().isAfter(date)) {
                found = v;
            }
        }
        return Optional.ofNullable(found).filter(v -> !date.isBefore(startDate));
    }

    /** The last day in force: the end date, or the day before the termination took effect ({@link ContractDates}). */
    public LocalDate lastDayInForce() {
        return ContractDates.lastDay(endDate, status, statusSince);
    }

    /** The contract's period rules over its versions ({@link ContractDates}). */
    public ContractDates<ContractVersion> dates() {
        return new ContractDates<>(startDate, endDate, status, statusSince, versions.stream()
                .map(v -> new ContractDates.Dated<>(v.getNumber(), v.getEffectiveFrom(), v.settlementCycle(), v))
                .toList());
    }

    public ContractVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ContractVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    private void requireStatus(String field, String key, ContractStatus required) {
        if (status != required) {
            throw new InvalidInputException(field, key, status);
        }
    }

    private void mirrorPeriod() {
        this.startDate = versions.get(0).period().getStart();
        this.endDate = current().period().getEnd();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Store getStore() {
        return store;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<ContractVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Contract other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Contract.class.hashCode();
    }
}
