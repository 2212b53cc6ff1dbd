package com.csvendor.portal.sla.entity;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.UtcInstantConverter;
import com.csvendor.portal.sla.control.Outcome;
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
 * How one SLA target of a contract fared over one window: measured value against the threshold,
 * the sample it rests on, the outcome and the shortfall, and the contract version it was judged
 * by. Re-evaluation {@link #refresh refreshes} the figures of the same window (natural key:
 * contract, target, window kind, window start); a breach {@link #waive waived} by an accepted
 * dispute stays waived.
 */
@Entity
@Table(name = "sla_result")
@NamedQuery(name = "SlaResult.findEndingBetween", query = "SELECT r FROM SlaResult r WHERE r.contractId = :contract"
        + " AND r.windowEnd BETWEEN :from AND :to ORDER BY r.windowStart, r.targetNo")
public class SlaResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "contract_version", nullable = false)
    private int contractVersion;

    @Column(name = "target_no", nullable = false)
    private int targetNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Metric metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_window", nullable = false, length = 20)
    private SlaWindow window;

    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Comparator comparator;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal threshold;

    @Column(precision = 18, scale = 4)
    private BigDecimal measured;

    @Column(nullable = false)
    private long sample;

    @Column(name = "minimum_sample", nullable = false)
    private int minimumSample;

    @Column(name = "days_judged", nullable = false)
    private int daysJudged;

    @Column(name = "days_exempt", nullable = false)
    private int daysExempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Outcome outcome;

    @Column(name = "shortfall_percent", precision = 9, scale = 4)
    private BigDecimal shortfallPercent;

    @Column(nullable = false)
    private boolean waived;

    /** Breached because the day's report was missing past its due time, not by figures. */
    @Column(name = "report_missing", nullable = false)
    private boolean reportMissing;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Version
    private long version;

    protected SlaResult() {
    }

    public SlaResult(long contractId, int targetNo, SlaWindow window, LocalDate windowStart) {
        this.contractId = contractId;
        this.targetNo = targetNo;
        this.window = Objects.requireNonNull(window);
        this.windowStart = Objects.requireNonNull(windowStart);
    }

    /**
     * The figures of a fresh evaluation of this window; a waiver given before is kept. Answers whether
     * they differ from the stored ones: a window judged the same again is left untouched (not written,
     * its version and evaluation time those of the last judgement that changed something), so a
     * re-evaluation writes only what changed.
     */
    public boolean refresh(Judgement j, Instant at) {
        if (evaluatedAt != null && j.sameAs(judgement())) {
            return false;
        }
        this.contractVersion = j.contractVersion();
        this.metric = Objects.requireNonNull(j.metric());
        this.windowEnd = Objects.requireNonNull(j.windowEnd());
        this.comparator = Objects.requireNonNull(j.comparator());
        this.threshold = Objects.requireNonNull(j.threshold());
        this.measured = j.measured();
        this.sample = j.sample();
        this.minimumSample = j.minimumSample();
        this.daysJudged = j.daysJudged();
        this.daysExempt = j.daysExempt();
        this.outcome = Objects.requireNonNull(j.outcome());
        this.shortfallPercent = j.shortfallPercent();
        this.reportMissing = j.reportMissing();
        this.evaluatedAt = Objects.requireNonNull(at);
        return true;
    }

    private Judgement judgement() {
        return new Judgement(contractVersion, metric, windowEnd, comparator, threshold, measured, sample, minimumSample,
                daysJudged, daysExempt, outcome, shortfallPercent, reportMissing);
    }

    /** The figures an evaluation produced for one window, as stored. */
    public record Judgement(int contractVersion, Metric metric, LocalDate windowEnd, Comparator comparator,
            BigDecimal threshold, BigDecimal measured, long sample, int minimumSample, int daysJudged,
            int daysExempt, Outcome outcome, BigDecimal shortfallPercent, boolean reportMissing) {

        /** The same figures, decimals compared by value (the database gives them back at its own scale). */
        boolean sameAs(Judgement o) {
            return contractVersion == o.contractVersion && metric == o.metric && windowEnd.equals(o.windowEnd)
                    && comparator == o.comparator && Decimals.same(threshold, o.threshold)
                    && Decimals.same(measured, o.measured) && sample == o.sample && minimumSample == o.minimumSample
                    && daysJudged == o.daysJudged && daysExempt == o.daysExempt && outcome == o.outcome
                    && Decimals.same(shortfallPercent, o.shortfallPercent) && reportMissing == o.reportMissing;
        }
    }

    /** An accepted dispute: the breach no longer counts towards penalties or consecutive breaches. */
    public void waive() {
        if (outcome != Outcome.BREACHED) {
            throw new InvalidInputException("subjectId", "sla.result.notBreached", id);
        }
        this.waived = true;
    }

    /** Still running when last evaluated: shown, never counted or disputed ({@link Outcome}). */
    public boolean isProvisional() {
        return outcome.isProvisional();
    }

    /** A breach that counts: breached for good and not waived. */
    public boolean isCountedBreach() {
        return outcome == Outcome.BREACHED && !waived;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public int getContractVersion() {
        return contractVersion;
    }

    public int getTargetNo() {
        return targetNo;
    }

    public Metric getMetric() {
        return metric;
    }

    public SlaWindow getWindow() {
        return window;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public long getSample() {
        return sample;
    }

    public int getMinimumSample() {
        return minimumSample;
    }

    public int getDaysJudged() {
        return daysJudged;
    }

    public int getDaysExempt() {
        return daysExempt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public BigDecimal getShortfallPercent() {
        return shortfallPercent;
    }

    public boolean isReportMissing() {
        return reportMissing;
    }

    public boolean isWaived() {
        return waived;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SlaResult other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return SlaResult.class.hashCode();
    }
}
