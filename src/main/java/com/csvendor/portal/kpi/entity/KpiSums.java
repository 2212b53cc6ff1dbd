package com.csvendor.portal.kpi.entity;

import com.csvendor.portal.contract.entity.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sums of KPI records over any set of agent-days (a rollup row, a window, a period): the one
 * place where a KPI's value is computed from them. A rate is a ratio of sums (PRODUCT.md), a time
 * is weighted by the sessions it covers; never an average of daily values. Column order is
 * {@link #COLUMNS}, the same as {@code kpi_vendor_store_day} and {@code kpi_vendor_store_month}.
 */
public record KpiSums(long agentDays, long consultations, long received, long inquiries, long orders,
        long paidBuyers, long conversionPaid, long conversionBase, BigDecimal salesAmount, long refundCount,
        BigDecimal refundAmount, long returnsCount, long disputes, BigDecimal firstResponseWeighted,
        long firstResponseSessions, BigDecimal avgResponseWeighted, long avgResponseSessions,
        long responded3min, long responded3minBase, long responded30s, long responded30sBase, long ratings,
        long satisfied, long dissatisfied, BigDecimal onlineHours) {

    /** The rollup tables' sum columns, in the order of the record's components. */
    public static final String COLUMNS = "agent_days, consultations, received, inquiries, orders, paid_buyers,"
            + " conversion_paid, conversion_base, sales_amount, refund_count, refund_amount, returns_count,"
            + " disputes, first_response_weighted, first_response_sessions, avg_response_weighted,"
            + " avg_response_sessions, responded_3min, responded_3min_base, responded_30s, responded_30s_base,"
            + " ratings, satisfied, dissatisfied, online_hours";

    /** How many columns {@link #COLUMNS} names. */
    public static final int WIDTH = 25;

    /** Scale of a rate in percent (99.7143 %) and of a time in seconds. */
    public static final int RATE_SCALE = 4;
    public static final int TIME_SCALE = 2;
    /** Money per unit (cost per received customer) is shown to the fen. */
    public static final int MONEY_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final KpiSums ZERO = new KpiSums(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0,
            BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    /** Reads {@link #WIDTH} columns of a native query row from {@code offset}; NULL sums are 0. */
    public static KpiSums of(Object[] row, int offset) {
        int i = offset;
        return new KpiSums(n(row[i++]), n(row[i++]), n(row[i++]), n(row[i++]), n(row[i++]), n(row[i++]),
                n(row[i++]), n(row[i++]), d(row[i++]), n(row[i++]), d(row[i++]), n(row[i++]), n(row[i++]),
                d(row[i++]), n(row[i++]), d(row[i++]), n(row[i++]), n(row[i++]), n(row[i++]), n(row[i++]),
                n(row[i++]), n(row[i++]), n(row[i++]), n(row[i++]), d(row[i]));
    }

    public KpiSums plus(KpiSums o) {
        return new KpiSums(agentDays + o.agentDays, consultations + o.consultations, received + o.received,
                inquiries + o.inquiries, orders + o.orders, paidBuyers + o.paidBuyers,
                conversionPaid + o.conversionPaid, conversionBase + o.conversionBase,
                salesAmount.add(o.salesAmount), refundCount + o.refundCount, refundAmount.add(o.refundAmount),
                returnsCount + o.returnsCount, disputes + o.disputes,
                firstResponseWeighted.add(o.firstResponseWeighted), firstResponseSessions + o.firstResponseSessions,
                avgResponseWeighted.add(o.avgResponseWeighted), avgResponseSessions + o.avgResponseSessions,
                responded3min + o.responded3min, responded3minBase + o.responded3minBase,
                responded30s + o.responded30s, responded30sBase + o.responded30sBase, ratings + o.ratings,
                satisfied + o.satisfied, dissatisfied + o.dissatisfied, onlineHours.add(o.onlineHours));
    }

    public boolean isEmpty() {
        return agentDays == 0;
    }

    /**
     * The metric's value over these sums, or {@code null} when its base is 0 (nothing to judge).
     * The cost metrics need the fees of the same period; the others ignore {@code fees}. Rates are
     * rounded to {@link #RATE_SCALE}, times to {@link #TIME_SCALE}, money per unit to
     * {@link #MONEY_SCALE}; compare with {@link #ratio} when the rounding must not decide.
     */
    public BigDecimal value(Metric metric, BigDecimal fees) {
        Ratio r = ratio(metric, fees);
        return r == null ? null : r.rounded(switch (metric.unit()) {
            case PERCENT -> RATE_SCALE;
            case SECONDS -> TIME_SCALE;
            case YUAN -> MONEY_SCALE;
        });
    }

    /**
     * The metric's exact value as numerator / denominator, before any rounding, or {@code null}
     * when its base is 0. Rates are in percent (the numerator is the count × 100).
     */
    public Ratio ratio(Metric metric, BigDecimal fees) {
        return switch (metric) {
            case CONVERSION_RATE -> percent(conversionPaid, conversionBase);
            case FIRST_RESPONSE_SECONDS -> weighted(firstResponseWeighted, firstResponseSessions);
            case AVERAGE_RESPONSE_SECONDS -> weighted(avgResponseWeighted, avgResponseSessions);
            case RESPONSE_3MIN_RATE -> percent(responded3min, responded3minBase);
            case RESPONSE_30S_RATE -> percent(responded30s, responded30sBase);
            case REFUND_RATE -> percent(refundCount, paidBuyers);
            case RETURN_RATE -> percent(returnsCount, paidBuyers);
            case DISPUTE_RATE -> percent(disputes, paidBuyers);
            case SATISFACTION_RATE -> percent(satisfied, ratings);
            case AGENT_SALES -> agentDays == 0 ? null : new Ratio(salesAmount, BigDecimal.ONE);
            case COST_PER_RECEIVED -> perUnit(fees, received);
            case COST_PER_PAID_ORDER -> perUnit(fees, paidBuyers);
        };
    }

    /** An exact value: {@code numerator / denominator}, the denominator always positive. */
    public record Ratio(BigDecimal numerator, BigDecimal denominator) {

        /** The value rounded HALF_UP to {@code scale}; a whole amount (denominator 1) as it is. */
        public BigDecimal rounded(int scale) {
            return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator
                    : numerator.divide(denominator, scale, RoundingMode.HALF_UP);
        }

        /** The sign of {@code value − x}, exactly: no rounding decides a comparison. */
        public int compareTo(BigDecimal x) {
            return numerator.compareTo(x.multiply(denominator));
        }
    }

    /**
     * The sample a metric's value rests on — its denominator (sessions, ratings, inquiries…) — which
     * an SLA target's minimum sample is compared with. For agent sales, the agent-days.
     */
    public long sample(Metric metric) {
        return switch (metric) {
            case CONVERSION_RATE -> conversionBase;
            case FIRST_RESPONSE_SECONDS -> firstResponseSessions;
            case AVERAGE_RESPONSE_SECONDS -> avgResponseSessions;
            case RESPONSE_3MIN_RATE -> responded3minBase;
            case RESPONSE_30S_RATE -> responded30sBase;
            case REFUND_RATE, RETURN_RATE, DISPUTE_RATE, COST_PER_PAID_ORDER -> paidBuyers;
            case SATISFACTION_RATE -> ratings;
            case AGENT_SALES -> agentDays;
            case COST_PER_RECEIVED -> received;
        };
    }

    private static Ratio percent(long part, long base) {
        return base == 0 ? null : new Ratio(BigDecimal.valueOf(part).multiply(HUNDRED), BigDecimal.valueOf(base));
    }

    private static Ratio weighted(BigDecimal weighted, long sessions) {
        return sessions == 0 ? null : new Ratio(weighted, BigDecimal.valueOf(sessions));
    }

    private static Ratio perUnit(BigDecimal fees, long units) {
        return fees == null || units == 0 ? null : new Ratio(fees, BigDecimal.valueOf(units));
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal d(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
