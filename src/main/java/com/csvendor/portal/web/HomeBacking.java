package com.csvendor.portal.web;

import com.csvendor.portal.contract.boundary.ContractAlerts;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.user.boundary.UserService;
import com.csvendor.portal.user.boundary.UserView;
import com.csvendor.portal.vendor.boundary.AgentService;
import com.csvendor.portal.vendor.boundary.AgentView;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.vendor.entity.AgentStatus;
import com.csvendor.portal.work.boundary.WorkQueue;
import com.csvendor.portal.work.boundary.WorkService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The home page: the signed-in user's work queues (store manager, vendor lead, finance: what waits for
 * them, each item a link to its record, each queue a link to its list), and for administrators the
 * figures of what they manage and the contracts that need acting on now.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** One figure on the home page; {@code key} names its label and its element id. */
    public record Tile(String key, long value) {
    }

    /** A contract alert in words, with the contract it links to. */
    public record Alert(String kind, long contractId, String text) {
    }

    @Inject
    Caller caller;

    @EJB
    StoreService stores;

    @EJB
    VendorService vendors;

    @EJB
    AgentService agents;

    @EJB
    UserService users;

    @EJB
    ContractAlerts contractAlerts;

    @EJB
    WorkService work;

    @Inject
    LocaleBacking language;

    private List<Tile> tiles;
    private List<Alert> alerts;
    private List<WorkQueue> queues;

    public String getDisplayName() {
        return caller.displayName();
    }

    /** The administrator's figures (the other roles have work queues instead). */
    public List<Tile> getTiles() {
        if (tiles == null) {
            tiles = new ArrayList<>();
            if (caller.has(Role.ADMIN)) {
                List<VendorView> allVendors = vendors.list();
                tile("home.activeStores", stores.list(), StoreView::active);
                tile("home.activeVendors", allVendors, VendorView::active);
                tile("home.activeAgents", agentsOf(allVendors), a -> a.status() == AgentStatus.ACTIVE);
                tile("home.activeUsers", users.list(), UserView::active);
            }
        }
        return tiles;
    }

    /** The administrator's contract alerts (a store manager's are a work queue). */
    public List<Alert> getAlerts() {
        if (alerts == null) {
            alerts = !caller.has(Role.ADMIN) ? List.of() : contractAlerts.current().stream()
                    .map(a -> new Alert(a.kind().name(), a.contractId(), a.text(language.getLocale()))).toList();
        }
        return alerts;
    }

    public List<WorkQueue> getQueues() {
        if (queues == null) {
            queues = work.mine(language.getLocale());
        }
        return queues;
    }

    public String money(BigDecimal amount) {
        return Figures.money(amount);
    }

    private List<AgentView> agentsOf(List<VendorView> vendorList) {
        return vendorList.stream().flatMap(v -> agents.list(v.id()).stream()).toList();
    }

    private <T> void tile(String key, List<T> items, Predicate<T> counted) {
        tiles.add(new Tile(key, items.stream().filter(counted).count()));
    }
}
