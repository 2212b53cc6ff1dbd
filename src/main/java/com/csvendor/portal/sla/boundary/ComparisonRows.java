package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The comparison as the page and the exports lay it out: one row per figure, one value per vendor
 * column (best first). Labels are message keys; values are numbers or null (no figure).
 */
public final class ComparisonRows {

    /** How a row's values read: a percentage, seconds, yuan, a count or a plain number. */
    public enum Kind { PERCENT, SECONDS, YUAN, COUNT, NUMBER }

    public record Row(String key, Kind kind, List<BigDecimal> values) implements Serializable {
    }

    private ComparisonRows() {
    }

    public static List<Row> of(ComparisonView view) {
        List<VendorColumn> v = view.vendors();
        return List.of(
                row(v, "comparison.row.rank", Kind.COUNT, c -> BigDecimal.valueOf(c.rank())),
                row(v, "comparison.row.score", Kind.NUMBER, VendorColumn::score),
                row(v, "comparison.row.withoutFigure", Kind.COUNT, c -> BigDecimal.valueOf(c.criteria().stream()
                        .filter(s -> s.weight() > 0 && !s.hasFigure()).count())),
                row(v, "comparison.row.conversionRate", Kind.PERCENT, c -> c.kpis().conversionRate()),
                row(v, "comparison.row.firstResponse", Kind.SECONDS, c -> c.kpis().firstResponseSeconds()),
                row(v, "comparison.row.averageResponse", Kind.SECONDS, c -> c.kpis().averageResponseSeconds()),
                row(v, "comparison.row.response3min", Kind.PERCENT, c -> c.kpis().response3minRate()),
                row(v, "comparison.row.response30s", Kind.PERCENT, c -> c.kpis().response30sRate()),
                row(v, "comparison.row.refundRate", Kind.PERCENT, c -> c.kpis().refundRate()),
                row(v, "comparison.row.returnRate", Kind.PERCENT, c -> c.kpis().returnRate()),
                row(v, "comparison.row.disputeRate", Kind.PERCENT, c -> c.kpis().disputeRate()),
                row(v, "comparison.row.satisfaction", Kind.PERCENT, c -> c.kpis().satisfactionRate()),
                row(v, "comparison.row.agentSales", Kind.YUAN, c -> c.kpis().agentSales()),
                row(v, "comparison.row.received", Kind.COUNT, c -> count(c.kpis().received())),
                row(v, "comparison.row.paidBuyers", Kind.COUNT, c -> count(c.kpis().paidBuyers())),
                row(v, "comparison.row.agentDays", Kind.COUNT, c -> BigDecimal.valueOf(c.kpis().agentDays())),
                row(v, "comparison.row.slaCompliance", Kind.PERCENT, VendorColumn::slaCompliance),
                row(v, "comparison.row.slaWindows", Kind.COUNT, c -> BigDecimal.valueOf(c.slaMet() + c.slaBreached())),
                row(v, "comparison.row.penalties", Kind.YUAN, VendorColumn::penalties),
                row(v, "comparison.row.fees", Kind.YUAN, VendorColumn::fees),
                row(v, "comparison.row.costPerReceived", Kind.YUAN, c -> c.kpis().costPerReceived()),
                row(v, "comparison.row.costPerPaidOrder", Kind.YUAN, c -> c.kpis().costPerPaidOrder()),
                row(v, "comparison.row.salesPerYuan", Kind.NUMBER, VendorColumn::salesPerYuanOfFee));
    }

    private static Row row(List<VendorColumn> vendors, String key, Kind kind,
            Function<VendorColumn, BigDecimal> value) {
        return new Row(key, kind, vendors.stream().map(value).toList());
    }

    /** A count, or null (no figure: shown "—", an empty cell in a workbook). */
    static BigDecimal count(Long n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    /** A value as text for a page or a PDF: with its unit, "—" when there is none. */
    public static String text(BigDecimal value, Kind kind) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case PERCENT -> value.toPlainString() + " %";
            case SECONDS -> value.toPlainString() + " s";
            case YUAN -> Figures.money(value);
            case COUNT, NUMBER -> value.toPlainString();
        };
    }
}
