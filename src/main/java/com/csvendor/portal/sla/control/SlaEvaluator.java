package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Judges one SLA target over one window from the day sums of the contract's agents.
 * <ul>
 * <li>The window's non-exempt days are added up ({@link KpiSums#plus}) and the value is a ratio of
 * those sums ({@link KpiSums#ratio}) — never an average of daily values.</li>
 * <li>NOT_JUDGED when no day had figures for the target's metric — days with other figures but
 * none for this one (an export without a refund column, say) count as no data, never as 0 —, when
 * the metric has no base (no ratings, no sessions…), or when the sample ({@link KpiSums#sample}) is
 * below the target's minimum sample. {@code daysJudged} counts the days that had the metric's
 * figures, so "no data" is a window with none.</li>
 * <li>The comparison is exact (numerator against threshold × denominator): a value exactly at the
 * threshold meets GE and LE and breaches GT and LT, and the rounding of the shown value never
 * decides. The shown value may therefore read 95.0000 for a breached "≥ 95" whose exact value is
 * 94.99996.</li>
 * <li>Shortfall, for a breach: the gap to the threshold in percent of the threshold, exact and then
 * rounded UP to 4 decimals — rounding up keeps "shortfall over X %" tier decisions exact for any X
 * of up to 4 decimals. It is capped at {@link #MAX_SHORTFALL} (no tier goes above 100 %). A
 * threshold of 0 has no relative gap: a breach of it is a shortfall of 100 %, a complete miss.</li>
 * <li>Report missing: a DAILY window whose day's report was still missing past its due time, under
 * the rule that a missing report breaches the day's DAILY targets ({@code ReportLedger}), is
 * BREACHED with a shortfall of 100 % — a complete miss — and no measured value, unless the day is
 * exempt for the target. So the skipped upload of a bad day costs at least what the bad figures
 * would have; a later upload turns the day late and the re-evaluation judges its figures.</li>
 * </ul>
 * The caller passes the days of the contract version being judged only; days outside the window
 * are ignored. For the cost metrics {@code feesOfWindow} is the service fee of the same days as the
 * figures (a window with exempt days: the fee of its non-exempt days); null leaves them not judged.
 */
public final class SlaEvaluator {

    /** The largest shortfall recorded (fits DECIMAL(9,4); tiers never exceed 100 %). */
    public static final BigDecimal MAX_SHORTFALL = new BigDecimal("99999.9999");

    static final int SHORTFALL_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public WindowResult evaluate(int targetNo, SlaTarget target, Window window, SortedMap<LocalDate, KpiSums> days,
            BigDecimal feesOfWindow) {
        List<DateRange> exemptions = target.getExemptions();
        KpiSums sums = KpiSums.ZERO;
        int judged = 0;
        // Not days.subMap(window): the days are often a view of the contract's days in force, which a window
        // may run past (a contract ending or starting mid-week), and a view refuses keys beyond its range.
        for (Map.Entry<LocalDate, KpiSums> e : days.entrySet()) {
            if (e.getKey().isAfter(window.end())) {
                break;
            }
            if (!e.getKey().isBefore(window.start()) && !exempt(e.getKey(), exemptions) && e.getValue() != null
                    && !e.getValue().isEmpty()) {
                sums = sums.plus(e.getValue());
                judged += e.getValue().reports(target.getMetric()) ? 1 : 0;
            }
        }
        int exemptDays = 0;
        for (LocalDate d = window.start(); !d.isAfter(window.end()); d = d.plusDays(1)) {
            exemptDays += exempt(d, exemptions) ? 1 : 0;
        }
        long sample = sums.sample(target.getMetric());
        KpiSums.Ratio ratio = judged == 0 ? null : sums.ratio(target.getMetric(), feesOfWindow);
        BigDecimal measured = ratio == null ? null : sums.value(target.getMetric(), feesOfWindow);
        Outcome outcome;
        BigDecimal shortfall = null;
        if (ratio == null || sample < target.getMinimumSample()) {
            outcome = Outcome.NOT_JUDGED;
        } else if (meets(ratio.compareTo(target.getThreshold()), target.getComparator())) {
            outcome = Outcome.MET;
        } else {
            outcome = Outcome.BREACHED;
            shortfall = shortfall(ratio, target.getThreshold(), target.getComparator());
        }
        return new WindowResult(targetNo, target.getMetric(), window, target.getComparator(), target.getThreshold(),
                measured, sample, target.getMinimumSample(), judged, exemptDays, outcome, shortfall);
    }

    /**
     * As {@link #evaluate}, except that a DAILY window on one of {@code missingReports} (days whose
     * report is missing past its due time and breaches the day's targets) not exempt for the target
     * is {@link #reportMissing}.
     */
    public WindowResult evaluate(int targetNo, SlaTarget target, Window window, SortedMap<LocalDate, KpiSums> days,
            BigDecimal feesOfWindow, Set<LocalDate> missingReports) {
        return window.kind() == SlaWindow.DAILY
                && missingReports.contains(window.start()) && !exempt(window.start(), target.getExemptions())
                ? reportMissing(targetNo, target, window) : evaluate(targetNo, target, window, days, feesOfWindow);
    }

    /** A DAILY target on a day whose report is missing: BREACHED, a shortfall of 100 %, nothing measured. */
    public static WindowResult reportMissing(int targetNo, SlaTarget target, Window window) {
        return new WindowResult(targetNo, target.getMetric(), window, target.getComparator(), target.getThreshold(),
                null, 0, target.getMinimumSample(), 0, 0, Outcome.BREACHED, HUNDRED.setScale(SHORTFALL_SCALE), true);
    }

    /**
     * The target judged over each of its windows ({@link SlaWindows#windows}) that share a day with
     * [from, to], in date order; {@code feesOfWindow} gives the service fee of a window for the cost
     * metrics (it may answer null, and is not asked for the other metrics).
     */
    public List<WindowResult> evaluateAll(int targetNo, SlaTarget target, SettlementCycle cycle, LocalDate from,
            LocalDate to, SortedMap<LocalDate, KpiSums> days, Function<Window, BigDecimal> feesOfWindow) {
        boolean cost = target.getMetric().unit() == Metric.Unit.YUAN && target.getMetric() != Metric.AGENT_SALES;
        return SlaWindows.windows(target.getWindow(), cycle, from, to).stream()
                .map(w -> evaluate(targetNo, target, w, days, cost ? feesOfWindow.apply(w) : null)).toList();
    }

    static boolean exempt(LocalDate day, List<DateRange> exemptions) {
        for (DateRange r : exemptions) {
            if (!day.isBefore(r.getFrom()) && !day.isAfter(r.getTo())) {
                return true;
            }
        }
        return false;
    }

    private static boolean meets(int sign, Comparator comparator) {
        return switch (comparator) {
            case GE -> sign >= 0;
            case GT -> sign > 0;
            case LE -> sign <= 0;
            case LT -> sign < 0;
        };
    }

    private static BigDecimal shortfall(KpiSums.Ratio value, BigDecimal threshold, Comparator comparator) {
        if (threshold.signum() == 0) {
            return HUNDRED.setScale(SHORTFALL_SCALE);
        }
        BigDecimal target = threshold.multiply(value.denominator());
        boolean atLeast = comparator == Comparator.GE || comparator == Comparator.GT;
        BigDecimal gap = atLeast ? target.subtract(value.numerator()) : value.numerator().subtract(target);
        BigDecimal percent = gap.max(BigDecimal.ZERO).multiply(HUNDRED).divide(target, SHORTFALL_SCALE,
                RoundingMode.CEILING);
        return percent.min(MAX_SHORTFALL);
    }
}
