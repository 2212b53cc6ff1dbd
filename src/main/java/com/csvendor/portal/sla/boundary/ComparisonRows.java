package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.boundary.ComparisonView.CriterionScore;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.entity.Criterion;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The comparison as the page and the exports lay it out: one row per figure, one value per vendor
 * column (best first). Labels are message keys; values are numbers or null (no figure). Each row
 * knows which direction is better, so the best and the worst vendor of the row can be marked.
 */
public final class ComparisonRows {

    /** How a row's values read: a percentage, seconds, yuan, a count or a plain number. */
    public enum Kind { PERCENT, SECONDS, YUAN, COUNT, NUMBER }

    /** Which value of a row is the better one; NONE for sizes (customers, fees) that are neither. */
    public enum Better { HIGHER, LOWER, NONE }

    /** A value's standing in its row. */
    public enum Mark { BEST, WORST }

    public record Row(String key, Kind kind, Better better, List<BigDecimal> values) implements Serializable {

        /**
         * BEST or WORST for the column, or null. Only a row with a better direction and at least two
         * vendors with a figure that are not all equal has a best and a worst; vendors without a
         * figure are neither; vendors tied at the best (or the worst) value are all marked.
         */
        public Mark mark(int column) {
            BigDecimal value = values.get(column);
            List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
            if (better == Better.NONE || value == null || present.size() < 2) {
                return null;
            }
            BigDecimal max = present.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal min = present.stream().min(BigDecimal::compareTo).orElseThrow();
            if (max.compareTo(min) == 0) {
                return null;
            }
            BigDecimal best = better == Better.HIGHER ? max : min;
            return value.compareTo(best) == 0 ? Mark.BEST : value.compareTo(better == Better.HIGHER ? min : max) == 0
                    ? Mark.WORST : null;
        }
    }

    private ComparisonRows() {
    }

    public static List<Row> of(ComparisonView view) {
        List<VendorColumn> v = view.vendors();
        List<Row> rows = new ArrayList<>();
        if (view.ranked()) {
            rows.add(row(v, "comparison.row.rank", Kind.COUNT, Better.NONE,
                    c -> c.rank() == null ? null : BigDecimal.valueOf(c.rank())));
            rows.add(row(v, "comparison.row.score", Kind.NUMBER, Better.HIGHER, VendorColumn::score));
            rows.add(row(v, "comparison.row.withoutFigure", Kind.COUNT, Better.NONE, c -> c.rank() == null ? null
                    : BigDecimal.valueOf(c.criteria().stream().filter(s -> s.weight() > 0 && !s.hasFigure()).count())));
        }
        rows.addAll(List.of(
                metric(v, "comparison.row.conversionRate", Metric.CONVERSION_RATE),
                metric(v, "comparison.row.firstResponse", Metric.FIRST_RESPONSE_SECONDS),
                metric(v, "comparison.row.averageResponse", Metric.AVERAGE_RESPONSE_SECONDS),
                metric(v, "comparison.row.response3min", Metric.RESPONSE_3MIN_RATE),
                metric(v, "comparison.row.response30s", Metric.RESPONSE_30S_RATE),
                metric(v, "comparison.row.refundRate", Metric.REFUND_RATE),
                metric(v, "comparison.row.returnRate", Metric.RETURN_RATE),
                metric(v, "comparison.row.disputeRate", Metric.DISPUTE_RATE),
                metric(v, "comparison.row.satisfaction", Metric.SATISFACTION_RATE),
                metric(v, "comparison.row.agentSales", Metric.AGENT_SALES),
                row(v, "comparison.row.received", Kind.COUNT, Better.NONE, c -> count(c.kpis().received())),
                row(v, "comparison.row.paidBuyers", Kind.COUNT, Better.NONE, c -> count(c.kpis().paidBuyers())),
                row(v, "comparison.row.agentDays", Kind.COUNT, Better.NONE, c -> BigDecimal.valueOf(c.kpis().agentDays())),
                row(v, "comparison.row.slaCompliance", Kind.PERCENT, Better.HIGHER, VendorColumn::slaCompliance),
                row(v, "comparison.row.slaWindows", Kind.COUNT, Better.NONE,
                        c -> BigDecimal.valueOf(c.slaMet() + c.slaBreached())),
                row(v, "comparison.row.penalties", Kind.YUAN, Better.LOWER, VendorColumn::penalties),
                row(v, "comparison.row.staffingKept", Kind.PERCENT, Better.HIGHER, VendorColumn::staffingKept),
                row(v, "comparison.row.fees", Kind.YUAN, Better.NONE, VendorColumn::fees),
                metric(v, "comparison.row.costPerReceived", Metric.COST_PER_RECEIVED),
                metric(v, "comparison.row.costPerPaidOrder", Metric.COST_PER_PAID_ORDER),
                row(v, "comparison.row.salesPerYuan", Kind.NUMBER, Better.HIGHER, VendorColumn::salesPerYuanOfFee)));
        return rows;
    }

