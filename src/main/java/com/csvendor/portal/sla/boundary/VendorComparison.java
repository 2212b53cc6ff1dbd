package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.kpi.control.KpiRollups.MonthCell;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.boundary.ComparisonView.CriterionScore;
import com.csvendor.portal.sla.boundary.ComparisonView.MonthFigures;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.control.Scorecard;
import com.csvendor.portal.sla.control.Scorecard.Candidate;
import com.csvendor.portal.sla.control.Scorecard.Scored;
import com.csvendor.portal.sla.control.SlaStandings.Standing;
import com.csvendor.portal.sla.entity.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Assembles the vendor columns of one comparison from what was read: the month cells of every
 * store and vendor, each contract's fees, the SLA standings. A vendor's figures are its summed
 * sums ({@link KpiSums#plus}), never an average of per-store or per-month values.
 */
final class VendorComparison {

    /** Sales per yuan of fee, to the fen. */
    static final int SALES_PER_YUAN_SCALE = 2;

    private final Map<Criterion, Integer> weights;
    private final Map<Long, Map<LocalDate, KpiSums>> byVendorMonth = new HashMap<>();
    private final Map<String, Map<LocalDate, KpiSums>> byStoreVendor = new HashMap<>();
    private final Map<Long, BigDecimal> fees = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    VendorComparison(Map<Criterion, Integer> weights) {
        this.weights = weights;
    }

    void add(MonthCell cell) {
        byVendorMonth.computeIfAbsent(cell.vendorId(), v -> new TreeMap<>()).merge(cell.month(), cell.sums(),
                KpiSums::plus);
        byStoreVendor.computeIfAbsent(cell.storeId() + "/" + cell.vendorId(), k -> new HashMap<>())
                .merge(cell.month(), cell.sums(), KpiSums::plus);
    }

    /** The month sums of one store and vendor (for its contracts' fees). */
    Map<LocalDate, KpiSums> months(long storeId, long vendorId) {
        return byStoreVendor.getOrDefault(storeId + "/" + vendorId, Map.of());
    }

    void name(long vendorId, String name) {
        names.put(vendorId, name);
    }

    void fees(long vendorId, BigDecimal amount) {
        fees.merge(vendorId, amount, BigDecimal::add);
    }

    /** Vendors with figures but no contract read (so no name yet). */
    Set<Long> unnamed() {
        return byVendorMonth.keySet().stream().filter(v -> !names.containsKey(v)).collect(Collectors.toSet());
    }

    /**
     * One column per vendor with figures or a contract in the period, best score first; ties by
     * name. A vendor with a contract but no figures still shows its fees and SLA standing.
     */
    List<VendorColumn> columns(Map<Long, Standing> sla) {
        List<Long> ids = names.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> names.get(id)).thenComparing(id -> id)).toList();
        Map<Long, KpiSums> totals = new HashMap<>();
        Map<Long, KpiFigures> figures = new HashMap<>();
        List<Candidate<Long>> candidates = new ArrayList<>();
        for (long id : ids) {
            KpiSums total = byVendorMonth.getOrDefault(id, Map.of()).values().stream()
                    .reduce(KpiSums.ZERO, KpiSums::plus);
            totals.put(id, total);
            KpiFigures f = KpiFigures.of(total, fees.get(id));
            figures.put(id, f);
            candidates.add(new Candidate<>(id, criteria(f, sla.getOrDefault(id, Standing.NONE))));
        }
        List<VendorColumn> out = new ArrayList<>();
        int rank = 0;
        for (Scored<Long> s : Scorecard.rank(candidates, weights)) {
            long id = s.key();
            Standing standing = sla.getOrDefault(id, Standing.NONE);
            KpiFigures f = figures.get(id);
            Map<Criterion, BigDecimal> values = criteria(f, standing);
            List<CriterionScore> scores = weights.entrySet().stream().map(e -> new CriterionScore(e.getKey(),
                    values.get(e.getKey()), s.normalised().get(e.getKey()), e.getValue(),
                    values.get(e.getKey()) != null)).toList();
            out.add(new VendorColumn(++rank, id, names.get(id), s.score(), f, standing.met(), standing.breached(),
                    standing.compliance(), standing.penalties(), fees.get(id),
                    salesPerYuan(totals.get(id), fees.get(id)), scores, trend(id)));
        }
        return out;
    }

    static Map<Criterion, BigDecimal> criteria(KpiFigures f, Standing standing) {
        Map<Criterion, BigDecimal> values = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Metric m = c.metric();
            values.put(c, m == null ? standing.compliance() : f.value(m));
        }
        return values;
    }

    static BigDecimal salesPerYuan(KpiSums sums, BigDecimal fees) {
        return fees == null || fees.signum() == 0 || sums.sum(KpiSums.SALES_AMOUNT) == null ? null
                : sums.salesAmount().divide(fees, SALES_PER_YUAN_SCALE, RoundingMode.HALF_UP);
    }

    private List<MonthFigures> trend(long vendorId) {
        return byVendorMonth.getOrDefault(vendorId, Map.of()).entrySet().stream()
                .map(e -> new MonthFigures(e.getKey(), KpiFigures.of(e.getValue(), null))).toList();
    }
}
