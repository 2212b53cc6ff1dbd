package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.control.KpiRollups.StoreVendor;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the {@link SlaBook}s of several contracts in nine queries, whatever their number: the
 * contracts (locked for the evaluation, in id order so two evaluations never wait on each other in
 * a cycle), their versions, stores and vendors (batch-read), the day sums and daily-report receipts
 * of their vendor-store pairs, their results, incidents and cycles, and their accepted staffing
 * requests and waived staffing days ({@link StaffingLedgers#known}). Runs inside the caller's transaction: the
 * entities stay managed and what the evaluation changes is written at its commit.
 */
@ApplicationScoped
public class SlaBooks {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiRollups rollups;

    @Inject
    ReportLedgers reports;

    @Inject
    StaffingLedgers staffing;

    /** The books of the contracts found among {@code ids}, in id order. */
    Map<Long, SlaBook> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Contract> contracts = em.createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id",
                Contract.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "c.versions")
                .setHint("eclipselink.batch", "c.store").setHint("eclipselink.batch", "c.vendor").getResultList();
        if (contracts.isEmpty()) {
            return Map.of();
        }
        List<Long> found = contracts.stream().map(Contract::getId).toList();
        LocalDate from = contracts.stream().map(Contract::getStartDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = contracts.stream().map(Contract::lastDayInForce).max(LocalDate::compareTo).orElseThrow();
        List<StoreVendor> pairs = contracts.stream().map(SlaBooks::pair).distinct().toList();
        var days = rollups.days(pairs, from, to);
        var receipts = reports.receipts(pairs, from, to);
        Map<Long, List<SlaResult>> results = byContract(em.createQuery("SELECT r FROM SlaResult r"
                + " WHERE r.contractId IN :ids", SlaResult.class).setParameter("ids", found).getResultList(),
                SlaResult::getContractId);
        Map<Long, List<Incident>> incidents = byContract(em.createQuery("SELECT i FROM Incident i"
                + " WHERE i.contractId IN :ids", Incident.class).setParameter("ids", found).getResultList(),
                Incident::getContractId);
        Map<Long, List<SlaCycle>> cycles = byContract(em.createQuery("SELECT c FROM SlaCycle c"
                + " WHERE c.contractId IN :ids", SlaCycle.class).setParameter("ids", found).getResultList(),
                SlaCycle::getContractId);
        Map<Long, StaffingLedgers.Known> known = staffing.known(found);
        Map<Long, SlaBook> out = new LinkedHashMap<>();
        for (Contract c : contracts) {
            out.put(c.getId(), new SlaBook(c, days.get(pair(c)), receipts.get(pair(c)),
                    results.getOrDefault(c.getId(), List.of()),
                    incidents.getOrDefault(c.getId(), List.of()), cycles.getOrDefault(c.getId(), List.of()),
                    known.getOrDefault(c.getId(), StaffingLedgers.Known.NONE)));
        }
        return out;
    }

    private static StoreVendor pair(Contract c) {
        return new StoreVendor(c.getStore().getId(), c.getVendor().getId());
    }

    private static <T> Map<Long, List<T>> byContract(List<T> rows, Function<T, Long> contract) {
        return rows.stream().collect(Collectors.groupingBy(contract));
    }
}
