package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.control.KpiTables;
import com.csvendor.portal.kpi.entity.KpiSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contract's staffing days ({@link StaffingReconciliation}) from its terms, its accepted staffing
 * requests ({@code staffing_request}, read set-wise for many contracts) and the day sums of its store
 * and vendor.
 */
@ApplicationScoped
public class StaffingLedgers {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiRollups rollups;

    public List<StaffingDay> of(Contract c, LocalDate from, LocalDate to) {
        return of(c, from, to, rollups.days(c.getStore().getId(), c.getVendor().getId(), from, to));
    }

    /** With the contract's accepted requests already read ({@link #accepted}). */
    public List<StaffingDay> of(Contract c, LocalDate from, LocalDate to, List<StaffingReconciliation.Accepted> accepted) {
        return of(c, from, to, rollups.days(c.getStore().getId(), c.getVendor().getId(), from, to), accepted);
    }

    /** With the day sums of the contract's store and vendor already read (covering from..to). */
    public List<StaffingDay> of(Contract c, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> days) {
        return of(c, from, to, days, accepted(List.of(c.getId())).getOrDefault(c.getId(), List.of()));
    }

    /** With the contract's accepted requests already read ({@link #accepted}). */
    public static List<StaffingDay> of(Contract c, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> days,
            List<StaffingReconciliation.Accepted> accepted) {
        return StaffingReconciliation.days(c.dates(), v -> v.getTerms(), from, to, accepted, days, Set.of());
    }

    /** The accepted staffing requests of the contracts, by contract: one query whatever their number. */
    public Map<Long, List<StaffingReconciliation.Accepted>> accepted(Collection<Long> contractIds) {
        Map<Long, List<StaffingReconciliation.Accepted>> out = new HashMap<>();
        if (contractIds.isEmpty()) {
            return out;
        }
        String ids = contractIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Object o : em.createNativeQuery("SELECT contract_id, agents, from_date, to_date FROM staffing_request"
                + " WHERE status = 'ACCEPTED' AND contract_id IN (" + ids + ") ORDER BY contract_id, from_date, id")
                .getResultList()) {
            Object[] row = (Object[]) o;
            out.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new StaffingReconciliation.Accepted(((Number) row[1]).intValue(), KpiTables.date(row[2]),
                            row[3] == null ? null : KpiTables.date(row[3])));
        }
        return out;
    }
}
