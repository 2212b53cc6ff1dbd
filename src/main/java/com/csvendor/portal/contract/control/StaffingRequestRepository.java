package com.csvendor.portal.contract.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.StaffingRequest;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Staffing requests of contracts. */
@ApplicationScoped
public class StaffingRequestRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffingRequest> findRequest(long id) {
        return Optional.ofNullable(em.find(StaffingRequest.class, id));
    }

    public StaffingRequest getRequest(long id) {
        return findRequest(id).orElseThrow(() -> new NotFoundException("staffingRequest", id));
    }

    /** Newest first day first. */
    public List<StaffingRequest> ofContract(long contractId) {
        return em.createNamedQuery("StaffingRequest.findOfContract", StaffingRequest.class)
                .setParameter("contract", contractId).getResultList();
    }

    /** Of any of the contracts in any of the statuses, by first day. */
    public List<StaffingRequest> ofContracts(Collection<Long> contractIds, Collection<StaffingRequestStatus> statuses) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("StaffingRequest.findOfContracts", StaffingRequest.class)
                .setParameter("contracts", contractIds).setParameter("statuses", statuses).getResultList();
    }

    /**
     * Locks the contract's row while a request is checked against the others and saved, so two
     * requests made at once cannot both pass the maximum of additional agents.
     */
    public void lockContract(Contract contract) {
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
    }

    public StaffingRequest save(StaffingRequest r) {
        em.persist(r);
        em.flush();
        return r;
    }

    /** Writes a decision now, so a stale version fails here and not at commit. */
    public void written(StaffingRequest r) {
        em.flush();
    }
}
