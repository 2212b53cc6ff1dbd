package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.MultiRowInsert;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SLA results and cycles. */
@ApplicationScoped
public class SlaRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<SlaResult> findResult(long id) {
        return Optional.ofNullable(em.find(SlaResult.class, id));
    }

    public SlaResult getResult(long id) {
        return findResult(id).orElseThrow(() -> new NotFoundException("slaResult", id));
    }

    private static final List<String> RESULT_COLUMNS = List.of("contract_id", "contract_version", "target_no",
            "metric", "sla_window", "window_start", "window_end", "comparator", "threshold", "measured", "sample",
            "minimum_sample", "days_judged", "days_exempt", "outcome", "shortfall_percent", "waived", "report_missing",
            "evaluated_at", "version");

    /**
     * Inserts new results ({@link SlaResult#getId()} null) with a few multi-row INSERTs
     * ({@link MultiRowInsert}) instead of an INSERT and an identity query per row, in the caller's
     * transaction. The rows stay unmanaged and without an id: for an evaluation, which reads them back
     * from its book only.
     */
    public void insertAll(List<SlaResult> rows) {
        MultiRowInsert.insert(em, "sla_result", RESULT_COLUMNS, rows, r -> {
            if (r.getId() != null) {
                throw new IllegalArgumentException("sla_result " + r.getId() + " is stored already");
            }
            return new Object[] {r.getContractId(), r.getContractVersion(), r.getTargetNo(), r.getMetric().name(),
                r.getWindow().name(), r.getWindowStart(), r.getWindowEnd(), r.getComparator().name(),
                r.getThreshold(), r.getMeasured(), r.getSample(), r.getMinimumSample(), r.getDaysJudged(),
                r.getDaysExempt(), r.getOutcome().name(), r.getShortfallPercent(), r.isWaived(),
                r.isReportMissing(), LocalDateTime.ofInstant(r.getEvaluatedAt(), ZoneOffset.UTC), 1L};
        });
    }

    /** A result no target of the contract produces any more; one under dispute stays. Answers whether it went. */
    public boolean removeUnlessDisputed(SlaResult result) {
        boolean disputed = !em.createQuery("SELECT d.id FROM Dispute d WHERE d.subjectType = :type"
                + " AND d.subjectId = :id", Long.class).setParameter("type",
                        com.csvendor.portal.sla.entity.DisputeSubject.BREACH).setParameter("id", result.getId())
                .setMaxResults(1).getResultList().isEmpty();
        if (!disputed) {
            em.remove(result);
        }
        return !disputed;
    }

    /** A contract's results whose windows end within [from, to]: what a cycle's penalties count. */
    public List<SlaResult> resultsEndingBetween(long contractId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("SlaResult.findEndingBetween", SlaResult.class).setParameter("contract", contractId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** {@link #resultsEndingBetween} of many contracts at once, by contract, window start and target. */
    public List<SlaResult> resultsEndingBetween(Collection<Long> contractIds, LocalDate from, LocalDate to) {
        return contractIds.isEmpty() ? List.of() : em.createQuery("SELECT r FROM SlaResult r"
                + " WHERE r.contractId IN :contracts AND r.windowEnd BETWEEN :from AND :to"
                + " ORDER BY r.contractId, r.windowStart, r.targetNo", SlaResult.class)
                .setParameter("contracts", contractIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Windows of a contract left provisional after they closed, from the first start to the last end. */
    public record Closed(long contractId, LocalDate from, LocalDate to) {
    }

    /**
     * Per contract, the results still provisional whose window has closed by {@code today}: its
     * last day, or the contract's last day, is over ({@link SlaWindows#running}).
     */
    public List<Closed> closedButProvisional(LocalDate today) {
        List<Closed> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT r.contract_id, MIN(r.window_start), MAX(r.window_end)"
                + " FROM sla_result r JOIN contract c ON c.id = r.contract_id"
                + " WHERE r.outcome IN ('PROVISIONAL_MET', 'PROVISIONAL_BREACHED', 'PROVISIONAL_NOT_JUDGED')"
                + " AND (r.window_end < ?1 OR c.end_date < ?1) GROUP BY r.contract_id ORDER BY r.contract_id")
                .setParameter(1, today).getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new Closed(((Number) row[0]).longValue(), date(row[1]), date(row[2])));
        }
        return out;
    }

    /**
     * Contracts with DAILY results since {@code since} not judged for want of figures on a day of which
     * nothing was ever received: once the day's report is past due they are breached for the missing
     * report, if the contract says so; with the period of those windows.
     */
    public List<Closed> withoutReports(LocalDate since) {
        List<Closed> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT r.contract_id, MIN(r.window_start), MAX(r.window_end)"
                + " FROM sla_result r JOIN contract c ON c.id = r.contract_id"
                + " WHERE r.sla_window = 'DAILY' AND r.outcome = 'NOT_JUDGED' AND r.days_judged = 0"
                + " AND r.window_start >= ?1 AND NOT EXISTS (SELECT 1 FROM kpi_report_day k WHERE"
                + " k.store_id = c.store_id AND k.vendor_id = c.vendor_id AND k.business_date = r.window_start)"
                + " GROUP BY r.contract_id ORDER BY r.contract_id").setParameter(1, since).getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new Closed(((Number) row[0]).longValue(), date(row[1]), date(row[2])));
        }
        return out;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    /** The filter of {@link #search}: contracts in scope, optional window kind and period, breaches only. */
    public record ResultQuery(Collection<Long> contractIds, SlaWindow window, LocalDate from, LocalDate to,
            boolean breachedOnly, int offset, int limit) {
    }

    /** Results of the contracts overlapping the period, newest window first. */
    public List<SlaResult> search(ResultQuery q) {
        if (q.contractIds().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT r FROM SlaResult r WHERE r.contractId IN :contracts");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"contracts", q.contractIds()});
        if (q.window() != null) {
            jpql.append(" AND r.window = :window");
            params.add(new Object[] {"window", q.window()});
        }
        if (q.from() != null) {
            jpql.append(" AND r.windowEnd >= :from");
            params.add(new Object[] {"from", q.from()});
        }
        if (q.to() != null) {
            jpql.append(" AND r.windowStart <= :to");
            params.add(new Object[] {"to", q.to()});
        }
        if (q.breachedOnly()) {
            // Running windows breached so far are listed too, marked by their outcome.
            jpql.append(" AND r.outcome IN :breached");
            params.add(new Object[] {"breached", List.of(Outcome.BREACHED, Outcome.PROVISIONAL_BREACHED)});
        }
        jpql.append(" ORDER BY r.windowStart DESC, r.contractId, r.window, r.targetNo");
        TypedQuery<SlaResult> query = em.createQuery(jpql.toString(), SlaResult.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
    }

    public void save(SlaCycle cycle) {
        if (!em.contains(cycle)) {
            em.persist(cycle);
        }
    }

    /** Removes the cycles starting after the day: the contract's last day in force moved back (a termination). */
    public void removeCyclesAfter(long contractId, LocalDate day) {
        em.createQuery("DELETE FROM SlaCycle c WHERE c.contractId = :contract AND c.cycleStart > :day")
                .setParameter("contract", contractId).setParameter("day", day).executeUpdate();
    }

    public Optional<SlaCycle> findCycle(long contractId, LocalDate start) {
        return Optional.ofNullable(em.find(SlaCycle.class, new SlaCycle.Key(contractId, start)));
    }

    /** A contract's cycles, newest first. */
    public List<SlaCycle> cycles(long contractId) {
        return em.createNamedQuery("SlaCycle.findOfContract", SlaCycle.class).setParameter("contract", contractId)
                .getResultList();
    }
}
