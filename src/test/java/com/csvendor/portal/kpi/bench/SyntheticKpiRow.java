package com.csvendor.portal.kpi.bench;

import com.csvendor.portal.kpi.entity.KpiField;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The figures of one agent in one store on one day, drawn from a random source seeded by the key,
 * so the same key always gives the same figures (the CSV and the LOAD DATA file can be written
 * apart). Counts are consistent the way platform exports are: received 50–400, consultations ≥
 * received ≥ inquiries ≥ orders ≥ paid buyers ≥ refunds ≥ returns; responded within 30 s ≤ within
 * 3 min ≤ received; satisfied + dissatisfied ≤ ratings; each reported rate is its count over its
 * base. Money, seconds, hours and rates are held in hundredths and written with 2 decimals. Public
 * for the other benchmarks that generate KPI rows (the comparison benchmark).
 */
public final class SyntheticKpiRow {

    private final long[] value = new long[KpiField.values().length];

    public SyntheticKpiRow(long seed, int store, int agent, LocalDate date) {
        SplittableRandom r = new SplittableRandom(seed ^ (store * 0x9E3779B97F4A7C15L)
                ^ (agent * 0xC2B2AE3D27D4EB4FL) ^ (date.toEpochDay() * 0x165667B19E3779F9L));
        long received = r.nextLong(50, 401);
        long inquiries = Math.round(received * between(r, 0.25, 0.65));
        long paid = Math.round(inquiries * between(r, 0.15, 0.55));
        long refunds = r.nextLong(0, paid / 8 + 1);
        long sales = paid * r.nextLong(6_000, 40_000);
        long r3min = received - r.nextLong(0, received / 20 + 1);
        long r30s = Math.round(r3min * between(r, 0.75, 0.98));
        long ratings = Math.round(received * between(r, 0.05, 0.30));
        long dissatisfied = r.nextLong(0, ratings / 20 + 1);
        long satisfied = ratings - dissatisfied - r.nextLong(0, ratings / 10 + 1);
        long firstResponse = r.nextLong(300, 3_500);

        set(KpiField.CONSULTATIONS, received + r.nextLong(0, received / 10 + 1));
        set(KpiField.RECEIVED, received);
        set(KpiField.INQUIRIES, inquiries);
        set(KpiField.ORDERS, paid + r.nextLong(0, (inquiries - paid) / 3 + 1));
        set(KpiField.PAID_BUYERS, paid);
        set(KpiField.SALES_AMOUNT, sales);
        set(KpiField.REFUND_COUNT, refunds);
        set(KpiField.REFUND_AMOUNT, paid == 0 ? 0 : Math.round(sales / (double) paid * refunds * between(r, 0.5, 1.0)));
        set(KpiField.RETURNS, r.nextLong(0, refunds + 1));
        set(KpiField.DISPUTES, r.nextInt(20) == 0 ? 1 : 0);
        set(KpiField.FIRST_RESPONSE, firstResponse);
        set(KpiField.AVG_RESPONSE, firstResponse + r.nextLong(0, 4_000));
        set(KpiField.RESPONSE_SESSIONS, received);
        set(KpiField.RESPONDED_3MIN, r3min);
        set(KpiField.RESPONDED_30S, r30s);
        set(KpiField.RATINGS, ratings);
        set(KpiField.SATISFIED, satisfied);
        set(KpiField.DISSATISFIED, dissatisfied);
        set(KpiField.ONLINE_HOURS, r.nextLong(600, 1_001));
        set(KpiField.CONVERSION_RATE, percent(paid, inquiries));
        set(KpiField.RESPONSE_RATE_3MIN, percent(r3min, received));
        set(KpiField.RESPONSE_RATE_30S, percent(r30s, received));
        set(KpiField.SATISFACTION_RATE, percent(satisfied, ratings));
        set(KpiField.REPLY_RATE, r.nextLong(9_700, 10_001));
    }

    public long get(KpiField field) {
        return value[field.ordinal()];
    }

    /** Appends the field as the file writes it: a whole count, or hundredths with 2 decimals. */
    public void append(KpiField field, StringBuilder out) {
        long v = get(field);
        if (field.kind() == KpiField.Kind.COUNT) {
            out.append(v);
        } else {
            out.append(v / 100).append('.');
            long cents = v % 100;
            if (cents < 10) {
                out.append('0');
            }
            out.append(cents);
        }
    }

    private void set(KpiField field, long v) {
        value[field.ordinal()] = v;
    }

    private static double between(SplittableRandom r, double low, double high) {
        return low + r.nextDouble() * (high - low);
    }

    /** The rate in hundredths of a percent, rounded half up. */
    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : (part * 20_000 / whole + 1) / 2;
    }
}
