package com.csvendor.portal.sla.control;

import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.entity.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Incidents recorded against contracts. */
@ApplicationScoped
public class IncidentRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Incident> findIncident(long id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    public Incident getIncident(long id) {
        return findIncident(id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    public Incident add(Incident incident) {
        em.persist(incident);
        em.flush();
        return incident;
    }

    /** The incidents of many contracts on days from {@code from} to {@code to}, by contract and day. */
    public List<Incident> ofContractsBetween(Collection<Long> contractIds, LocalDate from, LocalDate to) {
        return contractIds.isEmpty() ? List.of() : em.createQuery("SELECT i FROM Incident i"
                + " WHERE i.contractId IN :contracts AND i.occurredOn BETWEEN :from AND :to"
                + " ORDER BY i.contractId, i.occurredOn, i.id", Incident.class).setParameter("contracts", contractIds)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The incidents of the contracts, newest first, at most {@code max}. */
    public List<Incident> ofContracts(Collection<Long> contractIds, int max) {
        return contractIds.isEmpty() ? List.of()
                : em.createNamedQuery("Incident.findOfContracts", Incident.class).setParameter("contracts", contractIds)
                        .setMaxResults(max).getResultList();
    }
}
