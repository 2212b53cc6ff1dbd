package com.csvendor.portal.web;

import com.csvendor.portal.contract.boundary.ContractAlerts;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.user.boundary.UserService;
import com.csvendor.portal.user.boundary.UserView;
import com.csvendor.portal.vendor.boundary.AgentService;
import com.csvendor.portal.vendor.boundary.AgentView;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.vendor.entity.AgentStatus;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The home page: the figures that matter to the signed-in role, counted within its scope, and the
 * contracts that need acting on now.
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

    private List<Tile> tiles;
    private List<Alert> alerts;

    public String getDisplayName() {
        return caller.displayName();
    }

    public List<Tile> getTiles() {
        if (tiles == null) {
            tiles = new ArrayList<>();
            if (caller.has(Role.ADMIN)) {
                adminTiles();
            } else if (caller.has(Role.STORE_MANAGER)) {
                managerTiles();
            } else if (caller.has(Role.VENDOR_LEAD)) {
                leadTiles();
            } else if (caller.has(Role.FINANCE)) {
                financeTiles();
            }
        }
        return tiles;
    }

    public List<Alert> getAlerts() {
        if (alerts == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            alerts = contractAlerts.current().stream()
                    .map(a -> new Alert(a.kind().name(), a.contractId(), HomeAlerts.text(a, locale))).toList();
        }
        return alerts;
    }

    private void adminTiles() {
        List<VendorView> allVendors = vendors.list();
        tile("home.activeStores", stores.list(), StoreView::active);
        tile("home.activeVendors", allVendors, VendorView::active);
        tile("home.activeAgents", agentsOf(allVendors), a -> a.status() == AgentStatus.ACTIVE);
        tile("home.activeUsers", users.list(), UserView::active);
    }

    private void managerTiles() {
        List<AgentView> inMyStores = agentsOf(vendors.list());
        tile("home.myStores", stores.list(), StoreView::active);
        tiles.add(new Tile("home.vendorsInMyStores", inMyStores.stream().map(AgentView::vendorId).distinct().count()));
        tile("home.agentsInMyStores", inMyStores, a -> a.status() == AgentStatus.ACTIVE);
    }

    private void leadTiles() {
        List<AgentView> mine = agentsOf(vendors.list());
        tile("home.activeAgents", mine, a -> a.status() == AgentStatus.ACTIVE);
        tile("home.agentsLeft", mine, a -> a.status() == AgentStatus.LEFT);
        tiles.add(new Tile("home.platformAccounts", mine.stream().mapToLong(a -> a.accounts().size()).sum()));
        tiles.add(new Tile("home.storesServed", stores.list().size()));
    }

    private void financeTiles() {
        List<VendorView> allVendors = vendors.list();
        tile("home.activeStores", stores.list(), StoreView::active);
        tile("home.activeVendors", allVendors, VendorView::active);
        tile("home.generalTaxpayers", allVendors, v -> v.active() && v.taxpayerType() == TaxpayerType.GENERAL);
        tile("home.smallScaleTaxpayers", allVendors, v -> v.active() && v.taxpayerType() == TaxpayerType.SMALL_SCALE);
    }

    private List<AgentView> agentsOf(List<VendorView> vendorList) {
        return vendorList.stream().flatMap(v -> agents.list(v.id()).stream()).toList();
    }

    private <T> void tile(String key, List<T> items, Predicate<T> counted) {
        tiles.add(new Tile(key, items.stream().filter(counted).count()));
    }
}
