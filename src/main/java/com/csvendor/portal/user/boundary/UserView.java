package com.csvendor.portal.user.boundary;

import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/** A user without its password hash. */
public record UserView(long id, String username, String displayName, Set<Role> roles, Set<Long> storeIds,
        Long vendorId, boolean active, long version) implements Serializable {

    static UserView of(PortalUser u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                new TreeSet<>(u.getStoreIds()), u.getVendorId(), u.isActive(), u.getVersion());
    }
}
