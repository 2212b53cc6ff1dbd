package com.csvendor.portal.kpi.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.contract.entity.Metric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiSumsTest {

    private static KpiSums ratings(long satisfied, long ratings) {
        return new KpiSums(1, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, 0, 0, 0, 0, ratings, satisfied, 0, BigDecimal.ZERO);
    }

    @Test
    void theShownValueIsTheExactRatioRounded() {
        KpiSums s = ratings(2, 3);
        assertEquals(new BigDecimal("66.6667"), s.value(Metric.SATISFACTION_RATE, null));
        KpiSums.Ratio r = s.ratio(Metric.SATISFACTION_RATE, null);
        assertEquals(new BigDecimal("66.6667"), r.rounded(KpiSums.RATE_SCALE));
        assertEquals(1, r.compareTo(new BigDecimal("66.66")));
        assertEquals(-1, r.compareTo(new BigDecimal("66.6667")), "exactly 66.666… is below its rounded value");
    }

    @Test
    void theExactComparisonSeesWhatRoundingHides() {
        KpiSums s = ratings(1_899_999, 2_000_000);
        assertEquals(new BigDecimal("95.0000"), s.value(Metric.SATISFACTION_RATE, null));
        assertEquals(-1, s.ratio(Metric.SATISFACTION_RATE, null).compareTo(new BigDecimal("95")));
        assertEquals(0, ratings(19, 20).ratio(Metric.SATISFACTION_RATE, null).compareTo(new BigDecimal("95.00")));
    }

    @Test
    void noBaseNoValue() {
        assertNull(ratings(0, 0).ratio(Metric.SATISFACTION_RATE, null));
        assertNull(ratings(0, 0).value(Metric.SATISFACTION_RATE, null));
        assertNull(KpiSums.ZERO.ratio(Metric.AGENT_SALES, null));
        assertNull(ratings(1, 1).ratio(Metric.COST_PER_RECEIVED, BigDecimal.TEN), "no customers received");
    }

    @Test
    void salesAreShownAsSummed() {
        KpiSums s = ratings(0, 0).plus(new KpiSums(1, 0, 0, 0, 0, 0, 0, 0, new BigDecimal("1234.5"), 0, BigDecimal.ZERO,
                0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO));
        assertEquals(new BigDecimal("1234.5"), s.value(Metric.AGENT_SALES, null));
    }
}
