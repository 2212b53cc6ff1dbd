package com.csvendor.portal.audit.entity;

import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change: the subject (kind and id), the action, who and when (UTC), a one-line
 * summary and the subject's JSON before and after. Immutable: there are no setters and nothing
 * in the portal updates or deletes an entry.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findBySubject", query = "SELECT a FROM AuditEntry a"
        + " WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.id")
@NamedQuery(name = "AuditEntry.latest", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
@NamedQuery(name = "AuditEntry.latestOfType", query = "SELECT a FROM AuditEntry a"
        + " WHERE a.subjectType = :type ORDER BY a.id DESC")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 32, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, length = 32, updatable = false)
    private String action;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "at_utc", nullable = false, updatable = false)
    private Instant at;

    @Column(length = 500, updatable = false)
    private String summary;

    @Column(name = "before_json", columnDefinition = "LONGTEXT", updatable = false)
    private String before;

    @Column(name = "after_json", columnDefinition = "LONGTEXT", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(String subjectType, long subjectId, String action, String actor, Instant at, String summary,
            String before, String after) {
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.action = Objects.requireNonNull(action);
        this.actor = Objects.requireNonNull(actor);
        this.at = Objects.requireNonNull(at);
        this.summary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getSummary() {
        return summary;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AuditEntry other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AuditEntry.class.hashCode();
    }
}
