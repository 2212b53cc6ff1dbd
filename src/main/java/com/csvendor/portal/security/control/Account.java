package com.csvendor.portal.security.control;

import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import java.util.Set;

/**
 * A user as sign-in and scope checks read it: an immutable copy of the row, safe to keep between
 * requests while the row's {@code version} is still the same.
 */
public record Account(long id, String username, String displayName, String passwordHash, boolean active,
        Set<Role> roles, Set<Long> storeIds, Long vendorId, long version) {

    public Account {
        roles = Set.copyOf(roles);
        storeIds = Set.copyOf(storeIds);
    }

    public static Account of(PortalUser u) {
        return new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(), u.isActive(),
                u.getRoles(), u.getStoreIds(), u.getVendorId(), u.getVersion());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
