package com.csvendor.portal.sla.entity;

import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The SLA side of one settlement cycle of a contract: the service fee penalties are a share of,
 * breach and incident penalties, the cap and the total owed, how many windows were judged and
 * breached, the consecutive breaches reached and whether they give the store a termination right.
 * Computed, never edited: each evaluation {@link #refresh refreshes} it.
 */
@Entity
@Table(name = "sla_cycle")
@IdClass(SlaCycle.Key.class)
@NamedQuery(name = "SlaCycle.findOfContract", query = "SELECT c FROM SlaCycle c WHERE c.contractId = :contract"
        + " ORDER BY c.cycleStart DESC")
public class SlaCycle {

    /** The composite key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long contractId;
        private LocalDate cycleStart;

        public Key() {
        }

        public Key(long contractId, LocalDate cycleStart) {
            this.contractId = contractId;
            this.cycleStart = cycleStart;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(contractId, k.contractId)
                    && Objects.equals(cycleStart, k.cycleStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, cycleStart);
        }
    }

    /** The figures of one computation of the cycle. */
    public record Figures(LocalDate cycleEnd, int contractVersion, BigDecimal serviceFee, BigDecimal breachPenalty,
            BigDecimal incidentPenalty, BigDecimal penaltyCap, BigDecimal penaltyTotal, int windowsJudged,
            int windowsBreached, int consecutiveBreaches, boolean terminationRight) {

        /** The same figures, amounts compared by value (the database gives them back at its own scale). */
        boolean sameAs(Figures o) {
            return cycleEnd.equals(o.cycleEnd) && contractVersion == o.contractVersion
                    && Decimals.same(serviceFee, o.serviceFee) && Decimals.same(breachPenalty, o.breachPenalty)
                    && Decimals.same(incidentPenalty, o.incidentPenalty) && Decimals.same(penaltyCap, o.penaltyCap)
                    && Decimals.same(penaltyTotal, o.penaltyTotal) && windowsJudged == o.windowsJudged
                    && windowsBreached == o.windowsBreached && consecutiveBreaches == o.consecutiveBreaches
                    && terminationRight == o.terminationRight;
        }
    }

    @Id
    @Column(name = "contract_id")
    private Long contractId;

    @Id
    @Column(name = "cycle_start")
    private LocalDate cycleStart;

    @Column(name = "cycle_end", nullable = false)
    private LocalDate cycleEnd;

    @Column(name = "contract_version", nullable = false)
    private int contractVersion;

    @Column(name = "service_fee", nullable = false, precision = 16, scale = 2)
    private BigDecimal serviceFee;

    @Column(name = "breach_penalty", nullable = false, precision = 16, scale = 2)
    private BigDecimal breachPenalty;

    @Column(name = "incident_penalty", nullable = false, precision = 16, scale = 2)
    private BigDecimal incidentPenalty;

    @Column(name = "penalty_cap", precision = 16, scale = 2)
    private BigDecimal penaltyCap;

    @Column(name = "penalty_total", nullable = false, precision = 16, scale = 2)
    private BigDecimal penaltyTotal;

    @Column(name = "windows_judged", nullable = false)
    private int windowsJudged;

    @Column(name = "windows_breached", nullable = false)
    private int windowsBreached;

    @Column(name = "consecutive_breaches", nullable = false)
    private int consecutiveBreaches;

    @Column(name = "termination_right", nullable = false)
    private boolean terminationRight;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected SlaCycle() {
    }

    public SlaCycle(long contractId, LocalDate cycleStart) {
        this.contractId = contractId;
        this.cycleStart = Objects.requireNonNull(cycleStart);
    }

    /**
     * The figures of a fresh computation of this cycle; answers whether they differ from the stored
     * ones. A cycle computed the same again is left untouched (not written, its evaluation time that of
     * the last computation that changed something).
     */
    public boolean refresh(Figures f, Instant at) {
        if (evaluatedAt != null && f.sameAs(figures())) {
            return false;
        }
        this.cycleEnd = Objects.requireNonNull(f.cycleEnd());
        this.contractVersion = f.contractVersion();
        this.serviceFee = Objects.requireNonNull(f.serviceFee());
        this.breachPenalty = Objects.requireNonNull(f.breachPenalty());
        this.incidentPenalty = Objects.requireNonNull(f.incidentPenalty());
        this.penaltyCap = f.penaltyCap();
        this.penaltyTotal = Objects.requireNonNull(f.penaltyTotal());
        this.windowsJudged = f.windowsJudged();
        this.windowsBreached = f.windowsBreached();
        this.consecutiveBreaches = f.consecutiveBreaches();
        this.terminationRight = f.terminationRight();
        this.evaluatedAt = Objects.requireNonNull(at);
        return true;
    }

    private Figures figures() {
        return new Figures(cycleEnd, contractVersion, serviceFee, breachPenalty, incidentPenalty, penaltyCap,
                penaltyTotal, windowsJudged, windowsBreached, consecutiveBreaches, terminationRight);
    }

    public long getContractId() {
        return contractId;
    }

    public LocalDate getCycleStart() {
        return cycleStart;
    }

    public LocalDate getCycleEnd() {
        return cycleEnd;
    }

    public int getContractVersion() {
        return contractVersion;
    }

    public BigDecimal getServiceFee() {
        return serviceFee;
    }

    public BigDecimal getBreachPenalty() {
        return breachPenalty;
    }

    public BigDecimal getIncidentPenalty() {
        return incidentPenalty;
    }

    public BigDecimal getPenaltyCap() {
        return penaltyCap;
    }

    public BigDecimal getPenaltyTotal() {
        return penaltyTotal;
    }

    public int getWindowsJudged() {
        return windowsJudged;
    }

    public int getWindowsBreached() {
        return windowsBreached;
    }

    public int getConsecutiveBreaches() {
        return consecutiveBreaches;
    }

    public boolean isTerminationRight() {
        return terminationRight;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
