package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The KPIs of PRODUCT.md's table over a set of agent-days, each computed by {@link KpiSums#value}
 * (ratios of sums, session-weighted times); null — "no figure", shown "—" — where none of the
 * agent-days reported the figures behind it or its base is 0. The counts are null likewise when no
 * agent-day reported them. Rates are percent (4 decimals), times seconds (2), money yuan (2).
 */
public record KpiFigures(long agentDays, Long received, Long inquiries, Long paidBuyers, BigDecimal conversionRate,
        BigDecimal firstResponseSeconds, BigDecimal averageResponseSeconds, BigDecimal response3minRate,
        BigDecimal response30sRate, BigDecimal refundRate, BigDecimal returnRate, BigDecimal disputeRate,
        BigDecimal satisfactionRate, BigDecimal agentSales, BigDecimal costPerReceived,
        BigDecimal costPerPaidOrder) implements Serializable {

    /** {@code fees}: the fees of the same agent-days, or null where they are not known (an agent). */
    public static KpiFigures of(KpiSums s, BigDecimal fees) {
        return new KpiFigures(s.agentDays(), s.count(KpiSums.RECEIVED), s.count(KpiSums.INQUIRIES),
                s.count(KpiSums.PAID_BUYERS),
                s.value(Metric.CONVERSION_RATE, fees), s.value(Metric.FIRST_RESPONSE_SECONDS, fees),
                s.value(Metric.AVERAGE_RESPONSE_SECONDS, fees), s.value(Metric.RESPONSE_3MIN_RATE, fees),
                s.value(Metric.RESPONSE_30S_RATE, fees), s.value(Metric.REFUND_RATE, fees),
                s.value(Metric.RETURN_RATE, fees), s.value(Metric.DISPUTE_RATE, fees),
                s.value(Metric.SATISFACTION_RATE, fees), s.value(Metric.AGENT_SALES, fees),
                s.value(Metric.COST_PER_RECEIVED, fees), s.value(Metric.COST_PER_PAID_ORDER, fees));
    }

    public BigDecimal value(Metric metric) {
        return switch (metric) {
            case CONVERSION_RATE -> conversionRate;
            case FIRST_RESPONSE_SECONDS -> firstResponseSeconds;
            case AVERAGE_RESPONSE_SECONDS -> averageResponseSeconds;
            case RESPONSE_3MIN_RATE -> response3minRate;
            case RESPONSE_30S_RATE -> response30sRate;
            case REFUND_RATE -> refundRate;
            case RETURN_RATE -> returnRate;
            case DISPUTE_RATE -> disputeRate;
            case SATISFACTION_RATE -> satisfactionRate;
            case AGENT_SALES -> agentSales;
            case COST_PER_RECEIVED -> costPerReceived;
            case COST_PER_PAID_ORDER -> costPerPaidOrder;
        };
    }
}
