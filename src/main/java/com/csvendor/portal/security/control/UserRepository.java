package com.csvendor.portal.security.control;

import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<PortalUser> findByUsername(String username) {
        return em.createNamedQuery("PortalUser.findByUsername", PortalUser.class)
                .setParameter("username", PortalUser.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    /**
     * The user's version alone — one indexed column, read on every request to tell whether a kept
     * copy of the user is still current, whichever portal instance changed it.
     */
    public Optional<Long> findVersion(String username) {
        return em.createNamedQuery("PortalUser.findVersion", Long.class)
                .setParameter("username", PortalUser.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    public PortalUser getUser(long id) {
        return Optional.ofNullable(em.find(PortalUser.class, id)).orElseThrow(() -> new NotFoundException("user", id));
    }

    public List<PortalUser> findAll() {
        return em.createNamedQuery("PortalUser.findAll", PortalUser.class).getResultList();
    }

    /** Active users with an e-mail address: the only ones notifications can reach. */
    public List<PortalUser> findWithEmail() {
        return em.createNamedQuery("PortalUser.findWithEmail", PortalUser.class).getResultList();
    }

    public PortalUser add(PortalUser user) {
        em.persist(user);
        em.flush();
        return user;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM PortalUser u", Long.class).getSingleResult();
    }

    /**
     * Writes the pending changes of a managed user now. Its version is incremented only when it is
     * written, so a view built before would report the old version and the client's next edit
     * would be refused as stale.
     */
    public PortalUser written(PortalUser user) {
        em.flush();
        return user;
    }
}
