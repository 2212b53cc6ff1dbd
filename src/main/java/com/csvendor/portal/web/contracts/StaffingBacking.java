package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.boundary.ContractView;
import com.csvendor.portal.contract.boundary.StaffingDecisionForm;
import com.csvendor.portal.contract.boundary.StaffingRequestForm;
import com.csvendor.portal.contract.boundary.StaffingRequestService;
import com.csvendor.portal.contract.boundary.StaffingRequestView;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.sla.boundary.DedicatedAgentFlagsView;
import com.csvendor.portal.sla.boundary.DedicatedAgentService;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.PortalTime;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A contract's staffing page: its staffing requests (the store's manager requests and withdraws, the
 * vendor's lead accepts or declines) and its dedicated agents seen in another store (counts only).
 */
@Named
@ViewScoped
public class StaffingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContractService contracts;

    @EJB
    StaffingRequestService staffing;

    @EJB
    DedicatedAgentService dedicated;

    @Inject
    Caller caller;

    private String idParam;
    private ContractView contract;
    private List<StaffingRequestView> requests;
    private DedicatedAgentFlagsView flags;
    private boolean lead;
    private StaffingRequestForm form = new StaffingRequestForm();
    private final Map<Long, String> notes = new HashMap<>();

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
        if (id == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            contract = contracts.get(id, locale());
            if (contract.status() == ContractStatus.DRAFT) {
                ErrorPages.send(404);
                return;
            }
            lead = caller.leadVendorId().map(v -> v == contract.vendorId()).orElse(false);
            refresh();
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
        }
    }

    private void refresh() {
        requests = staffing.ofContract(contract.id());
        flags = dedicated.flags(contract.id(), null, null);
    }

    public void request() {
        try {
            staffing.request(contract.id(), form);
            FacesMessages.info("staffing.sent");
            form = new StaffingRequestForm();
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public void accept(StaffingRequestView r) {
        decide(r, StaffingRequestStatus.ACCEPTED);
    }

    public void decline(StaffingRequestView r) {
        decide(r, StaffingRequestStatus.DECLINED);
    }

    public void withdraw(StaffingRequestView r) {
        decide(r, StaffingRequestStatus.WITHDRAWN);
    }

    private void decide(StaffingRequestView r, StaffingRequestStatus to) {
        StaffingDecisionForm decision = new StaffingDecisionForm();
        decision.setNote(notes.get(r.id()));
        decision.setVersion(r.version());
        try {
            switch (to) {
                case ACCEPTED -> staffing.accept(r.id(), decision);
                case DECLINED -> staffing.decline(r.id(), decision);
                default -> staffing.withdraw(r.id(), decision);
            }
            FacesMessages.info("staffing.done", FacesMessages.text("staffingRequestStatus." + to));
            notes.remove(r.id());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /** The manager of the contract's store asks and withdraws, while the contract is in force. */
    public boolean isManager() {
        return contract.editable();
    }

    /** The lead of the contract's vendor answers. */
    public boolean isLead() {
        return lead;
    }

    public String days(StaffingRequestView r) {
        return r.days(locale());
    }

    public String at(java.time.Instant instant) {
        return instant == null ? "" : PortalTime.format(instant);
    }

    public String severity(StaffingRequestStatus status) {
        return switch (status) {
            case REQUESTED -> "warning";
            case ACCEPTED -> "success";
            case DECLINED -> "danger";
            case WITHDRAWN -> "secondary";
        };
    }

    public String terms() {
        var s = contract.terms().getStaffing();
        return s.getMaxAdditionalAgents() == null ? FacesMessages.text("staffing.termsNoMax", s.getAddNoticeDays())
                : FacesMessages.text("staffing.terms", s.getAddNoticeDays(), s.getMaxAdditionalAgents());
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public StaffingRequestForm getForm() {
        return form;
    }

    public ContractView getContract() {
        return contract;
    }

    public List<StaffingRequestView> getRequests() {
        return requests;
    }

    public DedicatedAgentFlagsView getFlags() {
        return flags;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
