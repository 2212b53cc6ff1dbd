package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * The one calculation of a settlement cycle's money, container-free: what the SLA cycles
 * ({@link CyclePenalties}), the statements, the comparison's fees and cost per customer
 * ({@link PeriodFees}) and the cost-based SLA targets ({@link SlaEvaluation}) all use.
 * <ul>
 * <li>Service fee: per contract version in force ({@code ContractDates} segments, stopping at the
 * last day in force), the {@link ServiceFeeCalculator} lines of its days split by month
 * ({@link MonthParts}); graduated session tiers count over the whole cycle, so a later segment goes
 * on from the customers charged per session in the earlier ones ({@link CycleTiers}; customers of a
 * segment under another model were paid for otherwise). The fee is the sum of the lines.</li>
 * <li>Penalties: {@link PenaltyCalculator} under the governing version's clauses (in force on the
 * cycle's last day in force) as shares of that fee — tiers, fixed amounts per breached window,
 * incidents, the cap — with the runs of consecutive breaches carried in from the cycle before. A
 * window starting after the cycle's last day in force (judged before a termination was recorded)
 * counts for nothing. Daily reports missing under the fixed-fine rule cost their fines, on the
 * cycle's days in force only; so do short staffing days ({@link StaffingReconciliation}: the fine
 * per missing agent-day, under the cap), and a promotion surcharge is not earned on short promotion
 * days when the contract says so (a SURCHARGE_WITHHELD fee line, before the penalties' shares).</li>
 * <li>The fee of any period ({@link #feesOver}): per cycle sharing a day with it, the fee of the
 * cycle's days inside the period, short promotion days' surcharge withheld as in the cycle.</li>
 * </ul>
 * Every line is rounded once, to the fen ({@link Money#fen}); totals are sums of lines.
 */
public final class CycleCalculator {

    /** One version's fee lines over its days of the cycle, and their sum. */
    public record SegmentFees(FeeSegment segment, List<FeeLine> lines, BigDecimal total) {

        public SegmentFees {
            lines = List.copyOf(lines);
        }
    }

    /** The service fee of a cycle's days, segment by segment; {@code total} is the sum of every line. */
    public record CycleFees(List<SegmentFees> segments, BigDecimal total) {

        public CycleFees {
            segments = List.copyOf(segments);
        }
    }

    /** A cycle's service fee and its penalties (lines, cap, total, judged and breached windows, runs). */
    public record CycleMoney(CycleFees fees, CyclePenalty penalties) {

        public BigDecimal serviceFee() {
            return fees.total();
        }
    }

    private final ServiceFeeCalculator feeCalculator = new ServiceFeeCalculator();
    private final PenaltyCalculator penaltyCalculator = new PenaltyCalculator();

    public CycleMoney money(CycleInput in) {
        LocalDate lastDay = in.segments().isEmpty() ? in.cycle().end()
                : in.segments().get(in.segments().size() - 1).to();
        LocalDate firstDay = in.segments().isEmpty() ? in.cycle().start() : in.segments().get(0).from();
        List<StaffingDay> staffing = in.staffing().stream()
                .filter(d -> !d.day().isBefore(firstDay) && !d.day().isAfter(lastDay)).toList();
        CycleFees fees = fees(in.segments(), in.days(), withheld(staffing, firstDay, lastDay));
        List<WindowResult> results = in.results().stream()
                .filter(r -> PenaltyCalculator.belongsTo(r.window(), in.cycle()))
                .filter(r -> !r.window().start().isAfter(lastDay)).toList();
        CyclePenalty penalties = penaltyCalculator.cycle(in.penalties(), in.cycle(), fees.total(), results,
                in.fixedPerBreach(), in.incidents(), in.carried(),
                in.missedReports().subMap(firstDay, lastDay.plusDays(1)), staffing);
        return new CycleMoney(fees, penalties);
    }

    /** The days from {@code from} to {@code to} whose promotion surcharge is not earned ({@link StaffingDay#surchargeWithheld}). */
    static Set<LocalDate> withheld(List<StaffingDay> staffing, LocalDate from, LocalDate to) {
        return staffing.stream().filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .filter(StaffingDay::surchargeWithheld).map(StaffingDay::day)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The fee lines of days of one cycle, version by version (segments in date order, inside one cycle). */
    public CycleFees fees(List<FeeSegment> segments, KpiDays days) {
        return fees(segments, days, Set.of());
    }

    /** As {@link #fees(List, KpiDays)}, the promotion surcharge of the {@code withheld} days not earned. */
    public CycleFees fees(List<FeeSegment> segments, KpiDays days, Set<LocalDate> withheld) {
        List<SegmentFees> out = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        long receivedBefore = 0;
        for (FeeSegment s : segments) {
            List<MonthPart> parts = MonthParts.split(s.fees(), s.from(), s.to(), days, withheld);
            boolean sessions = s.fees().getModel() == FeeModel.PER_SESSION;
            boolean continued = sessions && receivedBefore > 0;
            FeeBreakdown b = feeCalculator.fees(continued ? CycleTiers.after(s.fees(), receivedBefore) : s.fees(),
                    parts, withheld);
            List<FeeLine> lines = b.lines();
            if (continued) {
                long before = receivedBefore;
                lines = lines.stream().map(l -> FeeLine.SESSIONS.equals(l.type()) ? new FeeLine(l.type(),
                        l.quantity(), l.rate(), l.amount(), l.explanationKey(), CycleTiers.renumbered(l.args(), before))
                        : l).toList();
            }
            out.add(new SegmentFees(s, lines, b.total()));
            total = total.add(b.total());
            if (sessions) {
                receivedBefore += parts.stream().mapToLong(p -> p.sums().received()).sum();
            }
        }
        return new CycleFees(out, total);
    }

    /**
     * The service fee of a contract over the days from {@code from} to {@code to}: per settlement
     * cycle sharing a day with them, the fee of the cycle's days inside them (a cycle cut by an edge
     * of the period is computed on its days inside the period), the promotion surcharge of short days
     * withheld as in {@link #money}.
     *
     * @param staffing the contract's staffing days covering the period ({@link StaffingReconciliation})
     */
    public <V> BigDecimal feesOver(ContractDates<V> dates, Function<V, Fees> feesOf, LocalDate from, LocalDate to,
            KpiDays days, List<StaffingDay> staffing) {
        BigDecimal total = Money.ZERO;
        for (ContractDates.Cycle c : dates.cycles(from, to)) {
            LocalDate a = c.start().isBefore(from) ? from : c.start();
            LocalDate b = c.end().isAfter(to) ? to : c.end();
            List<FeeSegment> segments = dates.segments(a, b).stream()
                    .map(s -> new FeeSegment(s.number(), feesOf.apply(s.version()), s.from(), s.to())).toList();
            total = total.add(fees(segments, days, withheld(staffing, a, b)).total());
        }
        return total;
    }

    /** The fixed penalty per breached window of a version's targets, by target number (from 1, as evaluated). */
    public static Map<Integer, BigDecimal> fixedPerBreach(ContractTerms terms) {
        Map<Integer, BigDecimal> fixed = new HashMap<>();
        List<SlaTarget> targets = terms.getSlaTargets();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).getPenaltyPerBreach() != null) {
                fixed.put(i + 1, targets.get(i).getPenaltyPerBreach());
            }
        }
        return fixed;
    }
}
