package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.control.RankingWithheld;
import com.csvendor.portal.sla.entity.Criterion;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The vendor comparison of a set of stores over a period, exactly as the dashboard shows it: one
 * column per vendor, best score first, with the weights the ranking used. {@code ranked} false: no
 * vendor has a rank or a score, and {@code rankingWithheld} says why (one vendor alone is never
 * "100 points"). {@code warnings}: what a reader must know before trusting the ranking.
 */
public record ComparisonView(List<StoreRef> stores, LocalDate from, LocalDate to, List<WeightView> weights,
        @Schema(description = "Whether the vendors are ranked; false with one vendor (or none) with figures, or all"
                + " weights 0") boolean ranked,
        @Schema(description = "Why there is no ranking (absent when ranked)") RankingWithheld rankingWithheld,
        @Schema(description = "DIFFERENT_STORES: the ranked vendors do not all serve the same chosen stores, so"
                + " their figures come from different stores; compare one store at a time for a like-for-like"
                + " ranking (each vendor's stores are in its column)") List<ComparisonWarning> warnings,
        List<VendorColumn> vendors) implements Serializable {

    public record StoreRef(long id, String code, String name) implements Serializable {
    }

    /** What the reader must know about a ranking. */
    public enum ComparisonWarning {
        /** The ranked vendors do not all serve the same stores of those chosen. */
        DIFFERENT_STORES
    }

    /**
     * A vendor across the chosen stores it serves (a contract in force or figures in the period):
     * its KPIs, SLA windows met and breached (not waived) with the compliance in percent, penalties
     * of cycles ending in the period, the service fees of the period, sales per yuan of fee, its
     * scorecard and its monthly trend. Rank and score are absent when the vendors are not ranked,
     * or when this vendor has no figure for any criterion (it is listed after the ranked ones).
     */
    public record VendorColumn(
            @Schema(description = "1 = best; absent when not ranked") Integer rank, long vendorId, String vendorName,
            @Schema(description = "codes of the chosen stores this vendor serves") List<String> stores,
            @Schema(description = "0-100, the sum of the criteria's points; absent when not ranked") BigDecimal score,
            KpiFigures kpis, long slaMet, long slaBreached, BigDecimal slaCompliance, BigDecimal penalties,
            BigDecimal fees, BigDecimal salesPerYuanOfFee,
            @Schema(description = "staffing kept %: kept / committed agent-days over the days judged in the period;"
                    + " absent when nothing was committed or judged") BigDecimal staffingKept,
            List<CriterionScore> criteria, List<MonthFigures> trend)
            implements Serializable {
    }

    /**
     * A criterion's value for the vendor, normalised 0–1 across the vendors compared, its weight and
     * the points it adds to the score (normalised × weight / Σ weights × 100; the points add up to
     * the score). {@code hasFigure} false: the vendor has no figure for it (value null, shown "—");
     * it is then scored as the worst (normalised 0) — absence never earns credit ({@code Scorecard}).
     * Normalised and points are absent when the vendor is not ranked.
     */
    public record CriterionScore(Criterion criterion, BigDecimal value,
            @Schema(description = "0-1 across the vendors compared, best 1; absent when not ranked") BigDecimal normalised,
            int weight,
            @Schema(description = "normalised × weight / sum of weights × 100; absent when not ranked") BigDecimal points,
            boolean hasFigure) implements Serializable {
    }

    /** The KPIs of one calendar month's share of the period (fees are not split by month). */
    public record MonthFigures(LocalDate month, KpiFigures kpis) implements Serializable {
    }
}
