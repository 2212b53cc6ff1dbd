package com.csvendor.portal.store.boundary;

import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.store.control.StoreAuditor;
import com.csvendor.portal.store.control.StoreRepository;
import com.csvendor.portal.store.entity.Store;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Store master data. Administrators and finance see every store, a store manager the stores
 * assigned to them, a vendor lead the stores their vendor works in; a store outside the caller's
 * scope is reported exactly like a missing one. Only administrators change stores; every change
 * is audited.
 */
@Stateless
public class StoreService {

    @Inject
    StoreRepository stores;

    @Inject
    Caller caller;

    @Inject
    StoreAuditor audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StoreView> list() {
        return visibleIds().map(stores::findByIds).orElseGet(stores::findAll).stream().map(StoreView::of).toList();
    }

    /**
     * The stores with these codes that the caller may see, by code, in one query; codes of missing
     * and foreign stores are absent alike.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Map<String, StoreView> visibleByCodes(Collection<String> codes) {
        Optional<Set<Long>> visible = visibleIds();
        Map<String, StoreView> out = new HashMap<>();
        for (Store s : stores.findByCodes(codes)) {
            if (visible.map(ids -> ids.contains(s.getId())).orElse(true)) {
                out.put(s.getCode(), StoreView.of(s));
            }
        }
        return out;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StoreView get(long id) {
        return StoreView.of(visibleStore(id));
    }

    /** The store, if the caller may see it; otherwise not found. For other boundaries too. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Store visibleStore(long id) {
        if (visibleIds().map(ids -> !ids.contains(id)).orElse(false)) {
            throw new NotFoundException("store", id);
        }
        return stores.getStore(id);
    }

    /** The store with this code, if the caller may see it; otherwise not found. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Store visibleStoreByCode(String code) {
        return visibleStore(stores.findByCode(code).orElseThrow(() -> new NotFoundException("store", code)).getId());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StoreView create(@NotNull @Valid StoreForm form) {
        requireFreeCode(form.getCode(), null);
        Store store = stores.add(new Store(form.getCode(), form.getName(), form.getPlatform(), form.getTimeZone()));
        audit.record(store, "CREATED", caller.username(), null);
        return StoreView.of(store);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StoreView update(long id, @NotNull @Valid StoreForm form) {
        Store store = stores.getStore(id);
        Versions.check(form.getVersion(), store.getVersion());
        requireFreeCode(form.getCode(), id);
        String before = StoreAuditor.snapshot(store);
        store.change(form.getCode(), form.getName(), form.getPlatform(), form.getTimeZone());
        stores.written(store);
        audit.record(store, "UPDATED", caller.username(), before);
        return StoreView.of(store);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StoreView setActive(long id, boolean active) {
        Store store = stores.getStore(id);
        String before = StoreAuditor.snapshot(store);
        store.changeActive(active);
        stores.written(store);
        audit.record(store, active ? "REACTIVATED" : "DEACTIVATED", caller.username(), before);
        return StoreView.of(store);
    }

    private void requireFreeCode(String code, Long ownId) {
        stores.findByCode(code).filter(s -> !s.getId().equals(ownId)).ifPresent(s -> {
            throw new ConflictException("code", "store.code.taken", code.trim());
        });
    }

    /** Empty when the caller sees every store. */
    private Optional<Set<Long>> visibleIds() {
        if (caller.seesAllStores()) {
            return Optional.empty();
        }
        Set<Long> ids = new java.util.HashSet<>(caller.managedStoreIds());
        caller.leadVendorId().ifPresent(v -> ids.addAll(stores.storeIdsServedBy(v)));
        return Optional.of(ids);
    }
}
