package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.kpi.control.KpiRollups.MonthCell;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.boundary.ComparisonView.ComparisonWarning;
import com.csvendor.portal.sla.boundary.ComparisonView.CriterionScore;
import com.csvendor.portal.sla.boundary.ComparisonView.MonthFigures;
import com.csvendor.portal.sla.boundary.ComparisonView.StoreRef;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import com.csvendor.portal.sla.control.RankingWithheld;
import com.csvendor.portal.sla.control.Scorecard;
import com.csvendor.portal.sla.control.StaffingReconciliation;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Assembles the vendor columns of one comparison from what was read: the month cells of every
 * store and vendor, each contract's fees, the SLA standings. A vendor's figures are its summed
 * sums ({@link KpiSums#plus}), never an average of per-store or per-month values. A vendor serves
 * the stores where it has figures or a contract in force in the period.
 */
final class VendorComparison {

    /** Sales per yuan of fee, to the fen. */
    static final int SALES_PER_YUAN_SCALE = 2;

    private final Map<Criterion, Integer> weights;
    private final Map<Long, Map<LocalDate, KpiSums>> byVendorMonth = new HashMap<>();
    private final Map<String, Map<LocalDate, KpiSums>> byStoreVendor = new HashMap<>();
    private final Map<Long, BigDecimal> fees = new HashMap<>();
    private final Map<Long, List<StaffingReconciliation.Kept>> staffing = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Set<Long>> stores = new HashMap<>();

    VendorComparison(Map<Criterion, Integer> weights) {
        this.weights = weights;
    }

    void add(MonthCell cell) {
        byVendorMonth.computeIfAbsent(cell.vendorId(), v -> new TreeMap<>()).merge(cell.month(), cell.sums(),
                KpiSums::plus);
        byStoreVendor.computeIfAbsent(cell.storeId() + "/" + cell.vendorId(), k -> new HashMap<>())
                .merge(cell.month(), cell.sums(), KpiSums::plus);
        serves(cell.storeId(), cell.vendorId());
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

    /** The staffing kept under one of the vendor's contracts over the period. */
    void staffing(long vendorId, StaffingReconciliation.Kept kept) {
        staffing.computeIfAbsent(vendorId, v -> new ArrayList<>()).add(kept);
    }

    /** Vendors with figures but no contract read (so no name yet). */
    Set<Long> unnamed() {
        return byVendorMonth.keySet().stream().filter(v -> !names.containsKey(v)).collect(Collectors.toSet());
    }

    /** The vendor serves the store: a contract between them is in force in the period. */
    void serves(long storeId, long vendorId) {
        stores.computeIfAbsent(vendorId, v -> new HashSet<>()).add(storeId);
    }

    /**
     * One column per vendor with figures or a contract in the period: the ranked vendors best score
     * first (ties by name), then (by name) those with figures when the ranking is withheld, then
     * those without a figure for any criterion; a vendor with a contract but no figures still shows
     * its fees and SLA standing. The ranking is withheld when fewer than two vendors have a figure
     * for a weighed criterion, or when every weight is 0 ({@link Scorecard#withheld}); it carries a warning when the vendors with figures do not serve the
     * same stores.
     */
    ComparisonView view(List<StoreRef> chosen, LocalDate from, LocalDate to, List<WeightView> weightViews,
            Map<Long, Standing> sla) {
        List<Long> ids = names.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> names.get(id)).thenComparing(id -> id)).toList();
        Map<Long, KpiFigures> figures = new HashMap<>();
        Map<Long, Map<Criterion, BigDecimal>> values = new HashMap<>();
        List<Candidate<Long>> candidates = new ArrayList<>();
        for (long id : ids) {
            KpiFigures f = KpiFigures.of(total(id), fees.get(id));
            figures.put(id, f);
            values.put(id, criteria(f, sla.getOrDefault(id, Standing.NONE)));
            Candidate<Long> candidate = new Candidate<>(id, values.get(id));
            if (Scorecard.hasFigure(candidate, weights)) {
                candidates.add(candidate);
            }
        }
        RankingWithheld withheld = Scorecard.withheld(candidates.size(), weights);
        Map<Long, Scored<Long>> scored = new LinkedHashMap<>();
        if (withheld == null) {
            Scorecard.rank(candidates, weights).forEach(s -> scored.put(s.key(), s));
        }
        Set<Long> order = new LinkedHashSet<>(scored.keySet());
        candidates.forEach(c -> order.add(c.key()));
        order.addAll(ids);
        List<VendorColumn> out = new ArrayList<>();
        int rank = 0;
        for (long id : order) {
            Scored<Long> s = scored.get(id);
            Standing standing = sla.getOrDefault(id, Standing.NONE);
            Map<Criterion, BigDecimal> v = values.get(id);
            List<CriterionScore> scores = weights.entrySet().stream().map(e -> new CriterionScore(e.getKey(),
                    v.get(e.getKey()), s == null ? null : s.normalised().get(e.getKey()), e.getValue(),
                    s == null ? null : s.points().get(e.getKey()), v.get(e.getKey()) != null)).toList();
            out.add(new VendorColumn(s == null ? null : ++rank, id, names.get(id), codes(chosen, id),
                    s == null ? null : s.score(), figures.get(id), standing.met(), standing.breached(),
                    standing.compliance(), standing.penalties(), fees.get(id), salesPerYuan(total(id), fees.get(id)),
                    StaffingReconciliation.Kept.of(staffing.getOrDefault(id, List.of())).percent(), scores, trend(id)));
        }
        List<ComparisonWarning> warnings = candidates.stream().map(c -> stores.getOrDefault(c.key(), Set.of()))
                .distinct().count() > 1 ? List.of(ComparisonWarning.DIFFERENT_STORES) : List.of();
        return new ComparisonView(chosen, from, to, weightViews, withheld == null, withheld, warnings, out);
    }

    private KpiSums total(long vendorId) {
        return byVendorMonth.getOrDefault(vendorId, Map.of()).values().stream().reduce(KpiSums.ZERO, KpiSums::plus);
    }

    /** The codes of the chosen stores the vendor serves, in the order chosen. */
    private List<String> codes(List<StoreRef> chosen, long vendorId) {
        Set<Long> served = stores.getOrDefault(vendorId, Set.of());
        return chosen.stream().filter(s -> served.contains(s.id())).map(StoreRef::code).toList();
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
