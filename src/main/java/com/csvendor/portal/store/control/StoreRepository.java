package com.csvendor.portal.store.control;

import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.store.entity.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class StoreRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Store> findStore(long id) {
        return Optional.ofNullable(em.find(Store.class, id));
    }

    public Store getStore(long id) {
        return findStore(id).orElseThrow(() -> new NotFoundException("store", id));
    }

    public Optional<Store> findByCode(String code) {
        return em.createNamedQuery("Store.findByCode", Store.class).setParameter("code", code.trim())
                .getResultStream().findFirst();
    }

    public List<Store> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : em.createNamedQuery("Store.findByCodes", Store.class).setParameter("codes", codes).getResultList();
    }

    public List<Store> findAll() {
        return em.createNamedQuery("Store.findAll", Store.class).getResultList();
    }

    public List<Store> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createNamedQuery("Store.findByIds", Store.class).setParameter("ids", ids).getResultList();
    }

    /**
     * The stores a vendor works in: those under a signed (non-draft) contract with it and those
     * where its agents hold platform accounts. Read by SQL so that stores need not know the vendor
     * and contract components above them.
     */
    public Set<Long> storeIdsServedBy(long vendorId) {
        List<?> rows = em.createNativeQuery("SELECT aa.store_id FROM agent_account aa"
                + " JOIN agent a ON a.id = aa.agent_id WHERE a.vendor_id = ?1"
                + " UNION SELECT c.store_id FROM contract c WHERE c.vendor_id = ?1 AND c.status <> 'DRAFT'")
                .setParameter(1, vendorId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    public Store add(Store store) {
        em.persist(store);
        em.flush();
        return store;
    }

    /**
     * Writes the pending changes of a managed store now. Its version is incremented only when it is
     * written, so a view built before would report the old version and the client's next edit
     * would be refused as stale.
     */
    public Store written(Store store) {
        em.flush();
        return store;
    }
}
