package com.csvendor.portal.user.boundary;

import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.control.PasswordHasher;
import com.csvendor.portal.security.control.PasswordPolicy;
import com.csvendor.portal.security.control.UserChanged;
import com.csvendor.portal.security.control.UserRepository;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.store.control.StoreRepository;
import com.csvendor.portal.user.control.UserAuditor;
import com.csvendor.portal.vendor.control.VendorRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * Users and their role assignments, for administrators only — except {@link #changeOwnPassword},
 * which every signed-in user may call for their own account. An administrator cannot lock
 * themselves out (deactivate their own account or drop their own ADMIN role). Every password set
 * here meets the {@link PasswordPolicy}. Every change is audited ({@link UserAuditor}), a password
 * reset or change without the password.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    UserRepository users;

    @Inject
    StoreRepository stores;

    @Inject
    VendorRepository vendors;

    @Inject
    Event<UserChanged> userChanged;

    @Inject
    Caller caller;

    @Inject
    UserAuditor audit;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView get(long id) {
        return UserView.of(users.getUser(id));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView create(@NotNull @Valid UserForm form) {
        if (form.getPassword() == null) {
            throw new InvalidInputException("password", "user.password.required");
        }
        users.findByUsername(form.getUsername()).ifPresent(u -> {
            throw new ConflictException("username", "user.username.taken", u.getUsername());
        });
        PasswordPolicy.check(form.getPassword(), form.getUsername(), "password");
        PortalUser user = new PortalUser(form.getUsername(), form.getDisplayName(),
                hasher.hash(form.getPassword().toCharArray()));
        assign(user, form);
        users.add(user);
        audit.record(user, "CREATED", caller.username(), null);
        return UserView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView update(long id, @NotNull @Valid UserForm form) {
        PortalUser user = users.getUser(id);
        Versions.check(form.getVersion(), user.getVersion());
        if (!user.getUsername().equals(PortalUser.normalizeUsername(form.getUsername()))) {
            throw new InvalidInputException("username", "user.username.immutable");
        }
        if (isSelf(user) && !form.getRoles().contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "user.self.keepAdmin");
        }
        if (form.getPassword() != null) {
            PasswordPolicy.check(form.getPassword(), user.getUsername(), "password");
        }
        String before = UserAuditor.snapshot(user);
        user.rename(form.getDisplayName());
        assign(user, form);
        if (form.getPassword() != null) {
            user.changePasswordHash(hasher.hash(form.getPassword().toCharArray()));
        }
        userChanged.fire(new UserChanged(user.getUsername()));
        users.written(user);
        if (!before.equals(UserAuditor.snapshot(user))) {
            audit.record(user, "UPDATED", caller.username(), before);
        }
        if (form.getPassword() != null) {
            audit.recordPasswordReset(user, caller.username());
        }
        return UserView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserView setActive(long id, boolean active) {
        PortalUser user = users.getUser(id);
        if (!active && isSelf(user)) {
            throw new InvalidInputException(null, "user.self.deactivate");
        }
        String before = UserAuditor.snapshot(user);
        user.changeActive(active);
        userChanged.fire(new UserChanged(user.getUsername()));
        users.written(user);
        audit.record(user, active ? "REACTIVATED" : "DEACTIVATED", caller.username(), before);
        return UserView.of(user);
    }

    /**
     * The caller changes their own password, proving the current one. Like a reset, it ends every
     * session the user has (they hold the old password's stamp); a page that wants to stay signed
     * in re-stamps its own session afterwards.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public void changeOwnPassword(@NotNull @Valid PasswordChangeForm form) {
        PortalUser user = users.findByUsername(caller.username())
                .orElseThrow(() -> new IllegalStateException("the signed-in user has no account"));
        if (!hasher.verify(form.getCurrentPassword().toCharArray(), user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "password.change.currentWrong");
        }
        if (form.getNewPassword().equals(form.getCurrentPassword())) {
            throw new InvalidInputException("newPassword", "password.change.unchanged");
        }
        PasswordPolicy.check(form.getNewPassword(), user.getUsername(), "newPassword");
        user.changePasswordHash(hasher.hash(form.getNewPassword().toCharArray()));
        userChanged.fire(new UserChanged(user.getUsername()));
        users.written(user);
        audit.recordPasswordChange(user);
    }

    private boolean isSelf(PortalUser user) {
        return user.getUsername().equals(caller.username());
    }

    private void assign(PortalUser user, UserForm form) {
        Set<Long> storeIds = form.getStoreIds() == null ? Set.of() : form.getStoreIds();
        for (Long storeId : storeIds) {
            if (stores.findStore(storeId).isEmpty()) {
                throw new InvalidInputException("storeIds", "user.store.unknown", storeId);
            }
        }
        if (form.getVendorId() != null && vendors.findVendor(form.getVendorId()).isEmpty()) {
            throw new InvalidInputException("vendorId", "user.vendor.unknown", form.getVendorId());
        }
        user.assign(form.getRoles(), storeIds, form.getVendorId());
        user.changeEmail(form.getEmail());
        if (form.getLanguage() != null) {
            user.changeLanguage(form.getLanguage());
        }
    }
}
