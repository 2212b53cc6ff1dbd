package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.control.SignedContracts;
import com.csvendor.portal.contract.control.SignedContracts.Signed;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.control.KpiRollups.AgentCell;
import com.csvendor.portal.kpi.control.KpiRollups.MonthCell;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.boundary.ComparisonView.StoreRef;
import com.csvendor.portal.sla.control.PeriodFees;
import com.csvendor.portal.sla.control.StaffingLedgers;
import com.csvendor.portal.sla.control.ScorecardWeights;
import com.csvendor.portal.sla.control.SlaStandings;
import com.csvendor.portal.sla.control.SlaStandings.Standing;
import com.csvendor.portal.sla.entity.Criterion;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.vendor.control.VendorRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor comparison dashboard: store managers compare the vendors of their stores, finance and
 * administrators those of any store; vendor leads may not. A store outside the caller's scope
 * answers not found like a missing one. Every KPI comes from the maintained rollups through
 * {@link KpiSums} (ratios of sums); the fees from the contracts in force through the service fee
 * calculator; compliance and penalties from the SLA results and cycles. The REST API, the page and
 * the exports all read {@link #compare}, so they show the same figures.
 */
@Stateless
public class ComparisonService {

    /** The longest period compared, in days (two years). */
    public static final int MAX_DAYS = 731;
    public static final int MAX_STORES = 100;

    @EJB
    StoreService stores;

    @Inject
    KpiRollups rollups;

    @Inject
    SignedContracts contracts;

    @Inject
    PeriodFees fees;

    @Inject
    StaffingLedgers staffing;

    @Inject
    SlaStandings standings;

    @Inject
    ScorecardWeights weights;

    @Inject
    VendorRepository vendors;

    @Inject
    Caller caller;

    /** The stores the caller may compare. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public List<StoreView> stores() {
        return stores.list().stream().filter(StoreView::active).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public ComparisonView compare(@NotNull List<String> storeCodes, @NotNull LocalDate from, @NotNull LocalDate to) {
        List<StoreRef> chosen = resolve(storeCodes, from, to);
        List<Long> storeIds = chosen.stream().map(StoreRef::id).toList();
        Map<Criterion, Integer> w = weights.of(caller.username());
        VendorComparison comparison = new VendorComparison(w);
        for (MonthCell cell : rollups.months(storeIds, from, to)) {
            comparison.add(cell);
        }
        List<Signed> signed = contracts.overlapping(storeIds, from, to);
        var known = staffing.known(signed.stream().map(Signed::id).toList());
        var days = rollups.days(signed.stream().map(c -> new KpiRollups.StoreVendor(c.storeId(), c.vendorId()))
                .distinct().toList(), from, to);
        for (Signed c : signed) {
            comparison.serves(c.storeId(), c.vendorId());
            comparison.name(c.vendorId(), c.vendorName());
            PeriodFees.Period period = fees.of(c, from, to, comparison.months(c.storeId(), c.vendorId()),
                    days.get(new KpiRollups.StoreVendor(c.storeId(), c.vendorId())),
                    known.getOrDefault(c.id(), StaffingLedgers.Known.NONE));
            comparison.fees(c.vendorId(), period.fees());
            comparison.staffing(c.vendorId(), period.staffing());
        }
        Map<Long, Standing> sla = standings.of(storeIds, from, to);
        comparison.unnamed().forEach(id -> comparison.name(id, vendors.getVendor(id).getName()));
        return comparison.view(chosen, from, to, weightViews(w), sla);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public AgentsView agents(long vendorId, @NotNull List<String> storeCodes, @NotNull LocalDate from,
            @NotNull LocalDate to) {
        List<StoreRef> chosen = resolve(storeCodes, from, to);
        List<Long> storeIds = chosen.stream().map(StoreRef::id).toList();
        List<Signed> signed = contracts.overlapping(storeIds, from, to).stream()
                .filter(c -> c.vendorId() == vendorId).toList();
        if (signed.isEmpty()) {
            throw new NotFoundException("vendor", vendorId);
        }
        Map<Long, String> codes = new HashMap<>();
        chosen.forEach(s -> codes.put(s.id(), s.code()));
        List<AgentCell> cells = rollups.agents(vendorId, storeIds, from, to);
        return AgentRanking.of(vendorId, signed.get(0).vendorName(),
                chosen.stream().map(StoreRef::code).toList(), from, to, cells, codes, weights.of(caller.username()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public List<WeightView> weights() {
        return weightViews(weights.of(caller.username()));
    }

    /** Replaces the caller's weights; criteria left out go back to their default. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public List<WeightView> saveWeights(@NotNull List<@NotNull @Valid WeightForm> forms) {
        Map<Criterion, Integer> chosen = new EnumMap<>(Criterion.class);
        for (WeightForm f : forms) {
            if (chosen.put(f.getCriterion(), f.getWeight()) != null) {
                throw new InvalidInputException("criterion", "comparison.weights.twice", f.getCriterion());
            }
        }
        weights.save(caller.username(), chosen);
        return weights();
    }

    private static List<WeightView> weightViews(Map<Criterion, Integer> w) {
        return w.entrySet().stream().map(e -> new WeightView(e.getKey(), e.getValue(), e.getKey().higherIsBetter()))
                .toList();
    }

    /** The chosen stores, each visible to the caller (else not found, as if missing), in the order given. */
    private List<StoreRef> resolve(Collection<String> storeCodes, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "comparison.period.order", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "comparison.period.tooLong", MAX_DAYS);
        }
        List<String> codes = storeCodes.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (codes.isEmpty() || codes.size() > MAX_STORES) {
            throw new InvalidInputException("stores", "comparison.stores.count", MAX_STORES);
        }
        Map<String, StoreView> visible = stores.visibleByCodes(codes);
        List<StoreRef> out = new ArrayList<>();
        for (String code : codes) {
            StoreView s = visible.get(code);
            if (s == null) {
                throw new NotFoundException("store", code);
            }
            out.add(new StoreRef(s.id(), s.code(), s.name()));
        }
        return out;
    }
}
