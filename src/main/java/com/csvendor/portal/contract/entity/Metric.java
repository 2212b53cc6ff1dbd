package com.csvendor.portal.contract.entity;

import java.math.BigDecimal;

/**
 * The KPIs an SLA target can be set on (PRODUCT.md, "KPI reports"), with the unit a threshold is
 * written in and which direction is better. Rates are percentages 0–100, times seconds, money yuan.
 */
public enum Metric {
    CONVERSION_RATE(Unit.PERCENT, true),
    FIRST_RESPONSE_SECONDS(Unit.SECONDS, false),
    AVERAGE_RESPONSE_SECONDS(Unit.SECONDS, false),
    RESPONSE_3MIN_RATE(Unit.PERCENT, true),
    RESPONSE_30S_RATE(Unit.PERCENT, true),
    REFUND_RATE(Unit.PERCENT, false),
    RETURN_RATE(Unit.PERCENT, false),
    DISPUTE_RATE(Unit.PERCENT, false),
    SATISFACTION_RATE(Unit.PERCENT, true),
    AGENT_SALES(Unit.YUAN, true),
    COST_PER_RECEIVED(Unit.YUAN, false),
    COST_PER_PAID_ORDER(Unit.YUAN, false);

    /** What a threshold is measured in. */
    public enum Unit {
        PERCENT, SECONDS, YUAN
    }

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final Unit unit;
    private final boolean higherIsBetter;

    Metric(Unit unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether a threshold can be met at all: no negative value, no rate above 100 %. */
    public boolean possible(BigDecimal threshold) {
        return threshold.signum() >= 0 && (unit != Unit.PERCENT || threshold.compareTo(HUNDRED) <= 0);
    }

    /** The comparator that demands better: at least for "higher is better", at most otherwise. */
    public boolean demandsBetter(Comparator comparator) {
        boolean atLeast = comparator == Comparator.GE || comparator == Comparator.GT;
        return atLeast == higherIsBetter;
    }
}
