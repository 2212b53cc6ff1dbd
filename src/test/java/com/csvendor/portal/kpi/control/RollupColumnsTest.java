package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rollup rules on agent-day rows, summed as the import sums them ({@link DaySums}; that the SQL
 * computes the same is {@code KpiTablesOnH2Test}'s job) and read as the pages read them ({@link KpiSums}).
 */
class RollupColumnsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    private static KpiValues row(Object... fieldsAndValues) {
        KpiValues v = new KpiValues(2).set(KpiField.BUSINESS_DATE, DAY);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Object value = fieldsAndValues[i + 1];
            v.set((KpiField) fieldsAndValues[i], value instanceof String s ? new BigDecimal(s)
                    : value instanceof Integer n ? Long.valueOf(n) : value);
        }
        return v;
    }

    /** The day sums of the rows, as the rollup row the pages read. */
    private static KpiSums sums(KpiValues... rows) {
        DaySums d = new DaySums();
        for (KpiValues v : rows) {
            d.add(1, v);
        }
        DaySums.Day day = d.days(1, DAY, DAY).get(0).getValue();
        Object[] row = new Object[KpiSums.WIDTH];
        for (int i = 0; i < row.length; i++) {
            row[i] = day.sum(i);
        }
        return KpiSums.of(row, 0);
    }

    @Test
    void theColumnsAreTheRollupTablesInOrder() {
        assertEquals(KpiSums.NAMES, RollupColumns.ALL.stream().map(RollupColumns.Column::name).toList());
    }

    @Test
    void aVendorWhoseExportsHaveNoRefundColumnsHasNoRefundRateNotZero() {
        KpiSums s = sums(row(KpiField.RECEIVED, 100, KpiField.INQUIRIES, 40, KpiField.PAID_BUYERS, 10),
                row(KpiField.RECEIVED, 50, KpiField.INQUIRIES, 20, KpiField.PAID_BUYERS, 5));
        for (Metric m : List.of(Metric.REFUND_RATE, Metric.RETURN_RATE, Metric.DISPUTE_RATE, Metric.SATISFACTION_RATE,
                Metric.AGENT_SALES, Metric.FIRST_RESPONSE_SECONDS)) {
            assertFalse(s.reports(m), m.name());
            assertNull(s.value(m, null), m + " is no figure, not 0");
            assertEquals(0, s.sample(m));
        }
        assertNull(s.sum(KpiSums.REFUND_COUNT));
        assertEquals(new BigDecimal("25.0000"), s.value(Metric.CONVERSION_RATE, null));
    }

    @Test
    void aRefundRateOverAMixUsesOnlyTheRowsThatReportRefunds() {
        KpiSums s = sums(row(KpiField.PAID_BUYERS, 100, KpiField.REFUND_COUNT, 5),
                row(KpiField.PAID_BUYERS, 300));
        assertEquals(new BigDecimal("5.0000"), s.value(Metric.REFUND_RATE, null),
                "5 / 100, not 5 / 400: the row without refunds does not dilute the rate");
        assertEquals(100, s.sample(Metric.REFUND_RATE));
        assertEquals(400, s.paidBuyers(), "the plain total still counts every row");
    }

    @Test
    void aReportedSatisfactionWithoutRatingsIsWeightedByTheCustomersReceived() {
        // JD: 满意度 93.36 % and 接待量 7, no number of ratings.
        KpiSums jd = sums(row(KpiField.RECEIVED, 7, KpiField.SATISFACTION_RATE, "93.36"));
        assertTrue(jd.reports(Metric.SATISFACTION_RATE));
        assertEquals(new BigDecimal("93.3600"), jd.value(Metric.SATISFACTION_RATE, null));
        assertEquals(7, jd.sample(Metric.SATISFACTION_RATE));
    }

    @Test
    void countsAndReportedRatesCombineWeightedByTheirBases() {
        // 90 of 100 ratings satisfied, plus a day of 200 customers received at a reported 96 %:
        // (90 × 100 + 96 × 200) / (100 + 200) = 94 %.
        KpiSums s = sums(row(KpiField.RATINGS, 100, KpiField.SATISFIED, 90, KpiField.RECEIVED, 500),
                row(KpiField.RECEIVED, 200, KpiField.SATISFACTION_RATE, "96"));
        assertEquals(new BigDecimal("94.0000"), s.value(Metric.SATISFACTION_RATE, null));
        assertEquals(300, s.sample(Metric.SATISFACTION_RATE));
    }

    @Test
    void aReportedRateWithItsCountsCountsOnceAsCounts() {
        // The parser derived the count from the rate and its base: the row has both, the rate is audit only.
        KpiSums s = sums(row(KpiField.RECEIVED, 200, KpiField.RESPONDED_3MIN, 190, KpiField.RESPONSE_RATE_3MIN, "95"));
        assertEquals(new BigDecimal("95.0000"), s.value(Metric.RESPONSE_3MIN_RATE, null));
        assertNull(s.sum(KpiSums.RESPONDED_3MIN_REPORTED), "not counted twice");
        assertEquals(200, s.sample(Metric.RESPONSE_3MIN_RATE));
    }

    @Test
    void aConversionRateWithoutInquiriesIsWeightedByReceived() {
        KpiSums s = sums(row(KpiField.RECEIVED, 50, KpiField.CONVERSION_RATE, "40"),
                row(KpiField.INQUIRIES, 150, KpiField.PAID_BUYERS, 30));
        assertEquals(new BigDecimal("25.0000"), s.value(Metric.CONVERSION_RATE, null), "(40 × 50 + 30 × 100) / 200");
    }

    @Test
    void aRateWithNoBaseAtAllCannotBeWeightedAndIsLeftOut() {
        KpiSums s = sums(row(KpiField.SATISFACTION_RATE, "99"));
        assertFalse(s.reports(Metric.SATISFACTION_RATE));
        assertNull(s.value(Metric.SATISFACTION_RATE, null));
        assertEquals(1, s.agentDays());
    }

    @Test
    void sumsOfDaysWithAndWithoutAFieldKeepTheFieldAndNullStaysNull() {
        KpiSums with = sums(row(KpiField.PAID_BUYERS, 100, KpiField.REFUND_COUNT, 4));
        KpiSums without = sums(row(KpiField.PAID_BUYERS, 100));
        assertEquals(new BigDecimal("4.0000"), with.plus(without).value(Metric.REFUND_RATE, null));
        assertNull(without.plus(without).value(Metric.REFUND_RATE, null));
        assertNull(without.plus(KpiSums.ZERO).sum(KpiSums.REFUND_BASE));
    }
}
