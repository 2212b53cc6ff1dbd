package com.csvendor.portal.notification.entity;

import com.csvendor.portal.security.entity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What a user can be notified of, and the roles whose work it is: on by default for users with one of them. */
public enum NotificationKind {
    /** A statement of the lead's vendor waits for them to confirm or dispute it. */
    STATEMENT_ISSUED(Role.VENDOR_LEAD),
    /** A vendor disputed a statement: finance revises it. */
    STATEMENT_DISPUTED(Role.FINANCE),
    /** A vendor disputed a breach or an incident in the manager's store: the manager decides. */
    DISPUTE_RAISED(Role.STORE_MANAGER),
    /** The store manager accepted or rejected a dispute of the lead's vendor. */
    DISPUTE_DECIDED(Role.VENDOR_LEAD),
    /** An import the user uploaded was refused: they fix the file. */
    IMPORT_REFUSED(Role.VENDOR_LEAD),
    /** A vendor in the manager's store breached enough consecutive windows to give a termination right. */
    TERMINATION_RIGHT(Role.STORE_MANAGER),
    /** A store manager asks the lead's vendor for more agents: the lead accepts or declines. */
    STAFFING_REQUESTED(Role.VENDOR_LEAD),
    /** The vendor accepted or declined a staffing request of the manager's store. */
    STAFFING_DECIDED(Role.STORE_MANAGER),
    /** A daily report fell due missing: the lead's vendor owes it, the manager's store waits for it. */
    REPORT_MISSING(Role.VENDOR_LEAD, Role.STORE_MANAGER);

    private final Set<Role> roles;

    NotificationKind(Role... roles) {
        this.roles = Set.of(roles);
    }

    /** Whether this is the work of one of these roles: then it is on by default, and may be chosen. */
    public boolean concerns(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The kinds of work of these roles, in declaration order: what a user may choose from. */
    public static List<NotificationKind> of(Set<Role> roles) {
        return Arrays.stream(values()).filter(k -> k.concerns(roles)).toList();
    }
}
