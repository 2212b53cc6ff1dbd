package com.csvendor.portal.web.vendors;

import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.vendor.boundary.AgentForm;
import com.csvendor.portal.vendor.boundary.AgentService;
import com.csvendor.portal.vendor.boundary.AgentView;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.DialogMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The agents of one vendor: the vendor in the address ({@code ?vendor=ID}), or a vendor lead's own.
 * Administrators and the vendor's lead add and edit agents and their platform accounts in a dialog.
 */
@Named
@ViewScoped
public class AgentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @EJB
    VendorService vendorService;

    @EJB
    AgentService agentService;

    @EJB
    StoreService storeService;

    private String vendorParam;
    private Long vendorId;
    private VendorView vendor;
    private List<AgentView> agents;
    private List<StoreView> stores;
    private AgentForm form = new AgentForm();
    private Long editedId;

    /** A vendor outside the caller's scope answers 404, exactly like a missing one or an id that is no number. */
    public String load() throws IOException {
        if (vendorParam == null || vendorParam.isBlank()) {
            vendorId = caller.leadVendorId().orElse(null);
            if (vendorId == null) {
                return "/vendors/list?faces-redirect=true";
            }
        } else if (vendorParam.strip().matches("\\d{1,18}")) {
            vendorId = Long.valueOf(vendorParam.strip());
        } else {
            sendError(404);
            return null;
        }
        try {
            vendor = vendorService.get(vendorId);
            agents = agentService.list(vendorId);
        } catch (RuntimeException e) {
            Throwable cause = Failures.unwrap(e);
            if (cause instanceof NotFoundException) {
                sendError(404);
            } else if (Failures.isAccessDenied(cause)) {
                sendError(403);
            } else {
                throw e;
            }
        }
        return null;
    }

    private static void sendError(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseSendError(status, null);
        faces.responseComplete();
    }

    public List<StoreView> getStores() {
        if (stores == null) {
            stores = storeService.list();
        }
        return stores;
    }

    public void startNew() {
        editedId = null;
        form = new AgentForm();
        addAccount();
    }

    public void edit(AgentView agent) {
        editedId = agent.id();
        form = new AgentForm();
        form.setDisplayName(agent.displayName());
        agent.accounts().forEach(a -> form.getAccounts().add(new AgentForm.Account(a.storeId(), a.accountName())));
        form.setVersion(agent.version());
    }

    public void addAccount() {
        form.getAccounts().add(new AgentForm.Account());
    }

    public void removeAccount(AgentForm.Account account) {
        form.getAccounts().remove(account);
    }

    public void save() {
        try {
            if (editedId == null) {
                DialogMessages.saved("agent.created", agentService.create(vendorId, form).displayName());
            } else {
                DialogMessages.saved("agent.updated", agentService.update(editedId, form).displayName());
            }
        } catch (RuntimeException e) {
            DialogMessages.failed("agent-dialog-form", e);
        }
        agents = agentService.list(vendorId);
    }

    public void setLeft(AgentView agent, boolean left) {
        try {
            agentService.setLeft(agent.id(), left);
            FacesMessages.info(left ? "agent.markedLeft" : "agent.rejoined", agent.displayName());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
        agents = agentService.list(vendorId);
    }

    /** The agent's accounts as one line, "STORE: account, …", to filter the table by. */
    public String accountsText(AgentView agent) {
        return agent.accounts().stream().map(a -> a.storeCode() + ": " + a.accountName())
                .collect(Collectors.joining(", "));
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public AgentForm getForm() {
        return form;
    }

    /** The {@code vendor} request parameter as given. */
    public String getVendorParam() {
        return vendorParam;
    }

    public void setVendorParam(String vendorParam) {
        this.vendorParam = vendorParam;
    }

    public VendorView getVendor() {
        return vendor;
    }

    public List<AgentView> getAgents() {
        return agents;
    }
}
