package com.csvendor.portal.kpi.control;

import com.csvendor.portal.contract.control.LockedPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads an {@link ImportScope} from the database. */
@ApplicationScoped
public class ImportScopeLoader {

    @PersistenceContext
    EntityManager em;

    @Inject
    LockedPeriods locked;

    /**
     * The stores the vendor has a signed (not draft) contract with, each with the periods covered:
     * start to end, or to the day before it was terminated; and the periods approved statements settled.
     */
    public ImportScope load(long vendorId, Long defaultStoreId, LocalDate today) {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.code, c.start_date, c.end_date, c.status, c.status_since"
                + " FROM contract c JOIN store s ON s.id = c.store_id"
                + " WHERE c.vendor_id = ?1 AND c.status <> 'DRAFT'").setParameter(1, vendorId).getResultList();
        Map<Long, List<LocalDate[]>> periods = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long storeId = ((Number) r[0]).longValue();
            codes.put(storeId, (String) r[1]);
            LocalDate start = KpiTables.date(r[2]);
            LocalDate end = KpiTables.date(r[3]);
            if ("TERMINATED".equals(r[4]) && r[5] != null && KpiTables.date(r[5]).minusDays(1).isBefore(end)) {
                end = KpiTables.date(r[5]).minusDays(1);
            }
            periods.computeIfAbsent(storeId, k -> new ArrayList<>()).add(new LocalDate[] {start, end});
        }
        Map<Long, List<LockedPeriods.Settled>> settled = locked.settledOfVendor(vendorId).stream()
                .collect(Collectors.groupingBy(LockedPeriods.Settled::storeId));
        Map<String, ImportScope.ServedStore> byCode = new HashMap<>();
        periods.forEach((id, covered) -> byCode.put(codes.get(id).toUpperCase(Locale.ROOT),
                new ImportScope.ServedStore(id, codes.get(id), List.copyOf(covered),
                        settled.getOrDefault(id, List.of()))));
        ImportScope.ServedStore defaultStore = defaultStoreId == null ? null
                : byCode.values().stream().filter(s -> s.id() == defaultStoreId).findFirst()
                        .orElse(new ImportScope.ServedStore(defaultStoreId, codeOf(defaultStoreId), List.of()));
        return new ImportScope(vendorId, defaultStore, byCode, this::accountsIn, today);
    }

    private String codeOf(long storeId) {
        return (String) em.createNativeQuery("SELECT code FROM store WHERE id = ?1").setParameter(1, storeId)
                .getSingleResult();
    }

    /** Every account held in the store, by name, with its agent and the agent's vendor. */
    Map<String, ImportScope.Holder> accountsIn(long storeId) {
        List<?> rows = em.createNativeQuery("SELECT aa.account_name, a.id, a.vendor_id FROM agent_account aa"
                + " JOIN agent a ON a.id = aa.agent_id WHERE aa.store_id = ?1").setParameter(1, storeId)
                .getResultList();
        Map<String, ImportScope.Holder> out = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.put(((String) r[0]).strip(), new ImportScope.Holder(((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()));
        }
        return out;
    }
}
