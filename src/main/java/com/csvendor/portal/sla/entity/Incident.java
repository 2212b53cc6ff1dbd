package com.csvendor.portal.sla.entity;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.Money;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An incident a store manager recorded against a contract (a forbidden phrase used, a data
 * leak…), with the clause it falls under and the fine that clause sets. Life cycle: RECORDED →
 * DISPUTED by the vendor lead → WITHDRAWN when the dispute is accepted, back to RECORDED when it is
 * rejected. It counts towards the cycle's penalties unless withdrawn.
 */
@Entity
@Table(name = "sla_incident")
@NamedQuery(name = "Incident.findOfContracts", query = "SELECT i FROM Incident i"
        + " WHERE i.contractId IN :contracts ORDER BY i.occurredOn DESC, i.id DESC")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_type", nullable = false, length = 32)
    private IncidentType type;

    @Column(length = 200)
    private String clause;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IncidentStatus status = IncidentStatus.RECORDED;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Incident() {
    }

    public Incident(long contractId, LocalDate occurredOn, IncidentType type, String clause, String evidence,
            BigDecimal amount, String recordedBy, Instant recordedAt) {
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidInputException("evidence", "sla.incident.evidenceRequired");
        }
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInputException("amount", "sla.incident.amountInvalid");
        }
        this.contractId = contractId;
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.type = Objects.requireNonNull(type);
        this.clause = clause;
        this.evidence = evidence.strip();
        this.amount = Money.fen(Objects.requireNonNull(amount));
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** A vendor lead disputes it: only a recorded incident can be. */
    public void dispute() {
        requireStatus(IncidentStatus.RECORDED, "sla.incident.notDisputable");
        this.status = IncidentStatus.DISPUTED;
    }

    /** The dispute was accepted: the incident no longer counts. */
    public void withdraw() {
        requireStatus(IncidentStatus.DISPUTED, "sla.incident.notDisputed");
        this.status = IncidentStatus.WITHDRAWN;
    }

    /** The dispute was rejected: the incident stands as recorded. */
    public void uphold() {
        requireStatus(IncidentStatus.DISPUTED, "sla.incident.notDisputed");
        this.status = IncidentStatus.RECORDED;
    }

    private void requireStatus(IncidentStatus required, String key) {
        if (status != required) {
            throw new InvalidInputException("status", key, status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public IncidentType getType() {
        return type;
    }

    public String getClause() {
        return clause;
    }

    public String getEvidence() {
        return evidence;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Incident other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Incident.class.hashCode();
    }
}
