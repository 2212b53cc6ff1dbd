package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The one definition of the rollup columns ({@code kpi_vendor_store_day}, {@code _month}): for each
 * column of {@link KpiSums#NAMES}, in that order, what an agent-day record adds to it — as the SQL
 * aggregate over {@code kpi_daily} rows ({@link KpiTables}) and as the same rule applied to a row in
 * the application while an import spools it ({@link DaySums}). A sum is NULL when no row adds to it
 * (SQL's SUM). The rules (see {@link KpiSums}): a rate's numerator and base are summed over the rows
 * that report both; a reported rate without its counts adds rate × base and base, the base being the
 * metric's own where reported, else the customers received.
 */
public final class RollupColumns {

    /** "This row adds nothing" (no row's value can be this: it would overflow first). */
    static final long NONE = Long.MIN_VALUE;

    /** How a column is computed from a row (one switch, not a lambda per column: it runs for every row). */
    enum Rule {
        /** 1 per row. */
        ROWS,
        /** 1 per row that reports {@code value}. */
        ROWS_WITH,
        /** The value. */
        SUM,
        /** The value where {@code other} is reported too. */
        SUM_WHEN,
        /** The value × {@code other}, both reported. */
        WEIGHTED,
        /** A reported rate on a row without its count pair: rate × weight. */
        REPORTED,
        /** Likewise: the weight. */
        REPORTED_BASE
    }

    /**
     * A rollup column: its name, the decimals its sum keeps, its SQL aggregate, and the row rule with
     * its fields — for REPORTED*: {@code value} the rate, {@code other} the count, {@code base} the
     * count's base (the weight where reported, else received).
     */
    record Column(String name, int scale, String sql, Rule rule, KpiField value, KpiField other, KpiField base) {

        /** What the row adds, unscaled at {@link #scale}, or {@link #NONE}. */
        long of(KpiValues v) {
            return switch (rule) {
                case ROWS -> 1;
                case ROWS_WITH -> v.has(value) ? 1 : NONE;
                case SUM -> unscaled(v.get(value), scale);
                case SUM_WHEN -> v.has(other) ? unscaled(v.get(value), scale) : NONE;
                case WEIGHTED -> {
                    long t = unscaled(v.get(value), scale);
                    yield t == NONE || !v.has(other) ? NONE : Math.multiplyExact(t, v.count(other));
                }
                case REPORTED, REPORTED_BASE -> {
                    if (!v.has(value) || (v.has(other) && v.has(base))) {
                        yield NONE;
                    }
                    Long w = v.has(base) ? v.count(base) : v.count(KpiField.RECEIVED);
                    if (w == null) {
                        yield NONE;
                    }
                    yield rule == Rule.REPORTED_BASE ? w : Math.multiplyExact(unscaled(v.get(value), scale), w);
                }
            };
        }
    }

    private static final int RATE_SCALE = 4;

    static final List<Column> ALL = List.of(
            new Column("agent_days", 0, "COUNT(*)", Rule.ROWS, null, null, null),
            sum("consultations", CONSULTATIONS),
            sum("received", RECEIVED),
            sum("inquiries", INQUIRIES),
            sum("orders", ORDERS),
            sum("paid_buyers", PAID_BUYERS),
            sumWhen("conversion_paid", PAID_BUYERS, INQUIRIES),
            sumWhen("conversion_base", INQUIRIES, PAID_BUYERS),
            sum("sales_amount", SALES_AMOUNT),
            sum("refund_count", REFUND_COUNT),
            sum("refund_amount", REFUND_AMOUNT),
            sum("returns_count", RETURNS),
            sum("disputes", DISPUTES),
            weighted("first_response_weighted", FIRST_RESPONSE, RESPONSE_SESSIONS),
            sumWhen("first_response_sessions", RESPONSE_SESSIONS, FIRST_RESPONSE),
            weighted("avg_response_weighted", AVG_RESPONSE, RESPONSE_SESSIONS),
            sumWhen("avg_response_sessions", RESPONSE_SESSIONS, AVG_RESPONSE),
            sumWhen("responded_3min", RESPONDED_3MIN, RECEIVED),
            sumWhen("responded_3min_base", RECEIVED, RESPONDED_3MIN),
            sumWhen("responded_30s", RESPONDED_30S, RECEIVED),
            sumWhen("responded_30s_base", RECEIVED, RESPONDED_30S),
            sum("ratings", RATINGS),
            sum("satisfied", SATISFIED),
            sum("dissatisfied", DISSATISFIED),
            sum("online_hours", ONLINE_HOURS),
            sumWhen("refund_part", REFUND_COUNT, PAID_BUYERS),
            sumWhen("refund_base", PAID_BUYERS, REFUND_COUNT),
            sumWhen("return_part", RETURNS, PAID_BUYERS),
            sumWhen("return_base", PAID_BUYERS, RETURNS),
            sumWhen("dispute_part", DISPUTES, PAID_BUYERS),
            sumWhen("dispute_base", PAID_BUYERS, DISPUTES),
            sumWhen("satisfaction_part", SATISFIED, RATINGS),
            sumWhen("satisfaction_base", RATINGS, SATISFIED),
            reported("conversion_reported", CONVERSION_RATE, PAID_BUYERS, INQUIRIES, true),
            reported("conversion_reported_base", CONVERSION_RATE, PAID_BUYERS, INQUIRIES, false),
            reported("responded_3min_reported", RESPONSE_RATE_3MIN, RESPONDED_3MIN, KpiField.RECEIVED, true),
            reported("responded_3min_reported_base", RESPONSE_RATE_3MIN, RESPONDED_3MIN, KpiField.RECEIVED, false),
            reported("responded_30s_reported", RESPONSE_RATE_30S, RESPONDED_30S, KpiField.RECEIVED, true),
            reported("responded_30s_reported_base", RESPONSE_RATE_30S, RESPONDED_30S, KpiField.RECEIVED, false),
            reported("satisfaction_reported", SATISFACTION_RATE, SATISFIED, RATINGS, true),
            reported("satisfaction_reported_base", SATISFACTION_RATE, SATISFIED, RATINGS, false),
            rowsWith("online_hours_days", ONLINE_HOURS));

    static {
        if (!ALL.stream().map(Column::name).toList().equals(KpiSums.NAMES)) {
            throw new IllegalStateException("RollupColumns and KpiSums.NAMES must list the same columns in order");
        }
    }

    private RollupColumns() {
    }

    /** Σ field. */
    private static Column sum(String name, KpiField f) {
        return new Column(name, scale(f), "SUM(" + f.column() + ")", Rule.SUM, f, null, null);
    }

    /** The rows that report the field (NULL when none does, as the sums). */
    private static Column rowsWith(String name, KpiField f) {
        return new Column(name, 0, "SUM(CASE WHEN " + f.column() + " IS NOT NULL THEN 1 END)", Rule.ROWS_WITH, f, null,
                null);
    }

    /** Σ field over the rows that also report {@code when}. */
    private static Column sumWhen(String name, KpiField f, KpiField when) {
        return new Column(name, scale(f), "SUM(CASE WHEN " + when.column() + " IS NOT NULL THEN " + f.column()
                + " END)", Rule.SUM_WHEN, f, when, null);
    }

    /** Σ time × sessions over the rows that report both. */
    private static Column weighted(String name, KpiField time, KpiField sessions) {
        return new Column(name, 2, "SUM(" + time.column() + " * " + sessions.column() + ")", Rule.WEIGHTED, time,
                sessions, null);
    }

    /**
     * A reported rate on a row without its count pair ({@code part} and {@code base}): Σ rate × weight
     * ({@code product}) or Σ weight, the weight being {@code base} where reported, else received.
     */
    private static Column reported(String name, KpiField rate, KpiField part, KpiField base, boolean product) {
        String rateOnly = rate.column() + " IS NOT NULL AND (" + part.column() + " IS NULL OR " + base.column()
                + " IS NULL)";
        String weight = base == KpiField.RECEIVED ? base.column()
                : "COALESCE(" + base.column() + ", " + KpiField.RECEIVED.column() + ")";
        String sql = "SUM(CASE WHEN " + rateOnly + " THEN " + (product ? rate.column() + " * " : "") + weight + " END)";
        return new Column(name, product ? RATE_SCALE : 0, sql, product ? Rule.REPORTED : Rule.REPORTED_BASE, rate,
                part, base);
    }

    private static int scale(KpiField f) {
        return f.kind() == KpiField.Kind.COUNT ? 0 : 2;
    }

    /** A count or a decimal as an unscaled long at {@code scale} (HALF_UP, as the table stores it). */
    static long unscaled(Object value, int scale) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Long n && scale == 0) {
            return n;
        }
        BigDecimal d = value instanceof Long n ? BigDecimal.valueOf(n) : (BigDecimal) value;
        return d.setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
