package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;

import com.csvendor.portal.kpi.entity.KpiField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Counts a source does not report but gives the means to compute (PRODUCT.md: where a source only
 * gives a rate and its base, derive the count and keep the reported rate): a count from its rate
 * and base, rounded HALF_UP; the rating totals from a 很满意…很不满意 breakdown; the sessions a
 * response time averages over as the customers received. A reported count always wins.
 */
final class RowDerivations {

    private static final List<KpiField> BREAKDOWN = List.of(RATING_VERY_SATISFIED, RATING_SATISFIED, RATING_NEUTRAL,
            RATING_DISSATISFIED, RATING_VERY_DISSATISFIED);

    /** Where a derived field may come from, in order: a problem with it is shown in that column. */
    static final Map<KpiField, List<KpiField>> SOURCES = Map.of(
            RESPONDED_3MIN, List.of(RESPONSE_RATE_3MIN),
            RESPONDED_30S, List.of(RESPONSE_RATE_30S),
            PAID_BUYERS, List.of(CONVERSION_RATE),
            SATISFIED, List.of(RATING_VERY_SATISFIED, RATING_SATISFIED, SATISFACTION_RATE),
            DISSATISFIED, List.of(RATING_DISSATISFIED, RATING_VERY_DISSATISFIED),
            RATINGS, BREAKDOWN,
            RESPONSE_SESSIONS, List.of(RECEIVED));

    private RowDerivations() {
    }

    static void derive(KpiValues v) {
        fromBreakdown(v, RATINGS, BREAKDOWN);
        fromBreakdown(v, SATISFIED, List.of(RATING_VERY_SATISFIED, RATING_SATISFIED));
        fromBreakdown(v, DISSATISFIED, List.of(RATING_DISSATISFIED, RATING_VERY_DISSATISFIED));
        fromRate(v, RESPONDED_3MIN, RESPONSE_RATE_3MIN, RECEIVED);
        fromRate(v, RESPONDED_30S, RESPONSE_RATE_30S, RECEIVED);
        fromRate(v, PAID_BUYERS, CONVERSION_RATE, INQUIRIES);
        fromRate(v, SATISFIED, SATISFACTION_RATE, RATINGS);
        if (!v.has(RESPONSE_SESSIONS) && v.has(RECEIVED) && (v.has(FIRST_RESPONSE) || v.has(AVG_RESPONSE))) {
            v.set(RESPONSE_SESSIONS, v.count(RECEIVED));
        }
    }

    private static void fromBreakdown(KpiValues v, KpiField total, List<KpiField> parts) {
        if (v.has(total) || parts.stream().noneMatch(v::has)) {
            return;
        }
        v.set(total, parts.stream().filter(v::has).mapToLong(v::count).sum());
    }

    private static void fromRate(KpiValues v, KpiField count, KpiField rate, KpiField base) {
        if (v.has(count) || !v.has(rate) || !v.has(base)) {
            return;
        }
        BigDecimal derived = v.decimal(rate).multiply(BigDecimal.valueOf(v.count(base)))
                .divide(NumberText.HUNDRED, 0, RoundingMode.HALF_UP);
        v.set(count, derived.longValueExact());
    }
}
