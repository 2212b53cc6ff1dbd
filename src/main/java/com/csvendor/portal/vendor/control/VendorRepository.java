package com.csvendor.portal.vendor.control;

import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.vendor.entity.CreditCode;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class VendorRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Vendor> findVendor(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id));
    }

    public Vendor getVendor(long id) {
        return findVendor(id).orElseThrow(() -> new NotFoundException("vendor", id));
    }

    public List<Vendor> findAll() {
        return em.createNamedQuery("Vendor.findAll", Vendor.class).getResultList();
    }

    public Optional<Vendor> findByName(String name) {
        return em.createNamedQuery("Vendor.findByName", Vendor.class).setParameter("name", name.trim())
                .getResultStream().findFirst();
    }

    public Optional<Vendor> findByCreditCode(CreditCode code) {
        return em.createNamedQuery("Vendor.findByCreditCode", Vendor.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Vendor add(Vendor vendor) {
        em.persist(vendor);
        em.flush();
        return vendor;
    }

    /**
     * Writes the pending changes of a managed vendor now. Its version is incremented only when it is
     * written, so a view built before would report the old version and the client's next edit
     * would be refused as stale.
     */
    public Vendor written(Vendor vendor) {
        em.flush();
        return vendor;
    }
}
