package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.Criterion;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor comparison of a set of stores over a period, exactly as the dashboard shows it: one
 * column per vendor, best score first, with the weights the ranking used.
 */
public record ComparisonView(List<StoreRef> stores, LocalDate from, LocalDate to, List<WeightView> weights,
        List<VendorColumn> vendors) implements Serializable {

    public record StoreRef(long id, String code, String name) implements Serializable {
    }

    /**
     * A vendor across the chosen stores: its KPIs, SLA windows met and breached (not waived) with
     * the compliance in percent, penalties of cycles ending in the period, the service fees of the
     * period, sales per yuan of fee, its scorecard and its monthly trend.
     */
    public record VendorColumn(int rank, long vendorId, String vendorName, BigDecimal score, KpiFigures kpis,
            long slaMet, long slaBreached, BigDecimal slaCompliance, BigDecimal penalties, BigDecimal fees,
            BigDecimal salesPerYuanOfFee, List<CriterionScore> criteria, List<MonthFigures> trend)
            implements Serializable {
    }

    /**
     * A criterion's value for the vendor, normalised 0–1 across the vendors compared, and its weight.
     * {@code hasFigure} false: the vendor has no figure for it (value null, shown "—"); it is then
     * scored as the worst (normalised 0) — absence never earns credit ({@code Scorecard}).
     */
    public record CriterionScore(Criterion criterion, BigDecimal value, BigDecimal normalised, int weight,
            boolean hasFigure) implements Serializable {
    }

    /** The KPIs of one calendar month's share of the period (fees are not split by month). */
    public record MonthFigures(LocalDate month, KpiFigures kpis) implements Serializable {
    }
}
