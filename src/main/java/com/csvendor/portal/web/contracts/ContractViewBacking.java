package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.boundary.ContractView;
import com.csvendor.portal.contract.boundary.StatusChangeForm;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.LanguageNames;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One contract as it reads, the current version or {@code ?version=N}; the store manager moves it
 * along its life cycle (date and reason in a dialog) and opens the wizard to edit a draft or amend.
 */
@Named
@ViewScoped
public class ContractViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;


    @EJB
    ContractService contracts;

    private String idParam;
    private String versionParam;
    private ContractView contract;
    private final StatusChangeForm statusChange = new StatusChangeForm();

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
        Long number = versionParam == null || versionParam.isBlank() ? null : ErrorPages.id(versionParam).orElse(-1L);
        if (id == null || number != null && (number < 1 || number > Integer.MAX_VALUE)) {
            ErrorPages.send(404);
            return;
        }
        try {
            contract = number == null ? contracts.get(id, locale()) : contracts.version(id, number.intValue(), locale());
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
        }
    }

    public void startStatusChange(ContractStatus target) {
        statusChange.setStatus(target);
        statusChange.setOn(time.today());
        statusChange.setReason(null);
        statusChange.setVersion(contract.version());
    }

    public void changeStatus() {
        try {
            contracts.changeStatus(contract.id(), statusChange, locale());
            FacesMessages.info("contracts.statusChanged", contract.number(),
                    FacesMessages.text("contractStatus." + statusChange.getStatus()));
            contract = contracts.get(contract.id(), locale());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /** Whether the caller may move the contract to this status now. */
    public boolean may(ContractStatus target) {
        return contract.nextStatuses().contains(target);
    }

    /** The label of the button that moves to {@code target}: from SUSPENDED back to ACTIVE is "Resume". */
    public String actionKey(ContractStatus target) {
        return target == ContractStatus.ACTIVE && contract.status() == ContractStatus.SUSPENDED
                ? "contracts.action.resume" : "contracts.action." + target;
    }

    public boolean isCurrentVersion() {
        return contract.versionNumber() == contract.versionCount();
    }

    public boolean isDraftEditable() {
        return contract.editable() && contract.status() == ContractStatus.DRAFT && isCurrentVersion();
    }

    public boolean isAmendable() {
        return contract.editable() && contract.status().inForce();
    }

    /** Enum values (service types, days…) translated and joined. */
    public String labels(String prefix, Collection<?> values) {
        return values == null ? "" : values.stream().map(v -> FacesMessages.text(prefix + "." + v))
                .collect(Collectors.joining(", "));
    }

    public String lines(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** A rate as every page writes it: "6 %". */
    public String percent(java.math.BigDecimal value) {
        return Figures.percent(value);
    }

    /** The service languages by name ("Chinese", "中文"), not by tag. */
    public String languages(List<String> values) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return values == null ? "" : lines(values.stream().map(v -> LanguageNames.of(v, reader)).toList());
    }

    public String at(Instant at) {
        return com.csvendor.portal.web.PortalTime.format(at);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ContractView getContract() {
        return contract;
    }

    public StatusChangeForm getStatusChange() {
        return statusChange;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    public String getVersion() {
        return versionParam;
    }

    public void setVersion(String version) {
        this.versionParam = version;
    }
}
