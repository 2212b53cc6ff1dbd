package com.csvendor.portal.contract.entity;

import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A store manager's request for {@code agents} more agents from a date (to a date, or open-ended)
 * on one contract (客服增加安排). Life cycle ({@link StaffingRequestStatus}): REQUESTED, then accepted
 * or declined (with a reason) by the vendor lead, or withdrawn by the manager; a decided request
 * never changes. An ACCEPTED request raises the headcount the staffing reconciliation checks.
 */
@Entity
@Table(name = "staffing_request")
@NamedQuery(name = "StaffingRequest.findOfContract", query = "SELECT r FROM StaffingRequest r"
        + " WHERE r.contractId = :contract ORDER BY r.fromDate DESC, r.id DESC")
@NamedQuery(name = "StaffingRequest.findOfContracts", query = "SELECT r FROM StaffingRequest r"
        + " WHERE r.contractId IN :contracts AND r.status IN :statuses ORDER BY r.fromDate, r.id")
public class StaffingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(nullable = false, updatable = false)
    private int agents;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", updatable = false)
    private LocalDate toDate;

    @Column(length = 500, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StaffingRequestStatus status;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Version
    private long version;

    protected StaffingRequest() {
    }

    public StaffingRequest(long contractId, int agents, LocalDate fromDate, LocalDate toDate, String note,
            String requestedBy, Instant requestedAt) {
        if (agents <= 0) {
            throw new InvalidInputException("agents", "staffing.agents", agents);
        }
        if (toDate != null && toDate.isBefore(fromDate)) {
            throw new InvalidInputException("toDate", "staffing.range", fromDate, toDate);
        }
        this.contractId = contractId;
        this.agents = agents;
        this.fromDate = Objects.requireNonNull(fromDate);
        this.toDate = toDate;
        this.note = blankToNull(note);
        this.status = StaffingRequestStatus.REQUESTED;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
    }

    public void accept(String by, String note, Instant at) {
        decide(StaffingRequestStatus.ACCEPTED, by, note, at);
    }

    /** Declining needs a reason the manager can read. */
    public void decline(String by, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("note", "staffing.reasonRequired");
        }
        decide(StaffingRequestStatus.DECLINED, by, reason, at);
    }

    public void withdraw(String by, String note, Instant at) {
        decide(StaffingRequestStatus.WITHDRAWN, by, note, at);
    }

    private void decide(StaffingRequestStatus to, String by, String note, Instant at) {
        if (status != StaffingRequestStatus.REQUESTED) {
            throw new InvalidInputException("status", "staffing.decided", status);
        }
        this.status = to;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionNote = blankToNull(note);
    }

    /** Whether it asks for agents on any day from {@code from} to {@code to} (an open end reaches forever). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !fromDate.isAfter(to == null ? LocalDate.MAX : to) && (toDate == null || !toDate.isBefore(from));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public int getAgents() {
        return agents;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getNote() {
        return note;
    }

    public StaffingRequestStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof StaffingRequest other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return StaffingRequest.class.hashCode();
    }
}
