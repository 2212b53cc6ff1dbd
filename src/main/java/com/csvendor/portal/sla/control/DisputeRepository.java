package com.csvendor.portal.sla.control;

import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.entity.Dispute;
import com.csvendor.portal.sla.entity.DisputeSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Disputes of breaches, incidents and short staffing days. */
@ApplicationScoped
public class DisputeRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Dispute> findDispute(long id) {
        return Optional.ofNullable(em.find(Dispute.class, id));
    }

    public Dispute getDispute(long id) {
        return findDispute(id).orElseThrow(() -> new NotFoundException("dispute", id));
    }

    public Dispute add(Dispute dispute) {
        em.persist(dispute);
        em.flush();
        return dispute;
    }

    /** Writes pending changes now, so the answer carries the new optimistic-lock version. */
    public Dispute written(Dispute dispute) {
        em.flush();
        return dispute;
    }

    /** The open dispute of a subject of the contract (a staffing day's id is only unique within its contract). */
    public Optional<Dispute> findOpen(long contractId, DisputeSubject type, long subjectId) {
        return em.createNamedQuery("Dispute.findOpenOfSubject", Dispute.class).setParameter("contract", contractId)
                .setParameter("type", type)
                .setParameter("subject", subjectId).getResultStream().findFirst();
    }

    /** The disputes of the contracts, newest first, at most {@code max}. */
    public List<Dispute> ofContracts(Collection<Long> contractIds, int max) {
        return contractIds.isEmpty() ? List.of()
                : em.createNamedQuery("Dispute.findOfContracts", Dispute.class).setParameter("contracts", contractIds)
                        .setMaxResults(max).getResultList();
    }
}