    /**
     * The score explained: one row per criterion (key {@code criterion.<NAME>}) with the points it
     * adds to each ranked vendor's score; empty when the vendors are not ranked.
     */
    public static List<Row> breakdown(ComparisonView view) {
        if (!view.ranked()) {
            return List.of();
        }
        return view.weights().stream().map(w -> row(view.vendors(), "criterion." + w.criterion().name(), Kind.NUMBER,
                Better.HIGHER, c -> score(c, w.criterion()).points())).toList();
    }

    /** The vendor's scorecard entry for the criterion. */
    public static CriterionScore score(VendorColumn column, Criterion criterion) {
        return column.criteria().stream().filter(s -> s.criterion() == criterion).findFirst().orElseThrow();
    }

    /** How a criterion's value reads (SLA compliance is a percentage). */
    public static Kind kind(Criterion criterion) {
        return criterion.metric() == null ? Kind.PERCENT : kind(criterion.metric());
    }

    private static Kind kind(Metric metric) {
        return switch (metric.unit()) {
            case PERCENT -> Kind.PERCENT;
            case SECONDS -> Kind.SECONDS;
            case YUAN -> Kind.YUAN;
        };
    }

    private static Row metric(List<VendorColumn> vendors, String key, Metric metric) {
        return row(vendors, key, kind(metric), metric.higherIsBetter() ? Better.HIGHER : Better.LOWER,
                c -> c.kpis().value(metric));
    }

    private static Row row(List<VendorColumn> vendors, String key, Kind kind, Better better,
            Function<VendorColumn, BigDecimal> value) {
        return new Row(key, kind, better, vendors.stream().map(value).toList());
    }

    /**
     * What a reader must be told before the table: why there is no ranking, or the warning with the
     * stores each vendor serves ("云帆客服: 旗舰店、家居店"), in the reader's language.
     */
    public static List<String> notes(ComparisonView view, Locale locale) {
        List<String> notes = new ArrayList<>();
        if (view.rankingWithheld() != null && !view.vendors().isEmpty()) {
            notes.add(Messages.label(locale, view.rankingWithheld()));
        }
        for (ComparisonView.ComparisonWarning w : view.warnings()) {
            notes.add(Messages.label(locale, w));
            view.vendors().forEach(c -> notes.add(c.vendorName() + ": " + storeNames(view.stores(), c.stores(), locale)));
        }
        return notes;
    }

    /** The stores' names (codes where a store is not among the refs) as a list in the reader's language. */
    public static String storeNames(List<ComparisonView.StoreRef> refs, List<String> codes, Locale locale) {
        return Messages.list(locale, codes.stream().map(code -> refs.stream().filter(r -> r.code().equals(code))
                .map(ComparisonView.StoreRef::name).findFirst().orElse(code)).toList());
    }

    /** A count, or null (no figure: shown "—", an empty cell in a workbook). */
    static BigDecimal count(Long n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    /** A value as text for a page or a PDF, through {@link Figures}: with its unit, "—" when there is none. */
    public static String text(BigDecimal value, Kind kind) {
        return switch (kind) {
            case PERCENT -> Figures.rate(value);
            case SECONDS -> Figures.seconds(value);
            case YUAN -> Figures.money(value);
            case COUNT -> Figures.number(value, 0);
            case NUMBER -> Figures.number(value, 2);
        };
    }
}
