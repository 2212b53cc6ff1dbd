package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target judged over one window ({@link SlaEvaluator}). {@code measured} is the KPI value over
 * the window's non-exempt days as {@code KpiSums.value} gives it (null when there were no figures
 * or the metric had no base); it is kept, for information, when the sample was below the minimum.
 * {@code sample} is the metric's base ({@code KpiSums.sample}); {@code daysJudged} the non-exempt
 * days with figures for the target's metric (0: no data, not judged); {@code daysExempt} the window's calendar days inside an
 * exemption, with or without figures. {@code shortfallPercent} is set only when BREACHED: how far
 * the value misses the threshold, in percent of the threshold (see {@link SlaEvaluator}); it is
 * kept, for information, on a PROVISIONAL_BREACHED one. A provisional result ({@link Outcome}) is
 * neither breached nor judged: it counts for nothing until its window closes. {@code reportMissing}:
 * BREACHED because the day's report was missing past its due time, not by figures
 * ({@link SlaEvaluator#reportMissing}).
 */
public record WindowResult(int targetNo, Metric metric, Window window, Comparator comparator, BigDecimal threshold,
        BigDecimal measured, long sample, int minimumSample, int daysJudged, int daysExempt, Outcome outcome,
        BigDecimal shortfallPercent, boolean reportMissing) {

    /** A result judged from figures. */
    public WindowResult(int targetNo, Metric metric, Window window, Comparator comparator, BigDecimal threshold,
            BigDecimal measured, long sample, int minimumSample, int daysJudged, int daysExempt, Outcome outcome,
            BigDecimal shortfallPercent) {
        this(targetNo, metric, window, comparator, threshold, measured, sample, minimumSample, daysJudged, daysExempt,
                outcome, shortfallPercent, false);
    }

    public boolean breached() {
        return outcome == Outcome.BREACHED;
    }

    /** Judged for good: MET or BREACHED. */
    public boolean judged() {
        return outcome == Outcome.MET || outcome == Outcome.BREACHED;
    }

    public boolean provisional() {
        return outcome.isProvisional();
    }

    /**
     * This result as it stands on {@code today}: provisional while the window is running
     * ({@link SlaWindows#running}, {@code lastDay} its last day within the contract), as judged after.
     */
    public WindowResult asOf(LocalDate lastDay, LocalDate today) {
        Outcome o = SlaWindows.running(lastDay, today) ? outcome.provisional() : outcome.judgement();
        return o == outcome ? this : new WindowResult(targetNo, metric, window, comparator, threshold, measured, sample,
                minimumSample, daysJudged, daysExempt, o, shortfallPercent, reportMissing);
    }
}
