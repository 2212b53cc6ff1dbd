package com.csvendor.portal.security.boundary;

import com.csvendor.portal.security.control.Account;
import com.csvendor.portal.security.control.UserDirectory;
import com.csvendor.portal.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user of this request and their data scope, read from the database through the
 * {@link UserDirectory} (never from a request parameter), once per request. Boundaries ask it
 * which stores and which vendor the caller may see.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserDirectory users;

    private Account user;
    private boolean read;

    private Optional<Account> user() {
        if (!read) {
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null ? null : users.find(principal.getName()).filter(Account::active).orElse(null);
            read = true;
        }
        return Optional.ofNullable(user);
    }

    public String username() {
        return user().map(Account::username).orElse("anonymous");
    }

    public String displayName() {
        return user().map(Account::displayName).orElse("");
    }

    public boolean has(Role role) {
        return user().map(u -> u.has(role)).orElse(false);
    }

    public Set<Role> roles() {
        return user().map(Account::roles).orElse(Set.of());
    }

    /** Sees every store: administrators and finance (finance reads all money terms). */
    public boolean seesAllStores() {
        return has(Role.ADMIN) || has(Role.FINANCE);
    }

    /** The stores a store manager is assigned; empty for everyone else. */
    public Set<Long> managedStoreIds() {
        return has(Role.STORE_MANAGER) ? user().map(Account::storeIds).orElse(Set.of()) : Set.of();
    }

    /** The vendor a vendor lead works for. */
    public Optional<Long> leadVendorId() {
        return has(Role.VENDOR_LEAD) ? user().map(Account::vendorId) : Optional.empty();
    }
}
