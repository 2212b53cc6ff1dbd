package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.Metric;
import java.math.BigDecimal;

/**
 * One target judged over one window ({@link SlaEvaluator}). {@code measured} is the KPI value over
 * the window's non-exempt days as {@code KpiSums.value} gives it (null when there were no figures
 * or the metric had no base); it is kept, for information, when the sample was below the minimum.
 * {@code sample} is the metric's base ({@code KpiSums.sample}); {@code daysJudged} the non-exempt
 * days with figures for the target's metric (0: no data, not judged); {@code daysExempt} the window's calendar days inside an
 * exemption, with or without figures. {@code shortfallPercent} is set only when BREACHED: how far
 * the value misses the threshold, in percent of the threshold (see {@link SlaEvaluator}).
 */
public record WindowResult(int targetNo, Metric metric, Window window, Comparator comparator, BigDecimal threshold,
        BigDecimal measured, long sample, int minimumSample, int daysJudged, int daysExempt, Outcome outcome,
        BigDecimal shortfallPercent) {

    public boolean breached() {
        return outcome == Outcome.BREACHED;
    }

    public boolean judged() {
        return outcome != Outcome.NOT_JUDGED;
    }
}
