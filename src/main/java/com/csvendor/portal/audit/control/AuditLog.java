package com.csvendor.portal.audit.control;

import com.csvendor.portal.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Appends entries in the caller's transaction, so a change and its record commit or roll back together. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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

    /**
     * A change of a subject given as its snapshots ({@link Snapshots#json}, {@code null} where it
     * did not exist); the summary names the subject and, for an edit, the fields that changed.
     */
    public AuditEntry recordChange(String subjectType, long subjectId, String action, String actor, String label,
            String before, String after) {
        String summary = before == null || after == null ? label
                : label + ": " + String.join(", ", Snapshots.changedFields(before, after));
        return record(subjectType, subjectId, action, actor, summary, before, after);
    }

    public List<AuditEntry> entriesOf(String subjectType, long subjectId) {
        return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class).setParameter("type", subjectType)
                .setParameter("id", subjectId).getResultList();
    }

    /** The newest entries, newest first; of one kind of subject if {@code subjectType} is not null. */
    public List<AuditEntry> latest(String subjectType, int limit) {
        return (subjectType == null ? em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                : em.createNamedQuery("AuditEntry.latestOfType", AuditEntry.class).setParameter("type", subjectType))
                .setMaxResults(limit).getResultList();
    }
}
