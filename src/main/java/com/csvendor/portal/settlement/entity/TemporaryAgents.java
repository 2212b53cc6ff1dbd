package com.csvendor.portal.settlement.entity;

import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Temporary agents a store ordered from the vendor (for a promotion): so many agents a day from
 * one date to another. The statement of each cycle charges the agent-days inside it at the
 * temporary agent day rate of the contract version. Recorded, never edited.
 */
@Entity
@Table(name = "temporary_agents")
@NamedQuery(name = "TemporaryAgents.findOverlapping", query = "SELECT t FROM TemporaryAgents t"
        + " WHERE t.contractId = :contract AND t.workFrom <= :to AND t.workTo >= :from ORDER BY t.workFrom, t.id")
@NamedQuery(name = "TemporaryAgents.findOfContracts", query = "SELECT t FROM TemporaryAgents t"
        + " WHERE t.contractId IN :contracts ORDER BY t.workFrom DESC, t.id DESC")
public class TemporaryAgents {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "work_from", nullable = false, updatable = false)
    private LocalDate workFrom;

    @Column(name = "work_to", nullable = false, updatable = false)
    private LocalDate workTo;

    @Column(nullable = false, updatable = false)
    private int agents;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected TemporaryAgents() {
    }

    public TemporaryAgents(long contractId, LocalDate workFrom, LocalDate workTo, int agents, String note,
            String recordedBy, Instant recordedAt) {
        if (workTo.isBefore(workFrom)) {
            throw new InvalidInputException("workTo", "temporaryAgents.range", workFrom, workTo);
        }
        if (agents <= 0) {
            throw new InvalidInputException("agents", "temporaryAgents.agents", agents);
        }
        this.contractId = contractId;
        this.workFrom = workFrom;
        this.workTo = workTo;
        this.agents = agents;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** Days worked inside [from, to], both counted (0 when none). */
    public int daysWithin(LocalDate from, LocalDate to) {
        LocalDate a = workFrom.isAfter(from) ? workFrom : from;
        LocalDate b = workTo.isBefore(to) ? workTo : to;
        return b.isBefore(a) ? 0 : (int) ChronoUnit.DAYS.between(a, b) + 1;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public LocalDate getWorkFrom() {
        return workFrom;
    }

    public LocalDate getWorkTo() {
        return workTo;
    }

    public int getAgents() {
        return agents;
    }

    public String getNote() {
        return note;
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
        return this == o || o instanceof TemporaryAgents other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TemporaryAgents.class.hashCode();
    }
}
