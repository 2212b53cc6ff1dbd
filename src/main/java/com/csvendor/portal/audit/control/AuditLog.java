package com.csvendor.portal.audit.control;

import com.csvendor.portal.audit.entity.AuditEntry;
import com.csvendor.portal.shared.MultiRowInsert;
import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
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

    /** An entry to write with {@link #recordAll}: the arguments of {@link #record}. */
    public record Entry(String subjectType, long subjectId, String action, String actor, String summary,
            String before, String after) {
    }

    private static final List<String> COLUMNS = List.of("subject_type", "subject_id", "action", "actor", "at_utc",
            "summary", "before_json", "after_json");

    /**
     * Many entries at once, in the order given, with one multi-row INSERT (a batch's audit trail: one
     * {@link #record} each flushed the whole persistence context once per entry).
     */
    public void recordAll(List<Entry> entries) {
        Instant now = clock.instant();
        LocalDateTime at = new UtcInstantConverter().convertToDatabaseColumn(now);
        // As entities (not persisted) for their checks and the summary's cut at 500 characters.
        MultiRowInsert.insert(em, "audit_entry", COLUMNS, entries.stream().map(e -> new AuditEntry(e.subjectType(),
                e.subjectId(), e.action(), e.actor(), now, e.summary(), e.before(), e.after())).toList(),
                a -> new Object[] {a.getSubjectType(), a.getSubjectId(), a.getAction(), a.getActor(), at,
                    a.getSummary(), a.getBefore(), a.getAfter()});
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
