package com.csvendor.portal.kpi.entity;

import com.csvendor.portal.contract.entity.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The sums of KPI records over any set of agent-days (a rollup row, a window, a period): the one
 * place where a KPI's value is computed from them. Column order is {@link #NAMES}, the same as
 * {@code kpi_vendor_store_day} and {@code kpi_vendor_store_month}; how each column is computed from
 * the agent-day records is defined once, in {@code kpi.control.RollupColumns}.
 * <ul>
 * <li><b>No figure is not zero.</b> A sum is {@code null} when none of its agent-days reported the
 * field (SQL's SUM over NULLs), and stays null when added to another null. A metric none of whose
 * agent-days had the figures it needs has no value ({@link #value} answers null), so pages show
 * "—", SLA windows are not judged and scorecards give no credit.</li>
 * <li><b>Ratio of sums over the rows that report both.</b> A rate is Σ numerator / Σ base over the
 * agent-days that report both its count and its base (conversion: paid buyers / inquiries; refund:
 * refunds / paid buyers…), never an average of daily rates; an agent-day that reports only one of
 * the two adds to neither, so a mix of files with and without a field does not dilute the rate.
 * A time is weighted by the sessions it covers.</li>
 * <li><b>Reported rates without counts still count.</b> For conversion, the 3-minute and 30-second
 * response rates and satisfaction, an agent-day whose export gives the rate but not the count pair
 * behind it (JD's 满意度 without a number of ratings) adds rate × base to the numerator and base to
 * the denominator, the base being the metric's own (inquiries, received, ratings) where reported,
 * else the customers received. So the rate over a mix is
 * (Σ count × 100 + Σ rate × base) / (Σ count base + Σ reported base), both parts weighted by
 * their customers. An agent-day with a rate and no base at all (not even received) cannot be
 * weighted and is left out.</li>
 * </ul>
 */
public final class KpiSums {

    /** The rollup tables' sum columns, in order. */
    public static final List<String> NAMES = List.of("agent_days", "consultations", "received", "inquiries", "orders",
            "paid_buyers", "conversion_paid", "conversion_base", "sales_amount", "refund_count", "refund_amount",
            "returns_count", "disputes", "first_response_weighted", "first_response_sessions", "avg_response_weighted",
            "avg_response_sessions", "responded_3min", "responded_3min_base", "responded_30s", "responded_30s_base",
            "ratings", "satisfied", "dissatisfied", "online_hours", "refund_part", "refund_base", "return_part",
            "return_base", "dispute_part", "dispute_base", "satisfaction_part", "satisfaction_base",
            "conversion_reported", "conversion_reported_base", "responded_3min_reported",
            "responded_3min_reported_base", "responded_30s_reported", "responded_30s_reported_base",
            "satisfaction_reported", "satisfaction_reported_base", "online_hours_days");

    /** {@link #NAMES} comma-separated, for SQL. */
    public static final String COLUMNS = String.join(", ", NAMES);

    /** How many columns {@link #COLUMNS} names. */
    public static final int WIDTH = NAMES.size();

    public static final int AGENT_DAYS = 0;
    public static final int CONSULTATIONS = 1;
    public static final int RECEIVED = 2;
    public static final int INQUIRIES = 3;
    public static final int ORDERS = 4;
    public static final int PAID_BUYERS = 5;
    public static final int CONVERSION_PAID = 6;
    public static final int CONVERSION_BASE = 7;
    public static final int SALES_AMOUNT = 8;
    public static final int REFUND_COUNT = 9;
    public static final int REFUND_AMOUNT = 10;
    public static final int RETURNS_COUNT = 11;
    public static final int DISPUTES = 12;
    public static final int FIRST_RESPONSE_WEIGHTED = 13;
    public static final int FIRST_RESPONSE_SESSIONS = 14;
    public static final int AVG_RESPONSE_WEIGHTED = 15;
    public static final int AVG_RESPONSE_SESSIONS = 16;
    public static final int RESPONDED_3MIN = 17;
    public static final int RESPONDED_3MIN_BASE = 18;
    public static final int RESPONDED_30S = 19;
    public static final int RESPONDED_30S_BASE = 20;
    public static final int RATINGS = 21;
    public static final int SATISFIED = 22;
    public static final int DISSATISFIED = 23;
    public static final int ONLINE_HOURS = 24;
    public static final int REFUND_PART = 25;
    public static final int REFUND_BASE = 26;
    public static final int RETURN_PART = 27;
    public static final int RETURN_BASE = 28;
    public static final int DISPUTE_PART = 29;
    public static final int DISPUTE_BASE = 30;
    public static final int SATISFACTION_PART = 31;
    public static final int SATISFACTION_BASE = 32;
    public static final int CONVERSION_REPORTED = 33;
    public static final int CONVERSION_REPORTED_BASE = 34;
    public static final int RESPONDED_3MIN_REPORTED = 35;
    public static final int RESPONDED_3MIN_REPORTED_BASE = 36;
    public static final int RESPONDED_30S_REPORTED = 37;
    public static final int RESPONDED_30S_REPORTED_BASE = 38;
    public static final int SATISFACTION_REPORTED = 39;
    public static final int SATISFACTION_REPORTED_BASE = 40;
    /** The agent-days that reported online hours (what contracted hours are counted over). */
    public static final int ONLINE_HOURS_DAYS = 41;

    /** Scale of a rate in percent (99.7143 %) and of a time in seconds. */
    public static final int RATE_SCALE = 4;
    public static final int TIME_SCALE = 2;
    /** Money per unit (cost per received customer) is shown to the fen. */
    public static final int MONEY_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No agent-days: every sum null, none reported. */
    public static final KpiSums ZERO = new KpiSums(new BigDecimal[WIDTH]);

    private final BigDecimal[] sums;

    private KpiSums(BigDecimal[] sums) {
        this.sums = sums;
    }

    /**
     * The sums of agent-days that each reported every field (no "no figure" anywhere): each count
     * pair's numerator and base are the plain totals, no rate came without its counts. For tests
     * and for callers that build figures by hand.
     */
    public KpiSums(long agentDays, long consultations, long received, long inquiries, long orders,
            long paidBuyers, long conversionPaid, long conversionBase, BigDecimal salesAmount, long refundCount,
            BigDecimal refundAmount, long returnsCount, long disputes, BigDecimal firstResponseWeighted,
            long firstResponseSessions, BigDecimal avgResponseWeighted, long avgResponseSessions,
            long responded3min, long responded3minBase, long responded30s, long responded30sBase, long ratings,
            long satisfied, long dissatisfied, BigDecimal onlineHours) {
        this(new BigDecimal[WIDTH]);
        long[] counts = {agentDays, consultations, received, inquiries, orders, paidBuyers, conversionPaid,
            conversionBase};
        for (int i = 0; i < counts.length; i++) {
            sums[i] = BigDecimal.valueOf(counts[i]);
        }
        sums[SALES_AMOUNT] = salesAmount;
        sums[REFUND_COUNT] = BigDecimal.valueOf(refundCount);
        sums[REFUND_AMOUNT] = refundAmount;
        sums[RETURNS_COUNT] = BigDecimal.valueOf(returnsCount);
        sums[DISPUTES] = BigDecimal.valueOf(disputes);
        sums[FIRST_RESPONSE_WEIGHTED] = firstResponseWeighted;
        sums[FIRST_RESPONSE_SESSIONS] = BigDecimal.valueOf(firstResponseSessions);
        sums[AVG_RESPONSE_WEIGHTED] = avgResponseWeighted;
        sums[AVG_RESPONSE_SESSIONS] = BigDecimal.valueOf(avgResponseSessions);
        sums[RESPONDED_3MIN] = BigDecimal.valueOf(responded3min);
        sums[RESPONDED_3MIN_BASE] = BigDecimal.valueOf(responded3minBase);
        sums[RESPONDED_30S] = BigDecimal.valueOf(responded30s);
        sums[RESPONDED_30S_BASE] = BigDecimal.valueOf(responded30sBase);
        sums[RATINGS] = BigDecimal.valueOf(ratings);
        sums[SATISFIED] = BigDecimal.valueOf(satisfied);
        sums[DISSATISFIED] = BigDecimal.valueOf(dissatisfied);
        sums[ONLINE_HOURS] = onlineHours;
        sums[ONLINE_HOURS_DAYS] = onlineHours == null ? null : sums[AGENT_DAYS];
        sums[REFUND_PART] = sums[REFUND_COUNT];
        sums[REFUND_BASE] = sums[PAID_BUYERS];
        sums[RETURN_PART] = sums[RETURNS_COUNT];
        sums[RETURN_BASE] = sums[PAID_BUYERS];
        sums[DISPUTE_PART] = sums[DISPUTES];
        sums[DISPUTE_BASE] = sums[PAID_BUYERS];
        sums[SATISFACTION_PART] = sums[SATISFIED];
        sums[SATISFACTION_BASE] = sums[RATINGS];
    }

    /** Reads {@link #WIDTH} columns of a native query row from {@code offset}; a NULL stays null. */
    public static KpiSums of(Object[] row, int offset) {
        BigDecimal[] s = new BigDecimal[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            s[i] = decimal(row[offset + i]);
        }
        if (s[AGENT_DAYS] == null) {
            s[AGENT_DAYS] = BigDecimal.ZERO;
        }
        return new KpiSums(s);
    }

    /** These sums with one column set (null: not reported), for tests and hand-built figures. */
    public KpiSums with(int column, BigDecimal value) {
        BigDecimal[] s = sums.clone();
        s[column] = value;
        return new KpiSums(s);
    }

    /** Column by column; null + null is null, null + x is x (a field reported on some days only). */
    public KpiSums plus(KpiSums o) {
        BigDecimal[] s = new BigDecimal[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            BigDecimal a = sums[i];
            BigDecimal b = o.sums[i];
            s[i] = a == null ? b : b == null ? a : a.add(b);
        }
        return new KpiSums(s);
    }

    /** A column's sum, or null when no agent-day reported it. */
    public BigDecimal sum(int column) {
        return sums[column];
    }

    /** A count column's sum, or null when no agent-day reported it. */
    public Long count(int column) {
        return sums[column] == null ? null : sums[column].longValue();
    }

    public long agentDays() {
        return n(AGENT_DAYS);
    }

    /** Customers received; 0 when not reported (see {@link #count} to tell the two apart). */
    public long received() {
        return n(RECEIVED);
    }

    public long inquiries() {
        return n(INQUIRIES);
    }

    public long paidBuyers() {
        return n(PAID_BUYERS);
    }

    /** Agent sales; 0 when not reported (see {@link #sum}). */
    public BigDecimal salesAmount() {
        return d(SALES_AMOUNT);
    }

    /** Refund amounts; 0 when not reported (see {@link #sum}). */
    public BigDecimal refundAmount() {
        return d(REFUND_AMOUNT);
    }

    public BigDecimal onlineHours() {
        return d(ONLINE_HOURS);
    }

    /** The agent-days that reported online hours; 0 when none did. */
    public long onlineHoursDays() {
        return n(ONLINE_HOURS_DAYS);
    }

    public boolean isEmpty() {
        return agentDays() == 0;
    }

    /**
     * Whether any agent-day reported the figures the metric is computed from (for the cost metrics:
     * the customers received, the paid buyers). False means "no figure", never zero.
     */
    public boolean reports(Metric metric) {
        return switch (metric) {
            case CONVERSION_RATE -> any(CONVERSION_BASE, CONVERSION_REPORTED_BASE);
            case FIRST_RESPONSE_SECONDS -> any(FIRST_RESPONSE_SESSIONS);
            case AVERAGE_RESPONSE_SECONDS -> any(AVG_RESPONSE_SESSIONS);
            case RESPONSE_3MIN_RATE -> any(RESPONDED_3MIN_BASE, RESPONDED_3MIN_REPORTED_BASE);
            case RESPONSE_30S_RATE -> any(RESPONDED_30S_BASE, RESPONDED_30S_REPORTED_BASE);
            case REFUND_RATE -> any(REFUND_BASE);
            case RETURN_RATE -> any(RETURN_BASE);
            case DISPUTE_RATE -> any(DISPUTE_BASE);
            case SATISFACTION_RATE -> any(SATISFACTION_BASE, SATISFACTION_REPORTED_BASE);
            case AGENT_SALES -> any(SALES_AMOUNT);
            case COST_PER_RECEIVED -> any(RECEIVED);
            case COST_PER_PAID_ORDER -> any(PAID_BUYERS);
        };
    }

    /**
     * The metric's value over these sums, or {@code null} when it has no figure or its base is 0
     * (nothing to judge). The cost metrics need the fees of the same period; the others ignore
     * {@code fees}. Rates are rounded to {@link #RATE_SCALE}, times to {@link #TIME_SCALE}, money
     * per unit to {@link #MONEY_SCALE}; compare with {@link #ratio} when the rounding must not decide.
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
     * when it has no figure or its base is 0. Rates are in percent (the numerator is the count × 100).
     */
    public Ratio ratio(Metric metric, BigDecimal fees) {
        if (!reports(metric)) {
            return null;
        }
        return switch (metric) {
            case CONVERSION_RATE -> percent(CONVERSION_PAID, CONVERSION_BASE, CONVERSION_REPORTED,
                    CONVERSION_REPORTED_BASE);
            case FIRST_RESPONSE_SECONDS -> weighted(FIRST_RESPONSE_WEIGHTED, FIRST_RESPONSE_SESSIONS);
            case AVERAGE_RESPONSE_SECONDS -> weighted(AVG_RESPONSE_WEIGHTED, AVG_RESPONSE_SESSIONS);
            case RESPONSE_3MIN_RATE -> percent(RESPONDED_3MIN, RESPONDED_3MIN_BASE, RESPONDED_3MIN_REPORTED,
                    RESPONDED_3MIN_REPORTED_BASE);
            case RESPONSE_30S_RATE -> percent(RESPONDED_30S, RESPONDED_30S_BASE, RESPONDED_30S_REPORTED,
                    RESPONDED_30S_REPORTED_BASE);
            case REFUND_RATE -> percent(REFUND_PART, REFUND_BASE, -1, -1);
            case RETURN_RATE -> percent(RETURN_PART, RETURN_BASE, -1, -1);
            case DISPUTE_RATE -> percent(DISPUTE_PART, DISPUTE_BASE, -1, -1);
            case SATISFACTION_RATE -> percent(SATISFACTION_PART, SATISFACTION_BASE, SATISFACTION_REPORTED,
                    SATISFACTION_REPORTED_BASE);
            case AGENT_SALES -> new Ratio(d(SALES_AMOUNT), BigDecimal.ONE);
            case COST_PER_RECEIVED -> perUnit(fees, n(RECEIVED));
            case COST_PER_PAID_ORDER -> perUnit(fees, n(PAID_BUYERS));
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
     * The sample a metric's value rests on — its denominator (sessions, ratings, inquiries…, plus
     * the customers that weigh a reported rate) — which an SLA target's minimum sample is compared
     * with. For agent sales, the agent-days. 0 when the metric has no figure.
     */
    public long sample(Metric metric) {
        if (!reports(metric)) {
            return 0;
        }
        return switch (metric) {
            case CONVERSION_RATE -> n(CONVERSION_BASE) + n(CONVERSION_REPORTED_BASE);
            case FIRST_RESPONSE_SECONDS -> n(FIRST_RESPONSE_SESSIONS);
            case AVERAGE_RESPONSE_SECONDS -> n(AVG_RESPONSE_SESSIONS);
            case RESPONSE_3MIN_RATE -> n(RESPONDED_3MIN_BASE) + n(RESPONDED_3MIN_REPORTED_BASE);
            case RESPONSE_30S_RATE -> n(RESPONDED_30S_BASE) + n(RESPONDED_30S_REPORTED_BASE);
            case REFUND_RATE -> n(REFUND_BASE);
            case RETURN_RATE -> n(RETURN_BASE);
            case DISPUTE_RATE -> n(DISPUTE_BASE);
            case SATISFACTION_RATE -> n(SATISFACTION_BASE) + n(SATISFACTION_REPORTED_BASE);
            case AGENT_SALES -> agentDays();
            case COST_PER_RECEIVED -> n(RECEIVED);
            case COST_PER_PAID_ORDER -> n(PAID_BUYERS);
        };
    }

    /** (count × 100 + Σ rate × base) / (count base + reported base); a column index −1 is absent. */
    private Ratio percent(int part, int base, int reported, int reportedBase) {
        BigDecimal numerator = d(part).multiply(HUNDRED);
        BigDecimal denominator = d(base);
        if (reported >= 0) {
            numerator = numerator.add(d(reported));
            denominator = denominator.add(d(reportedBase));
        }
        return denominator.signum() == 0 ? null : new Ratio(numerator, denominator);
    }

    private Ratio weighted(int weighted, int sessions) {
        return n(sessions) == 0 ? null : new Ratio(d(weighted), d(sessions));
    }

    private static Ratio perUnit(BigDecimal fees, long units) {
        return fees == null || units == 0 ? null : new Ratio(fees, BigDecimal.valueOf(units));
    }

    private boolean any(int... columns) {
        return Arrays.stream(columns).anyMatch(c -> sums[c] != null);
    }

    private long n(int column) {
        return sums[column] == null ? 0 : sums[column].longValue();
    }

    private BigDecimal d(int column) {
        return sums[column] == null ? BigDecimal.ZERO : sums[column];
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiSums k && Arrays.equals(sums, k.sums);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return "KpiSums" + Arrays.toString(sums);
    }
}
