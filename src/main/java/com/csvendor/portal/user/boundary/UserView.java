package com.csvendor.portal.user.boundary;

import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/** A user without its password hash; {@code email} null when none, {@code language} zh or en. */
public record UserView(long id, String username, String displayName, Set<Role> roles, Set<Long> storeIds,
        Long vendorId, String email, String language, boolean active, long version) implements Serializable {

    static UserView of(PortalUser u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                new TreeSet<>(u.getStoreIds()), u.getVendorId(), u.getEmail(), u.getLanguage(), u.isActive(),
                u.getVersion());
    }
}
