package com.csvendor.portal.audit.boundary;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The whole audit trail, read-only, for administrators: one subject's history or the newest entries. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    AuditLog log;

    /**
     * With a subject type and id: that subject's entries, oldest first. Otherwise the newest
     * {@code limit} entries (of one subject type if given), newest first.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntryView> entries(String subjectType, Long subjectId, Integer limit) {
        String type = subjectType == null || subjectType.isBlank() ? null : subjectType.strip().toUpperCase(Locale.ROOT);
        if (subjectId != null) {
            if (type == null) {
                throw new InvalidInputException("entity", "audit.entity.required");
            }
            return log.entriesOf(type, subjectId).stream().map(AuditEntryView::of).toList();
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidInputException("limit", "audit.limit.range", MAX_LIMIT);
        }
        return log.latest(type, max).stream().map(AuditEntryView::of).toList();
    }
}
