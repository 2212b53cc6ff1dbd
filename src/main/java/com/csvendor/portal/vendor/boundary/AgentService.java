package com.csvendor.portal.vendor.boundary;

import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.control.AgentRepository;
import com.csvendor.portal.vendor.control.VendorAuditor;
import com.csvendor.portal.vendor.entity.Agent;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Agents and their platform accounts. Administrators see and change all; a vendor lead sees and
 * changes the agents of their own vendor, with accounts only in stores they can see; a store
 * manager reads the agents who hold an account in one of their stores, and sees only those
 * accounts. Anything outside the caller's scope is not found. Every change is audited.
 */
@Stateless
public class AgentService {

    @Inject
    AgentRepository agents;

    @Inject
    Caller caller;

    @Inject
    VendorAuditor audit;

    @EJB
    VendorService vendorService;

    @EJB
    StoreService storeService;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public List<AgentView> list(long vendorId) {
        Vendor vendor = vendorService.visibleVendor(vendorId);
        List<Agent> found = caller.has(Role.ADMIN) || caller.has(Role.VENDOR_LEAD)
                ? agents.findByVendor(vendor.getId())
                : agents.findByVendorInStores(vendor.getId(), caller.managedStoreIds());
        return found.stream().map(a -> AgentView.of(a, shownStores())).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView get(long agentId) {
        return AgentView.of(visibleAgent(agentId), shownStores());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView create(long vendorId, @NotNull @Valid AgentForm form) {
        Vendor vendor = vendorService.visibleVendor(vendorId);
        Agent agent = new Agent(vendor, form.getDisplayName());
        agent.replaceAccounts(accountsOf(form, null));
        agents.add(agent);
        audit.record(agent, "CREATED", caller.username(), null);
        return AgentView.of(agent, shownStores());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView update(long agentId, @NotNull @Valid AgentForm form) {
        Agent agent = visibleAgent(agentId);
        Versions.check(form.getVersion(), agent.getVersion());
        String before = VendorAuditor.snapshot(agent);
        agent.rename(form.getDisplayName());
        agent.replaceAccounts(accountsOf(form, agent));
        agents.written(agent);
        audit.record(agent, "UPDATED", caller.username(), before);
        return AgentView.of(agent, shownStores());
    }

    /** Marks an agent as having left the vendor ({@code left = true}) or back at work. */
    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView setLeft(long agentId, boolean left) {
        Agent agent = visibleAgent(agentId);
        String before = VendorAuditor.snapshot(agent);
        if (left) {
            agent.leave();
        } else {
            agent.rejoin();
        }
        agents.written(agent);
        audit.record(agent, left ? "LEFT" : "REJOINED", caller.username(), before);
        return AgentView.of(agent, shownStores());
    }

    private Agent visibleAgent(long agentId) {
        Agent agent = agents.getAgent(agentId);
        boolean visible = caller.has(Role.ADMIN)
                || caller.leadVendorId().map(v -> v.equals(agent.getVendor().getId())).orElse(false)
                || agent.getAccounts().stream().anyMatch(a -> caller.managedStoreIds().contains(a.getStore().getId()));
        if (!visible) {
            throw new NotFoundException("agent", agentId);
        }
        return agent;
    }

    private Predicate<Store> shownStores() {
        if (caller.has(Role.ADMIN) || caller.has(Role.VENDOR_LEAD)) {
            return s -> true;
        }
        Set<Long> managed = caller.managedStoreIds();
        return s -> managed.contains(s.getId());
    }

    private Map<Store, List<String>> accountsOf(AgentForm form, Agent owner) {
        Map<Store, List<String>> wanted = new LinkedHashMap<>();
        for (AgentForm.Account account : form.getAccounts()) {
            Store store = storeService.visibleStore(account.getStoreId());
            agents.findAccount(store.getId(), account.getAccountName())
                    .filter(existing -> owner == null || !existing.getAgent().getId().equals(owner.getId()))
                    .ifPresent(existing -> {
                        throw new ConflictException("accounts", "agent.account.taken", account.getAccountName().strip(),
                                store.getCode());
                    });
            wanted.computeIfAbsent(store, s -> new ArrayList<>()).add(account.getAccountName());
        }
        return wanted;
    }
}
