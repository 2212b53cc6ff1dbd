package com.csvendor.portal.sla.entity;

import com.csvendor.portal.contract.entity.Metric;

/**
 * What the comparison's scorecard weighs: KPIs of the contract metrics plus the SLA compliance.
 * The direction comes from the metric (compliance: higher is better); the default weights add up
 * to 100 and apply until a user saves their own.
 */
public enum Criterion {
    CONVERSION_RATE(Metric.CONVERSION_RATE, 20),
    FIRST_RESPONSE_SECONDS(Metric.FIRST_RESPONSE_SECONDS, 15),
    SATISFACTION_RATE(Metric.SATISFACTION_RATE, 20),
    RESPONSE_3MIN_RATE(Metric.RESPONSE_3MIN_RATE, 15),
    REFUND_RATE(Metric.REFUND_RATE, 10),
    SLA_COMPLIANCE(null, 10),
    COST_PER_RECEIVED(Metric.COST_PER_RECEIVED, 10);

    public static final int MAX_WEIGHT = 100;

    private final Metric metric;
    private final int defaultWeight;

    Criterion(Metric metric, int defaultWeight) {
        this.metric = metric;
        this.defaultWeight = defaultWeight;
    }

    /** The KPI this criterion scores, or null for SLA compliance. */
    public Metric metric() {
        return metric;
    }

    public boolean higherIsBetter() {
        return metric == null || metric.higherIsBetter();
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    /** Whether the criterion is measured for an agent too (compliance and cost belong to the vendor). */
    public boolean perAgent() {
        return this != SLA_COMPLIANCE && this != COST_PER_RECEIVED;
    }
}
