package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.control.KpiTables;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.sla.entity.DisputeSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contract's staffing days ({@link StaffingReconciliation}) from its terms, its accepted staffing
 * requests ({@code staffing_request}), the days an upheld dispute waived ({@code sla_dispute} of
 * subject STAFFING_DAY, ACCEPTED) — both read set-wise for many contracts — and the day sums of its
 * store and vendor.
 */
@ApplicationScoped
public class StaffingLedgers {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiRollups rollups;

    @Inject
    Clock clock;

    /**
     * What a contract's staffing days are read from besides its terms and day sums: its accepted
     * staffing requests and the days whose shortfall an upheld dispute waived.
     */
    public record Known(List<StaffingReconciliation.Accepted> accepted, Set<LocalDate> waived) {

        public static final Known NONE = new Known(List.of(), Set.of());

        public Known {
            accepted = List.copyOf(accepted);
            waived = Set.copyOf(waived);
        }
    }

    public List<StaffingDay> of(Contract c, LocalDate from, LocalDate to) {
        return of(c, from, to, rollups.days(c.getStore().getId(), c.getVendor().getId(), from, to));
    }

    /** With what is known of the contract already read ({@link #known}). */
    public List<StaffingDay> of(Contract c, LocalDate from, LocalDate to, Known known) {
        return of(c, from, to, rollups.days(c.getStore().getId(), c.getVendor().getId(), from, to), known,
                clock.instant());
    }

    /** With the day sums of the contract's store and vendor already read (covering from..to). */
    public List<StaffingDay> of(Contract c, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> days) {
        return of(c, from, to, days, known(List.of(c.getId())).getOrDefault(c.getId(), Known.NONE), clock.instant());
    }

    /**
     * With what is known of the contract already read ({@link #known}), judged at {@code now} (days whose
     * report is not due by then are pending).
     */
    public static List<StaffingDay> of(Contract c, LocalDate from, LocalDate to, Map<LocalDate, KpiSums> days,
            Known known, Instant now) {
        return StaffingReconciliation.days(c.dates(), ContractVersion::readOnlyTerms, from, to, known.accepted(), days,
                known.waived(), now);
    }

    /**
     * The days of the contracts with a dispute still open (raised, not decided), by contract: one query
     * whatever their number.
     */
    public Map<Long, Set<LocalDate>> disputed(Collection<Long> contractIds) {
        Map<Long, Set<LocalDate>> out = new HashMap<>();
        if (contractIds.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery("SELECT contract_id, subject_id FROM sla_dispute WHERE subject_type = '"
                + DisputeSubject.STAFFING_DAY + "' AND status = 'OPEN' AND contract_id IN (" + contractIds.stream()
                .map(String::valueOf).collect(Collectors.joining(",")) + ")").getResultList()) {
            Object[] row = (Object[]) o;
            out.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                    .add(DisputeSubject.day(((Number) row[1]).longValue()));
        }
        return out;
    }

    /**
     * The accepted staffing requests and the waived days of the contracts, by contract (a contract
     * with neither is absent): two queries whatever their number.
     */
    public Map<Long, Known> known(Collection<Long> contractIds) {
        Map<Long, Known> out = new HashMap<>();
        if (contractIds.isEmpty()) {
            return out;
        }
        String ids = contractIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<StaffingReconciliation.Accepted>> accepted = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT contract_id, agents, from_date, to_date FROM staffing_request"
                + " WHERE status = 'ACCEPTED' AND contract_id IN (" + ids + ") ORDER BY contract_id, from_date, id")
                .getResultList()) {
            Object[] row = (Object[]) o;
            accepted.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new StaffingReconciliation.Accepted(((Number) row[1]).intValue(), KpiTables.date(row[2]),
                            row[3] == null ? null : KpiTables.date(row[3])));
        }
        Map<Long, Set<LocalDate>> waived = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT contract_id, subject_id FROM sla_dispute WHERE subject_type = '"
                + DisputeSubject.STAFFING_DAY + "' AND status = 'ACCEPTED' AND contract_id IN (" + ids + ")")
                .getResultList()) {
            Object[] row = (Object[]) o;
            waived.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                    .add(DisputeSubject.day(((Number) row[1]).longValue()));
        }
        for (Long id : contractIds) {
            if (accepted.containsKey(id) || waived.containsKey(id)) {
                out.put(id, new Known(accepted.getOrDefault(id, List.of()), waived.getOrDefault(id, Set.of())));
            }
        }
        return out;
    }
}
