package com.csvendor.portal.audit.boundary;

import com.csvendor.portal.audit.entity.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the API shows it; before and after are the subject's snapshots as recorded (JSON text). */
public record AuditEntryView(long id, String subjectType, long subjectId, String action, String actor, Instant at,
        String summary, String before, String after) implements Serializable {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getSubjectType(), e.getSubjectId(), e.getAction(), e.getActor(),
                e.getAt(), e.getSummary(), e.getBefore(), e.getAfter());
    }
}
