package com.csvendor.portal.security.boundary;

import com.csvendor.portal.security.control.UserRepository;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user of this request and their data scope, read from the database (never from a
 * request parameter). Boundaries ask it which stores and which vendor the caller may see.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    private PortalUser user;

    private Optional<PortalUser> user() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null ? null
                    : users.findByUsername(principal.getName()).filter(PortalUser::isActive).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    public String username() {
        return user().map(PortalUser::getUsername).orElse("anonymous");
    }

    public String displayName() {
        return user().map(PortalUser::getDisplayName).orElse("");
    }

    public boolean has(Role role) {
        return user().map(u -> u.has(role)).orElse(false);
    }

    public Set<Role> roles() {
        return user().map(PortalUser::getRoles).orElse(Set.of());
    }

    /** Sees every store: administrators and finance (finance reads all money terms). */
    public boolean seesAllStores() {
        return has(Role.ADMIN) || has(Role.FINANCE);
    }

    /** The stores a store manager is assigned; empty for everyone else. */
    public Set<Long> managedStoreIds() {
        return has(Role.STORE_MANAGER) ? user().map(PortalUser::getStoreIds).orElse(Set.of()) : Set.of();
    }

    /** The vendor a vendor lead works for. */
    public Optional<Long> leadVendorId() {
        return has(Role.VENDOR_LEAD) ? user().map(PortalUser::getVendorId) : Optional.empty();
    }
}
