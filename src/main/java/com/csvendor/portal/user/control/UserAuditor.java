package com.csvendor.portal.user.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.audit.control.Snapshots;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records every change of a user account in the audit trail: name, roles, scope and state before
 * and after. The password and its hash are never part of a snapshot; a password reset (by an
 * administrator) or change (by the user) is an entry of its own that says only that it happened,
 * who did it and when.
 */
@ApplicationScoped
public class UserAuditor {

    public static final String SUBJECT = "USER";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    /** What the audit trail keeps of a user at one moment: everything except the password. */
    public record Snapshot(String username, String displayName, Set<Role> roles, Set<Long> storeIds, Long vendorId,
            String email, String language, boolean active) {
    }

    @Inject
    AuditLog log;

    public static String snapshot(PortalUser u) {
        return Snapshots.json(new Snapshot(u.getUsername(), u.getDisplayName(), new TreeSet<>(u.getRoles()),
                new TreeSet<>(u.getStoreIds()), u.getVendorId(), u.getEmail(), u.getLanguage(), u.isActive()));
    }

    /** {@code before} is the snapshot taken before the change, {@code null} for a new user. */
    public void record(PortalUser u, String action, String actor, String before) {
        log.recordChange(SUBJECT, u.getId(), action, actor, u.getUsername(), before, snapshot(u));
    }

    public void recordPasswordReset(PortalUser u, String actor) {
        log.record(SUBJECT, u.getId(), PASSWORD_RESET, actor, u.getUsername() + ": password set by " + actor, null,
                null);
    }

    /** The user changed their own password. */
    public void recordPasswordChange(PortalUser u) {
        log.record(SUBJECT, u.getId(), PASSWORD_CHANGED, u.getUsername(), u.getUsername()
                + ": password changed by the user", null, null);
    }
}
