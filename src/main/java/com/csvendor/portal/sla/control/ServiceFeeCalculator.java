package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.Surcharge;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service fee of a period under one contract version's fee terms, line by line (PRODUCT.md,
 * "Contract terms"): what tiered SLA penalties are a share of, and the fee lines of a settlement
 * statement. The caller passes the days in service split into {@link MonthPart}s (each inside one
 * calendar month; splitting also at promotion surcharge boundaries makes surcharges exact).
 * <ul>
 * <li>SEAT_MONTHLY: per calendar month, seat price × agent-days / days in that month — a seat is
 * paid for the days an agent served (agent-days come from the KPI sums).</li>
 * <li>PER_SESSION: graduated tiers over the customers received in the whole call (pass one
 * settlement cycle): the first {@code upTo} customers at the first price, the next at the second…</li>
 * <li>COMMISSION: commission % of agent sales over the whole call, net of the refund amount when the
 * contract says so (never below 0).</li>
 * <li>BASE_PLUS_COMMISSION: base per agent prorated like seats, plus the commission.</li>
 * <li>HOURLY: per month, online hours × hourly rate; with overtime agreed, the hours beyond the
 * contracted hours are paid on the overtime line instead.</li>
 * <li>Overtime (any model): per month, online hours beyond contracted hours per agent × agent-days /
 * days in the month, rounded to 0.01 h, × overtime rate — counting only the agent-days that reported
 * online hours (an agent-day without them is no figure, not 0 hours); when none of the month's
 * agent-days reported them, overtime is not computed and its ¥0.00 line says so.</li>
 * <li>Promotion surcharges: uplift % of the model's fee of the days they cover (not of overtime or of
 * another surcharge; two overlapping surcharges each apply to the model's fee). On short promotion
 * days whose contract withholds the surcharge, the surcharge of those days is not earned: a
 * SURCHARGE_WITHHELD line (negative) takes it back, the days listed. The fee of a part
 * is its own for seats, base, commission and hours; a per-session fee is shared among parts by
 * customers received. A part only partly covered counts pro rata by days. Days whose net commission
 * is negative (refunds above sales) raise nothing.</li>
 * <li>Minimum monthly fee: per month, the minimum × days in service / days in the month; when the
 * month's fees (model, overtime, surcharges) are below it, a top-up line makes up the difference.</li>
 * </ul>
 * Temporary agents per agent-day are not charged here: the KPI rows do not say which agent-days
 * were temporary agents, so that line belongs to the settlement statement, which records them.
 * Each line is rounded once ({@link Money#fen}); the total is the sum of the rounded lines.
 */
public final class ServiceFeeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT = MathContext.DECIMAL128;

    public FeeBreakdown fees(Fees fees, List<MonthPart> parts) {
        return fees(fees, parts, Set.of());
    }

    /**
     * @param withheld short promotion days whose surcharge is not earned ({@link StaffingDay#surchargeWithheld});
     *        pass parts split at them ({@link MonthParts#split(Fees, LocalDate, LocalDate, KpiDays, Set)})
     */
    public FeeBreakdown fees(Fees fees, List<MonthPart> parts, Set<LocalDate> withheld) {
        Run run = new Run(fees, parts, withheld);
        switch (fees.getModel()) {
            case SEAT_MONTHLY -> run.prorated(FeeLine.SEAT, "sla.fee.seat", fees.getSeatPrice());
            case BASE_PLUS_COMMISSION -> {
                run.prorated(FeeLine.BASE, "sla.fee.base", fees.getBasePerAgent());
                run.commission();
            }
            case COMMISSION -> run.commission();
            case PER_SESSION -> run.sessions();
            case HOURLY -> run.hourly();
        }
        run.overtime();
        run.surcharges();
        run.minimum();
        BigDecimal total = run.lines.stream().map(FeeLine::amount).reduce(Money.ZERO, BigDecimal::add);
        return new FeeBreakdown(run.lines, total);
    }

    /** The state of one calculation: parts in date order, grouped by month, and each part's model fee. */
    private static final class Run {

        private final Fees fees;
        private final List<MonthPart> parts;
        private final Map<YearMonth, List<Integer>> months = new LinkedHashMap<>();
        private final BigDecimal[] partFee;
        private final Map<YearMonth, BigDecimal> monthExtra = new LinkedHashMap<>();
        private final List<FeeLine> lines = new ArrayList<>();
        private final Set<LocalDate> withheld;

        Run(Fees fees, List<MonthPart> parts, Set<LocalDate> withheld) {
            this.fees = fees;
            this.withheld = withheld;
            this.parts = parts.stream().sorted(Comparator.comparing(MonthPart::from)).toList();
            for (int i = 1; i < this.parts.size(); i++) {
                if (!this.parts.get(i).from().isAfter(this.parts.get(i - 1).to())) {
                    throw new IllegalArgumentException("month parts overlap at " + this.parts.get(i).from());
                }
            }
            for (int i = 0; i < this.parts.size(); i++) {
                months.computeIfAbsent(this.parts.get(i).month(), m -> new ArrayList<>()).add(i);
            }
            partFee = new BigDecimal[this.parts.size()];
            Arrays.fill(partFee, BigDecimal.ZERO);
            months.keySet().forEach(m -> monthExtra.put(m, BigDecimal.ZERO));
        }

        void prorated(String type, String key, BigDecimal price) {
            BigDecimal rate = price == null ? BigDecimal.ZERO : price;
            months.forEach((month, idx) -> {
                long agentDays = 0;
                int dim = month.lengthOfMonth();
                for (int i : idx) {
                    long ad = parts.get(i).sums().agentDays();
                    agentDays += ad;
                    partFee[i] = partFee[i].add(rate.multiply(BigDecimal.valueOf(ad)).divide(BigDecimal.valueOf(dim), EXACT));
                }
                if (agentDays > 0) {
                    BigDecimal exact = rate.multiply(BigDecimal.valueOf(agentDays)).divide(BigDecimal.valueOf(dim), EXACT);
                    lines.add(new FeeLine(type, BigDecimal.valueOf(agentDays), rate, Money.fen(exact), key,
                            List.of(agentDays, rate, dim, month.toString())));
                }
            });
        }

        void commission() {
            BigDecimal percent = fees.getCommissionPercent() == null ? BigDecimal.ZERO : fees.getCommissionPercent();
            boolean net = fees.isCommissionNetOfRefunds();
            if (unknownBase(percent, net)) {
                return;
            }
            BigDecimal sales = BigDecimal.ZERO;
            BigDecimal refunds = BigDecimal.ZERO;
            BigDecimal[] base = new BigDecimal[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal s = parts.get(i).sums().salesAmount();
                BigDecimal r = parts.get(i).sums().refundAmount();
                sales = sales.add(s);
                refunds = refunds.add(r);
                base[i] = net ? s.subtract(r) : s;
            }
            BigDecimal total = net ? sales.subtract(refunds) : sales;
            boolean positive = total.signum() > 0;
            BigDecimal commissionable = positive ? total : BigDecimal.ZERO;
            for (int i = 0; i < parts.size(); i++) {
                if (positive) {
                    partFee[i] = partFee[i].add(base[i].multiply(percent).divide(HUNDRED, EXACT));
                }
            }
            BigDecimal amount = Money.fen(commissionable.multiply(percent).divide(HUNDRED, EXACT));
            lines.add(net
                    ? new FeeLine(FeeLine.COMMISSION, commissionable, percent, amount, "sla.fee.commissionNet",
                            List.of(commissionable, percent, sales, refunds))
                    : new FeeLine(FeeLine.COMMISSION, commissionable, percent, amount, "sla.fee.commission",
                            List.of(commissionable, percent)));
        }

        /**
         * No figure is not zero: without any sales figure the commission's base is unknown, and so
         * is a commission net of refunds when no report of the period gives refund amounts. Charging
         * the gross would reward leaving the refund column out; charging on "0" would be a
         * plausible wrong number. The line is added at ¥0.00 with a text that says why, so the
         * statement shows it and finance can settle it by adjustment once the figures are there.
         */
        private boolean unknownBase(BigDecimal percent, boolean net) {
            boolean salesKnown = parts.stream().anyMatch(p -> p.sums().sum(KpiSums.SALES_AMOUNT) != null);
            boolean refundsKnown = parts.stream().anyMatch(p -> p.sums().sum(KpiSums.REFUND_AMOUNT) != null);
            if (salesKnown && (!net || refundsKnown)) {
                return false;
            }
            BigDecimal sales = parts.stream().map(p -> p.sums().salesAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(salesKnown
                    ? new FeeLine(FeeLine.COMMISSION, BigDecimal.ZERO, percent, Money.fen(BigDecimal.ZERO),
                            "sla.fee.commissionNetNoRefunds", List.of(percent, sales))
                    : new FeeLine(FeeLine.COMMISSION, BigDecimal.ZERO, percent, Money.fen(BigDecimal.ZERO),
                            "sla.fee.commissionNoSales", List.of(percent)));
            return true;
        }

        void sessions() {
            if (parts.stream().anyMatch(p -> !p.sums().isEmpty())
                    && parts.stream().allMatch(p -> p.sums().count(KpiSums.RECEIVED) == null)) {
                // Agents worked but no report counts the customers received: unknown, not 0 sessions.
                lines.add(new FeeLine(FeeLine.SESSIONS, BigDecimal.ZERO, BigDecimal.ZERO, Money.fen(BigDecimal.ZERO),
                        "sla.fee.sessionsNoFigures", List.of()));
                return;
            }
            long received = parts.stream().mapToLong(p -> p.sums().received()).sum();
            BigDecimal exact = BigDecimal.ZERO;
            long below = 0;
            for (SessionTier tier : fees.getSessionTiers()) {
                long upTo = tier.getUpTo() == null ? Long.MAX_VALUE : tier.getUpTo();
                long quantity = Math.max(0, Math.min(received, upTo) - below);
                if (quantity > 0) {
                    BigDecimal amount = tier.getPrice().multiply(BigDecimal.valueOf(quantity));
                    exact = exact.add(amount);
                    lines.add(tier.getUpTo() == null
                            ? new FeeLine(FeeLine.SESSIONS, BigDecimal.valueOf(quantity), tier.getPrice(),
                                    Money.fen(amount), "sla.fee.sessionsAbove", List.of(quantity, tier.getPrice(), below + 1))
                            : new FeeLine(FeeLine.SESSIONS, BigDecimal.valueOf(quantity), tier.getPrice(),
                                    Money.fen(amount), "sla.fee.sessions",
                                    List.of(quantity, tier.getPrice(), below + 1, upTo)));
                }
                if (upTo == Long.MAX_VALUE) {
                    break;
                }
                below = upTo;
            }
            for (int i = 0; i < parts.size() && received > 0; i++) {
                partFee[i] = partFee[i].add(exact.multiply(BigDecimal.valueOf(parts.get(i).sums().received()))
                        .divide(BigDecimal.valueOf(received), EXACT));
            }
        }

        void hourly() {
            BigDecimal rate = fees.getHourlyRate() == null ? BigDecimal.ZERO : fees.getHourlyRate();
            months.forEach((month, idx) -> {
                if (idx.stream().anyMatch(i -> !parts.get(i).sums().isEmpty())
                        && idx.stream().allMatch(i -> parts.get(i).sums().sum(KpiSums.ONLINE_HOURS) == null)) {
                    // Agents worked but no report gives online hours: unknown, not 0 hours.
                    lines.add(new FeeLine(FeeLine.HOURLY, BigDecimal.ZERO, rate, Money.fen(BigDecimal.ZERO),
                            "sla.fee.hourlyNoFigures", List.of(rate, month.toString())));
                    return;
                }
                BigDecimal hours = hours(idx);
                if (hours.signum() <= 0) {
                    return;
                }
                BigDecimal over = overtimeHours(month, idx);
                BigDecimal paid = over == null ? hours : hours.subtract(over);
                for (int i : idx) {
                    partFee[i] = partFee[i].add(rate.multiply(paid).multiply(parts.get(i).sums().onlineHours())
                            .divide(hours, EXACT));
                }
                lines.add(new FeeLine(FeeLine.HOURLY, paid, rate, Money.fen(paid.multiply(rate)), "sla.fee.hourly",
                        List.of(paid, rate, month.toString())));
            });
        }

        /**
         * Missing is not zero: the hours are compared with the contracted hours of the agent-days that
         * reported online hours only. With none reporting, overtime is not computed (a ¥0.00 line that
         * says so); with some, the line says how many of the month's agent-days reported.
         */
        void overtime() {
            BigDecimal rate = fees.getOvertimeRate();
            months.forEach((month, idx) -> {
                BigDecimal over = overtimeHours(month, idx);
                long agentDays = idx.stream().mapToLong(i -> parts.get(i).sums().agentDays()).sum();
                long reported = reportedDays(idx);
                if (over == null || agentDays == 0) {
                    return;
                }
                if (reported == 0) {
                    lines.add(new FeeLine(FeeLine.OVERTIME, BigDecimal.ZERO, rate, Money.fen(BigDecimal.ZERO),
                            "sla.fee.overtimeNoFigures", List.of(rate, month.toString(), agentDays)));
                    return;
                }
                boolean partial = reported < agentDays;
                if (over.signum() > 0 || partial) {
                    BigDecimal amount = Money.fen(over.multiply(rate));
                    monthExtra.merge(month, amount, BigDecimal::add);
                    List<Object> args = new ArrayList<>(List.of(over, rate, month.toString(), hours(idx),
                            contractedHours(month, idx).setScale(2, RoundingMode.HALF_UP)));
                    if (partial) {
                        args.addAll(List.of(reported, agentDays));
                    }
                    lines.add(new FeeLine(FeeLine.OVERTIME, over, rate, amount,
                            partial ? "sla.fee.overtimePartial" : "sla.fee.overtime", args));
                }
            });
        }

        void surcharges() {
            for (Surcharge s : fees.getSurcharges()) {
                BigDecimal base = BigDecimal.ZERO;
                BigDecimal withheldBase = BigDecimal.ZERO;
                List<LocalDate> withheldDays = new ArrayList<>();
                Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
                for (int i = 0; i < parts.size(); i++) {
                    MonthPart p = parts.get(i);
                    int covered = p.overlapDays(s.getFrom(), s.getTo());
                    if (covered > 0) {
                        BigDecimal share = partFee[i].multiply(BigDecimal.valueOf(covered))
                                .divide(BigDecimal.valueOf(p.days()), EXACT);
                        base = base.add(share);
                        boolean kept = !(p.days() == 1 && withheld.contains(p.from()));
                        if (kept) {
                            byMonth.merge(p.month(), share.multiply(s.getUpliftPercent()).divide(HUNDRED, EXACT),
                                    BigDecimal::add);
                        } else if (share.signum() > 0) {
                            withheldBase = withheldBase.add(share);
                            withheldDays.add(p.from());
                        }
                    }
                }
                // Days whose commission is net negative (refunds above sales) raise nothing: an uplift
                // never lowers a fee.
                if (base.signum() <= 0 || s.getUpliftPercent().signum() == 0) {
                    continue;
                }
                byMonth.forEach((m, amount) -> monthExtra.merge(m, amount, BigDecimal::add));
                BigDecimal amount = Money.fen(base.multiply(s.getUpliftPercent()).divide(HUNDRED, EXACT));
                lines.add(new FeeLine(FeeLine.SURCHARGE, Money.fen(base), s.getUpliftPercent(), amount, "sla.fee.surcharge",
                        List.of(s.getName(), s.getUpliftPercent(), Money.fen(base), s.getFrom(), s.getTo())));
                BigDecimal back = Money.fen(withheldBase.multiply(s.getUpliftPercent()).divide(HUNDRED, EXACT));
                if (back.signum() > 0) {
                    String days = withheldDays.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
                    lines.add(new FeeLine(FeeLine.SURCHARGE_WITHHELD, Money.fen(withheldBase), s.getUpliftPercent(),
                            back.negate(), "sla.fee.surchargeWithheld",
                            List.of(s.getName(), s.getUpliftPercent(), Money.fen(withheldBase), withheldDays.size(),
                                    days)));
                }
            }
        }

        void minimum() {
            BigDecimal minimum = fees.getMinimumMonthlyFee();
            if (minimum == null || minimum.signum() <= 0) {
                return;
            }
            months.forEach((month, idx) -> {
                int covered = idx.stream().mapToInt(i -> parts.get(i).days()).sum();
                int dim = month.lengthOfMonth();
                BigDecimal owed = minimum.multiply(BigDecimal.valueOf(covered)).divide(BigDecimal.valueOf(dim), EXACT);
                BigDecimal earned = monthExtra.get(month);
                for (int i : idx) {
                    earned = earned.add(partFee[i]);
                }
                BigDecimal topUp = owed.subtract(earned);
                if (topUp.signum() > 0 && Money.fen(topUp).signum() > 0) {
                    lines.add(new FeeLine(FeeLine.MINIMUM_TOP_UP, BigDecimal.valueOf(covered), minimum, Money.fen(topUp),
                            "sla.fee.minimum", List.of(Money.fen(owed), minimum, covered, dim, Money.fen(earned),
                                    month.toString())));
                }
            });
        }

        private BigDecimal hours(List<Integer> idx) {
            BigDecimal hours = BigDecimal.ZERO;
            for (int i : idx) {
                hours = hours.add(parts.get(i).sums().onlineHours());
            }
            return hours;
        }

        /**
         * Online hours of the month beyond its contracted hours, rounded to 0.01 h (0 when none), or
         * null when no overtime is agreed.
         */
        private BigDecimal overtimeHours(YearMonth month, List<Integer> idx) {
            BigDecimal contracted = contractedHours(month, idx);
            return contracted == null ? null
                    : hours(idx).subtract(contracted).setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ZERO.setScale(2));
        }

        /**
         * Contracted hours of the month's agent-days that reported online hours, or null when no
         * overtime is agreed.
         */
        private BigDecimal contractedHours(YearMonth month, List<Integer> idx) {
            BigDecimal perAgent = fees.getContractedHoursPerAgent();
            BigDecimal rate = fees.getOvertimeRate();
            if (perAgent == null || perAgent.signum() <= 0 || rate == null || rate.signum() <= 0) {
                return null;
            }
            return perAgent.multiply(BigDecimal.valueOf(reportedDays(idx)))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), EXACT);
        }

        /** The agent-days of the parts that reported online hours. */
        private long reportedDays(List<Integer> idx) {
            return idx.stream().mapToLong(i -> parts.get(i).sums().onlineHoursDays()).sum();
        }
    }
}
