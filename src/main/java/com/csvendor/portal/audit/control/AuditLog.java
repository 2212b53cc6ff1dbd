package com.csvendor.portal.audit.control;

import com.csvendor.portal.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Appends entries in the caller's transaction, so a change and its record commit or roll back together. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public AuditEntry record(String subjectType, long subjectId, String action, String actor, String summary,
            String before, String after) {
        AuditEntry entry = new AuditEntry(subjectType, subjectId, action, actor, clock.instant(), summary, before,
                after);
        em.persist(entry);
        // Written now: the identity gives the order of entries, and the provider would otherwise
        // insert the entries of one transaction in an order of its own choosing.
        em.flush();
        return entry;
    }

    public List<AuditEntry> entriesOf(String subjectType, long subjectId) {
        return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultList();
    }
}
