package com.csvendor.portal.vendor.control;

import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.vendor.entity.Agent;
import com.csvendor.portal.vendor.entity.AgentAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AgentRepository {

    @PersistenceContext
    EntityManager em;

    public Agent getAgent(long id) {
        return Optional.ofNullable(em.find(Agent.class, id)).orElseThrow(() -> new NotFoundException("agent", id));
    }

    public List<Agent> findByVendor(long vendorId) {
        return em.createNamedQuery("Agent.findByVendor", Agent.class).setParameter("vendorId", vendorId)
                .getResultList();
    }

    /** Agents of a vendor with at least one account in one of the stores. */
    public List<Agent> findByVendorInStores(long vendorId, Collection<Long> storeIds) {
        return storeIds.isEmpty() ? List.of()
                : em.createNamedQuery("Agent.findByVendorInStores", Agent.class).setParameter("vendorId", vendorId)
                        .setParameter("storeIds", storeIds).getResultList();
    }

    public Optional<AgentAccount> findAccount(long storeId, String accountName) {
        return em.createNamedQuery("AgentAccount.findByStoreAndName", AgentAccount.class)
                .setParameter("storeId", storeId).setParameter("name", accountName.strip())
                .getResultStream().findFirst();
    }

    public Agent add(Agent agent) {
        em.persist(agent);
        em.flush();
        return agent;
    }

    /**
     * Writes the pending changes of a managed agent now. Its version is incremented only when it is
     * written, so a view built before would report the old version and the client's next edit
     * would be refused as stale.
     */
    public Agent written(Agent agent) {
        em.flush();
        return agent;
    }
}
