package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a settlement cycle's breaches and incidents into money through the contract's penalty
 * clauses (PRODUCT.md, "SLA targets, breaches and penalties").
 * <ul>
 * <li>Tiered %: a breached window costs the fee % of the highest tier whose "shortfall over" it
 * exceeds (a tier "over 0 %" applies to every breach, even one exactly at a strict threshold) —
 * as a share of the cycle fee × the window's days / the cycle's days (at most 1). A
 * SETTLEMENT_CYCLE window costs the whole %, a week in a 30-day month 7/30 of it, so thirty daily
 * breaches together cost what one breached month would, not thirty times the %.</li>
 * <li>Fixed: the target's agreed amount for each breached window.</li>
 * <li>Incidents: each recorded incident's amount.</li>
 * <li>Missing daily reports (under the fixed-fine rule): one line with the sum of the missed days'
 * fines, the days listed in its explanation.</li>
 * <li>Staffing shortfall: one line with the fine per missing agent-day × the missing agent-days of
 * the short days ({@link StaffingReconciliation}, waived days left out), the days listed in its
 * explanation. Like missed reports, it counts under the cap.</li>
 * <li>Cap: when agreed, the total never exceeds cap % × cycle fee; a CAP line (negative) brings it
 * down.</li>
 * <li>Consecutive breaches: per target, in window order, starting from the run carried in from the
 * cycles before; a BREACHED window extends the run, a MET window ends it, a NOT_JUDGED window
 * neither (no evidence either way), a provisional window (still running, {@link Outcome}) neither —
 * nor does it cost anything or count as judged. The termination right is flagged when a run of at least
 * {@code terminationAfterBreaches} stands at any point during the cycle.</li>
 * </ul>
 * The caller passes the cycle's results without waived ones; a window belongs to the cycle that
 * contains its last day ({@link #belongsTo}). Each line is rounded to the fen once ({@link Money}).
 */
public final class PenaltyCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** Whether a window's result counts in a cycle: the cycle holds the window's last day. */
    public static boolean belongsTo(Window window, Window cycle) {
        return cycle.contains(window.end());
    }

    public CyclePenalty cycle(Penalties clauses, Window cycle, BigDecimal cycleFee, List<WindowResult> results,
            Map<Integer, BigDecimal> fixedPerBreachByTarget, List<BigDecimal> incidentAmounts,
            Map<Integer, Integer> consecutiveBeforeByTarget) {
        return cycle(clauses, cycle, cycleFee, results, fixedPerBreachByTarget, incidentAmounts,
                consecutiveBeforeByTarget, new TreeMap<>());
    }

    /** @param missedReports the fine of each day of the cycle whose daily report is missing (fixed-fine rule) */
    public CyclePenalty cycle(Penalties clauses, Window cycle, BigDecimal cycleFee, List<WindowResult> results,
            Map<Integer, BigDecimal> fixedPerBreachByTarget, List<BigDecimal> incidentAmounts,
            Map<Integer, Integer> consecutiveBeforeByTarget, SortedMap<LocalDate, BigDecimal> missedReports) {
        return cycle(clauses, cycle, cycleFee, results, fixedPerBreachByTarget, incidentAmounts,
                consecutiveBeforeByTarget, missedReports, List.of());
    }

    /**
     * @param missedReports the fine of each day of the cycle whose daily report is missing (fixed-fine rule)
     * @param staffing the staffing days of the cycle's days in force ({@link StaffingReconciliation})
     */
    public CyclePenalty cycle(Penalties clauses, Window cycle, BigDecimal cycleFee, List<WindowResult> results,
            Map<Integer, BigDecimal> fixedPerBreachByTarget, List<BigDecimal> incidentAmounts,
            Map<Integer, Integer> consecutiveBeforeByTarget, SortedMap<LocalDate, BigDecimal> missedReports,
            List<StaffingDay> staffing) {
        Objects.requireNonNull(cycleFee, "cycleFee");
        List<WindowResult> ordered = results.stream()
                .sorted(Comparator.comparing((WindowResult r) -> r.window().start()).thenComparing(WindowResult::targetNo))
                .toList();
        List<PenaltyLine> lines = new ArrayList<>();
        BigDecimal breach = Money.ZERO;
        for (WindowResult r : ordered) {
            if (!r.breached()) {
                continue;
            }
            PenaltyLine tier = tierLine(clauses.getTiers(), cycle, cycleFee, r);
            if (tier != null) {
                lines.add(tier);
                breach = breach.add(tier.amount());
            }
            BigDecimal fixed = Money.fen(fixedPerBreachByTarget.get(r.targetNo()));
            if (fixed != null && fixed.signum() > 0) {
                lines.add(new PenaltyLine(r.targetNo(), r.window(), PenaltyLine.FIXED, fixed, "sla.penalty.fixed",
                        List.of(r.metric(), r.window().start(), r.window().end(), fixed)));
                breach = breach.add(fixed);
            }
        }
        PenaltyLine missed = missedReportsLine(cycle, missedReports);
        if (missed != null) {
            lines.add(missed);
            breach = breach.add(missed.amount());
        }
        PenaltyLine shortfall = staffingLine(cycle, staffing);
        if (shortfall != null) {
            lines.add(shortfall);
            breach = breach.add(shortfall.amount());
        }
        BigDecimal incident = Money.ZERO;
        for (int i = 0; i < incidentAmounts.size(); i++) {
            BigDecimal amount = Money.fen(incidentAmounts.get(i));
            if (amount != null && amount.signum() != 0) {
                lines.add(new PenaltyLine(0, cycle, PenaltyLine.INCIDENT, amount, "sla.penalty.incident",
                        List.of(i + 1, amount)));
                incident = incident.add(amount);
            }
        }
        BigDecimal before = breach.add(incident);
        BigDecimal cap = clauses.getCapPercent() == null ? null
                : Money.fen(clauses.getCapPercent().multiply(cycleFee).divide(HUNDRED, EXACT));
        BigDecimal total = before;
        if (cap != null && before.compareTo(cap) > 0) {
            lines.add(new PenaltyLine(0, cycle, PenaltyLine.CAP, cap.subtract(before), "sla.penalty.cap",
                    List.of(clauses.getCapPercent(), Money.fen(cycleFee), cap, before)));
            total = cap;
        }
        Runs runs = runs(ordered, consecutiveBeforeByTarget);
        Integer n = clauses.getTerminationAfterBreaches();
        int judged = (int) ordered.stream().filter(WindowResult::judged).count();
        int breached = (int) ordered.stream().filter(WindowResult::breached).count();
        return new CyclePenalty(lines, breach, incident, cap, total, judged, breached, runs.longest,
                n != null && runs.longest >= n, runs.after);
    }

    /** One line for the missed daily reports: the sum of their fines, the days listed; null for none. */
    static PenaltyLine missedReportsLine(Window cycle, SortedMap<LocalDate, BigDecimal> missedReports) {
        BigDecimal amount = Money.ZERO;
        for (BigDecimal fine : missedReports.values()) {
            amount = amount.add(Money.fen(fine));
        }
        if (amount.signum() == 0) {
            return null;
        }
        String days = missedReports.keySet().stream().map(LocalDate::toString)
                .collect(Collectors.joining(", "));
        return new PenaltyLine(0, cycle, PenaltyLine.MISSING_REPORTS, amount, "sla.penalty.missingReports",
                List.of(missedReports.size(), days, amount));
    }

    /**
     * One line for the short staffing days that carry a fine: Σ fine × missing agent-days (each day's
     * product rounded to the fen), the days listed with their missing agents; null for none.
     */
    static PenaltyLine staffingLine(Window cycle, List<StaffingDay> staffing) {
        BigDecimal amount = Money.ZERO;
        int missing = 0;
        List<String> days = new ArrayList<>();
        for (StaffingDay d : staffing) {
            if (!d.isShort() || d.fine() == null || d.fine().signum() <= 0) {
                continue;
            }
            amount = amount.add(Money.fen(d.fine().multiply(BigDecimal.valueOf(d.missing()))));
            missing += d.missing();
            days.add(d.day() + " (" + d.present() + "/" + d.committed() + ")");
        }
        if (amount.signum() == 0) {
            return null;
        }
        return new PenaltyLine(0, cycle, PenaltyLine.STAFFING_SHORTFALL, amount, "sla.penalty.staffingShortfall",
                List.of(missing, String.join(", ", days), amount));
    }

    private static PenaltyLine tierLine(List<PenaltyTier> tiers, Window cycle, BigDecimal cycleFee, WindowResult r) {
        PenaltyTier chosen = null;
        for (PenaltyTier t : tiers) {
            boolean applies = t.getShortfallOverPercent().signum() == 0
                    || r.shortfallPercent().compareTo(t.getShortfallOverPercent()) > 0;
            if (applies && (chosen == null
                    || t.getShortfallOverPercent().compareTo(chosen.getShortfallOverPercent()) > 0)) {
                chosen = t;
            }
        }
        if (chosen == null || chosen.getFeePercent().signum() == 0) {
            return null;
        }
        int cycleDays = cycle.days();
        int windowDays = Math.min(r.window().days(), cycleDays);
        BigDecimal amount = Money.fen(chosen.getFeePercent().multiply(cycleFee).multiply(BigDecimal.valueOf(windowDays))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(cycleDays)), EXACT));
        return new PenaltyLine(r.targetNo(), r.window(), PenaltyLine.TIER, amount, "sla.penalty.tier",
                List.of(r.metric(), r.window().start(), r.window().end(), r.shortfallPercent(),
                        chosen.getShortfallOverPercent(), chosen.getFeePercent(), Money.fen(cycleFee), windowDays,
                        cycleDays));
    }

    private record Runs(int longest, Map<Integer, Integer> after) {
    }

    private static Runs runs(List<WindowResult> ordered, Map<Integer, Integer> before) {
        Map<Integer, Integer> run = new TreeMap<>(before);
        int longest = run.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (WindowResult r : ordered) {
            switch (r.outcome()) {
                case BREACHED -> run.merge(r.targetNo(), 1, Integer::sum);
                case MET -> run.put(r.targetNo(), 0);
                case NOT_JUDGED -> run.putIfAbsent(r.targetNo(), 0);
                case PROVISIONAL_MET, PROVISIONAL_BREACHED, PROVISIONAL_NOT_JUDGED -> {
                    continue;
                }
            }
            longest = Math.max(longest, run.get(r.targetNo()));
        }
        return new Runs(longest, run);
    }
}
