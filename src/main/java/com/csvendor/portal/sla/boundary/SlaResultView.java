package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.entity.SlaResult;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One target judged over one window. {@code notJudgedReason}, for a result not judged: NO_FIGURES
 * ("no data": no day of the window had figures for the target's metric — a vendor whose exports
 * have no refund column is not judged on refunds, never judged as 0 %), NO_BASE (the metric's base
 * was 0: no ratings, no sessions…) or SAMPLE_BELOW_MINIMUM. {@code provisional}: the window was still
 * running when evaluated (outcome PROVISIONAL_…): the figures so far, which count for nothing and
 * cannot be disputed until the window closes and is judged for good. {@code disputeStatus} is that of
 * the latest dispute of the breach, if any. {@code reportMissing}: BREACHED because the day's report
 * was missing past its due time (the contract's default missing-report rule), not by figures.
 */
public record SlaResultView(long id, long contractId, int contractVersion, int targetNo, Metric metric,
        SlaWindow window, LocalDate windowStart, LocalDate windowEnd, Comparator comparator, BigDecimal threshold,
        BigDecimal measured, long sample, int minimumSample, int daysJudged, int daysExempt, Outcome outcome,
        String notJudgedReason, boolean provisional, BigDecimal shortfallPercent, boolean waived, String disputeStatus,
        Instant evaluatedAt, long version, boolean reportMissing) implements Serializable {

    static SlaResultView of(SlaResult r, String disputeStatus) {
        return new SlaResultView(r.getId(), r.getContractId(), r.getContractVersion(), r.getTargetNo(), r.getMetric(),
                r.getWindow(), r.getWindowStart(), r.getWindowEnd(), r.getComparator(), r.getThreshold(),
                r.getMeasured(), r.getSample(), r.getMinimumSample(), r.getDaysJudged(), r.getDaysExempt(),
                r.getOutcome(), notJudgedReason(r), r.isProvisional(), r.getShortfallPercent(), r.isWaived(),
                disputeStatus, r.getEvaluatedAt(), r.getVersion(), r.isReportMissing());
    }

    static String notJudgedReason(SlaResult r) {
        if (r.getOutcome().judgement() != Outcome.NOT_JUDGED) {
            return null;
        }
        if (r.getDaysJudged() == 0) {
            return "NO_FIGURES";
        }
        return r.getMeasured() == null ? "NO_BASE" : "SAMPLE_BELOW_MINIMUM";
    }

    /** A breach that counts and may be disputed. */
    public boolean breached() {
        return outcome == Outcome.BREACHED && !waived;
    }
}
