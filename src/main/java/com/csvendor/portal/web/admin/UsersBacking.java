package com.csvendor.portal.web.admin;

import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.user.boundary.UserForm;
import com.csvendor.portal.user.boundary.UserService;
import com.csvendor.portal.user.boundary.UserView;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.DialogMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** User administration: the user list and a dialog to create and edit users and their roles and scope. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService service;

    @EJB
    StoreService storeService;

    @EJB
    VendorService vendorService;

    private List<UserView> users;
    private List<StoreView> stores;
    private List<VendorView> vendors;
    private UserForm form = new UserForm();
    private Long editedId;

    public List<UserView> getUsers() {
        if (users == null) {
            users = service.list();
        }
        return users;
    }

    public List<StoreView> getStores() {
        if (stores == null) {
            stores = storeService.list();
        }
        return stores;
    }

    public List<VendorView> getVendors() {
        if (vendors == null) {
            vendors = vendorService.list();
        }
        return vendors;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** The user's roles in a stable order. */
    public List<Role> rolesOf(UserView user) {
        return user.roles().stream().sorted().toList();
    }

    /** What the user may see beyond their role: a manager's store codes, a lead's vendor. */
    public String scopeOf(UserView user) {
        if (user.vendorId() != null) {
            VendorView vendor = byId(getVendors(), VendorView::id).get(user.vendorId());
            return vendor == null ? String.valueOf(user.vendorId()) : vendor.name();
        }
        Map<Long, StoreView> storesById = byId(getStores(), StoreView::id);
        return user.storeIds().stream().map(id -> storesById.containsKey(id) ? storesById.get(id).code() : "#" + id)
                .sorted().collect(Collectors.joining(", "));
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    public void startNew() {
        editedId = null;
        form = new UserForm();
        form.setLanguage("zh");
    }

    public void edit(UserView user) {
        editedId = user.id();
        form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setRoles(new HashSet<>(user.roles()));
        form.setStoreIds(new HashSet<>(user.storeIds()));
        form.setVendorId(user.vendorId());
        form.setEmail(user.email());
        form.setLanguage(user.language());
        form.setVersion(user.version());
    }

    public void save() {
        try {
            if (editedId == null) {
                DialogMessages.saved("user.created", service.create(form).username());
            } else {
                DialogMessages.saved("user.updated", service.update(editedId, form).username());
            }
            form.setPassword(null); // no clear-text password kept in the view state
        } catch (RuntimeException e) {
            DialogMessages.failed("user-dialog-form", e);
        }
        users = null;
    }

    public void setActive(UserView user, boolean active) {
        try {
            service.setActive(user.id(), active);
            FacesMessages.info(active ? "user.reactivated" : "user.deactivated", user.username());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
        users = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public UserForm getForm() {
        return form;
    }
}
