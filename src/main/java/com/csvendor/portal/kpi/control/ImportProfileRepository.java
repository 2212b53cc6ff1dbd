package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.ImportProfile;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Import profiles. No role check here: the import job reads the mappings on behalf of an upload. */
@ApplicationScoped
public class ImportProfileRepository {

    @PersistenceContext
    EntityManager em;

    public List<ImportProfile> findAll() {
        return em.createNamedQuery("ImportProfile.findAll", ImportProfile.class).getResultList();
    }

    public Optional<ImportProfile> findProfile(long id) {
        return Optional.ofNullable(em.find(ImportProfile.class, id));
    }

    public ImportProfile getProfile(long id) {
        return findProfile(id).orElseThrow(() -> new NotFoundException("kpiProfile", id));
    }

    /** Codes are stored in upper case; the one given may be in any case. */
    public Optional<ImportProfile> findByCode(String code) {
        return em.createNamedQuery("ImportProfile.findByCode", ImportProfile.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** Every profile as the parser uses it, by code. */
    public List<ProfileMapping> mappings() {
        return em.createNamedQuery("ImportProfile.findAllWithAliases", ImportProfile.class).getResultList().stream()
                .map(ImportProfile::toMapping).toList();
    }

    public ImportProfile add(ImportProfile profile) {
        em.persist(profile);
        em.flush();
        return profile;
    }

    /**
     * Writes the pending changes of a managed profile now, with a new version even when only its
     * aliases changed (their rows are not the profile's row): two administrators editing the same
     * profile must not both win. Written now because a view built before the flush would report
     * the old version and the client's next edit would be refused as stale.
     */
    public ImportProfile written(ImportProfile profile) {
        em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return profile;
    }

    public void remove(ImportProfile profile) {
        em.remove(profile);
        em.flush();
    }
}
