package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.boundary.AmendmentForm;
import com.csvendor.portal.contract.boundary.ContractForm;
import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.boundary.ContractView;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.TermsJson;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contract wizard, one step per group of terms and a final review that checks the terms
 * before saving. One page, three modes: a new contract, a draft rewritten, an amendment of a
 * contract in force (terms prefilled from the current version, plus effective date and reason).
 * View-scoped with steps rather than flow-scoped: the wizard is one page and its state dies with it.
 */
@Named
@ViewScoped
public class ContractWizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    public enum Mode {
        NEW, DRAFT, AMEND
    }

    /** The steps, each named by the key of its title. */
    public static final List<String> STEPS = List.of("contracts.step.parties", "group.scope", "group.hours",
            "group.staffing", "group.fees", "contracts.step.taxSettlement", "group.deposit", "group.slaTargets",
            "group.penalties", "group.confidentiality", "group.quality", "group.termination", "contracts.step.review");

    @EJB
    ContractService contracts;

    @EJB
    StoreService stores;

    @EJB
    VendorService vendors;

    @Inject
    WizardRows rows;

    private String idParam;
    private Long contractId;
    private Mode mode = Mode.NEW;
    private ContractView original;
    private ContractForm form = new ContractForm();
    private final AmendmentForm amendment = new AmendmentForm();
    private int step;
    private List<ReviewNote> notes = List.of();
    private List<ReviewNote> violations = List.of();
    private List<StoreView> storeChoices;
    private List<VendorView> vendorChoices;

    /** A finding of the review step: where (a readable path) and what. */
    public record ReviewNote(String where, String message) implements Serializable {
    }

    public void load() throws IOException {
        if (idParam == null || idParam.isBlank()) {
            form.setSignedOn(time.today());
            return;
        }
        contractId = ErrorPages.id(idParam).orElse(null);
        if (contractId == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            original = contracts.get(contractId, locale());
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
            return;
        }
        if (!original.editable() || !(original.status() == ContractStatus.DRAFT || original.status().inForce())) {
            ErrorPages.send(404);
            return;
        }
        mode = original.status() == ContractStatus.DRAFT ? Mode.DRAFT : Mode.AMEND;
        form.setStoreId(original.storeId());
        form.setVendorId(original.vendorId());
        form.setNumber(original.number());
        form.setSignedOn(original.signedOn());
        form.setTerms(TermsJson.copy(original.terms()));
        form.setVersion(original.version());
    }

    public void next() {
        goTo(step + 1);
    }

    public void back() {
        goTo(step - 1);
    }

    public void goTo(int target) {
        step = Math.max(0, Math.min(STEPS.size() - 1, target));
        if (isReviewing()) {
            review();
        }
    }

    void review() {
        FeeParameters.clearUnused(form.getTerms().getFees());
        TermLabels labels = TermLabels.of(locale());
        violations = List.of();
        notes = List.of();
        try {
            List<ContractView.Note> checked = contracts.check(form.getVendorId(), form.getTerms(), locale());
            violations = checked.stream().filter(ContractView.Note::blocking)
                    .map(n -> new ReviewNote(labels.ofTerms(n.field()), n.message())).toList();
            notes = checked.stream().filter(n -> !n.blocking())
                    .map(n -> new ReviewNote(labels.ofTerms(n.field()), n.message())).toList();
        } catch (RuntimeException e) {
            if (!(Failures.unwrap(e) instanceof ConstraintViolationException cve)) {
                FacesMessages.error(e);
                return;
            }
            List<ReviewNote> found = new ArrayList<>();
            cve.getConstraintViolations().forEach(v -> found.add(new ReviewNote(
                    labels.ofTerms(Failures.fieldOf(v.getPropertyPath())), v.getMessage())));
            violations = found;
        }
    }

    public String save() {
        FeeParameters.clearUnused(form.getTerms().getFees());
        try {
            ContractView saved = switch (mode) {
                case NEW -> contracts.create(form, locale());
                case DRAFT -> contracts.reviseDraft(contractId, form, locale());
                case AMEND -> contracts.amend(contractId, amendment(), locale());
            };
            FacesMessages.info(mode == Mode.AMEND ? "contracts.amended" : "contracts.saved", saved.number(),
                    saved.versionNumber());
            return "/contracts/view?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    private AmendmentForm amendment() {
        amendment.setTerms(form.getTerms());
        amendment.setVersion(form.getVersion());
        return amendment;
    }

    /** Whether this request moves between steps or saves: only then are rows' required fields checked. */
    public boolean isNavigating() {
        String source = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("jakarta.faces.source");
        return source != null && source.startsWith("wizard:") && source.contains("nav-");
    }

    public boolean shows(String parameter) {
        return FeeParameters.of(form.getTerms().getFees().getModel())
                .contains(FeeParameters.Parameter.valueOf(parameter));
    }

    public List<StoreView> getStores() {
        if (storeChoices == null) {
            storeChoices = stores.list().stream().filter(s -> s.active() || Long.valueOf(s.id()).equals(form.getStoreId())).toList();
        }
        return storeChoices;
    }

    public List<VendorView> getVendors() {
        if (vendorChoices == null) {
            vendorChoices = vendors.list().stream().filter(v -> v.active() || Long.valueOf(v.id()).equals(form.getVendorId())).toList();
        }
        return vendorChoices;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isReviewing() {
        return step == STEPS.size() - 1;
    }

    public boolean isBlocked() {
        return !violations.isEmpty();
    }

    public List<String> getSteps() {
        return STEPS;
    }

    public int getStep() {
        return step;
    }

    public Mode getMode() {
        return mode;
    }

    public ContractView getOriginal() {
        return original;
    }

    public ContractForm getForm() {
        return form;
    }

    public AmendmentForm getAmendment() {
        return amendment;
    }

    public WizardRows getRows() {
        return rows;
    }

    public List<ReviewNote> getNotes() {
        return notes;
    }

    public List<ReviewNote> getViolations() {
        return violations;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }
}
