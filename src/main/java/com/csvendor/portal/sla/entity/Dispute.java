package com.csvendor.portal.sla.entity;

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
import java.util.Objects;

/**
 * A vendor lead's dispute of a breach, an incident or a short staffing day ({@link DisputeSubject}), with their comment; the store manager
 * {@link #accept accepts} or {@link #reject rejects} it with a comment of their own. Only an OPEN
 * dispute is decided, and a decided one never changes.
 */
@Entity
@Table(name = "sla_dispute")
@NamedQuery(name = "Dispute.findOpenOfSubject", query = "SELECT d FROM Dispute d WHERE d.contractId = :contract AND d.subjectType = :type"
        + " AND d.subjectId = :subject AND d.status = com.csvendor.portal.sla.entity.DisputeStatus.OPEN")
@NamedQuery(name = "Dispute.findOfContracts", query = "SELECT d FROM Dispute d WHERE d.contractId IN :contracts"
        + " ORDER BY d.raisedAt DESC, d.id DESC")
public class Dispute {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 12)
    private DisputeSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = COMMENT_MAX)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DisputeStatus status = DisputeStatus.OPEN;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = COMMENT_MAX)
    private String decisionComment;

    @Version
    private long version;

    protected Dispute() {
    }

    public Dispute(long contractId, DisputeSubject subjectType, long subjectId, String comment, String raisedBy,
            Instant raisedAt) {
        this.contractId = contractId;
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.comment = required(comment, "comment");
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.raisedAt = Objects.requireNonNull(raisedAt);
    }

    /** The store manager agrees: the breach is waived or the incident withdrawn (by the caller). */
    public void accept(String by, String comment, Instant at) {
        decide(DisputeStatus.ACCEPTED, by, comment == null || comment.isBlank() ? null : comment.strip(), at);
    }

    /** The store manager disagrees, and must say why. */
    public void reject(String by, String comment, Instant at) {
        decide(DisputeStatus.REJECTED, by, required(comment, "comment"), at);
    }

    private void decide(DisputeStatus outcome, String by, String comment, Instant at) {
        if (status != DisputeStatus.OPEN) {
            throw new InvalidInputException("status", "sla.dispute.decided", status);
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(by);
        this.decisionComment = comment;
        this.decidedAt = Objects.requireNonNull(at);
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "sla.dispute.commentRequired");
        }
        return text.strip();
    }

    public boolean isOpen() {
        return status == DisputeStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public DisputeSubject getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getComment() {
        return comment;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Dispute other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Dispute.class.hashCode();
    }
}
