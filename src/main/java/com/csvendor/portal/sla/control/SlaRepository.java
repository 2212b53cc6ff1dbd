package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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

    /** A contract's results of windows starting within [from, to]. */
    public List<SlaResult> resultsStartingBetween(long contractId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("SlaResult.findStartingBetween", SlaResult.class)
                .setParameter("contract", contractId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public void save(SlaResult result) {
        if (result.getId() == null) {
            em.persist(result);
        }
    }

    /** A result no target of the contract produces any more; one under dispute stays. */
    public void removeUnlessDisputed(SlaResult result) {
        boolean disputed = !em.createQuery("SELECT d.id FROM Dispute d WHERE d.subjectType = :type"
                + " AND d.subjectId = :id", Long.class).setParameter("type",
                        com.csvendor.portal.sla.entity.DisputeSubject.BREACH).setParameter("id", result.getId())
                .setMaxResults(1).getResultList().isEmpty();
        if (!disputed) {
            em.remove(result);
        }
    }

    /** A contract's results whose windows end within [from, to]: what a cycle's penalties count. */
    public List<SlaResult> resultsEndingBetween(long contractId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("SlaResult.findEndingBetween", SlaResult.class).setParameter("contract", contractId)
                .setParameter("from", from).setParameter("to", to).getResultList();
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
            jpql.append(" AND r.outcome = :breached");
            params.add(new Object[] {"breached", Outcome.BREACHED});
        }
        jpql.append(" ORDER BY r.windowStart DESC, r.contractId, r.window, r.targetNo");
        TypedQuery<SlaResult> query = em.createQuery(jpql.toString(), SlaResult.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
    }

    public SlaCycle cycleFor(long contractId, LocalDate start) {
        SlaCycle c = em.find(SlaCycle.class, new SlaCycle.Key(contractId, start));
        return c != null ? c : new SlaCycle(contractId, start);
    }

    public void save(SlaCycle cycle) {
        if (!em.contains(cycle)) {
            em.persist(cycle);
        }
    }

    public Optional<SlaCycle> findCycle(long contractId, LocalDate start) {
        return Optional.ofNullable(em.find(SlaCycle.class, new SlaCycle.Key(contractId, start)));
    }

    /** A contract's cycles, newest first. */
    public List<SlaCycle> cycles(long contractId) {
        return em.createNamedQuery("SlaCycle.findOfContract", SlaCycle.class).setParameter("contract", contractId)
                .getResultList();
    }

    /** The start of the latest cycle computed for the contract, if any. */
    public Optional<LocalDate> lastCycleStart(long contractId) {
        return Optional.ofNullable(em.createNamedQuery("SlaCycle.lastStart", LocalDate.class)
                .setParameter("contract", contractId).getSingleResult());
    }
}
