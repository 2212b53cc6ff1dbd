package com.csvendor.portal.web.settlement;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.settlement.boundary.GenerateForm;
import com.csvendor.portal.settlement.boundary.InvoiceForm;
import com.csvendor.portal.settlement.boundary.SettlementService;
import com.csvendor.portal.settlement.boundary.StatementSources;
import com.csvendor.portal.settlement.boundary.StatementView;
import com.csvendor.portal.settlement.boundary.TemporaryAgentsView;
import com.csvendor.portal.settlement.boundary.TransitionForm;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import com.csvendor.portal.web.PortalTime;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One statement ({@code ?id=}): its lines with how each was computed and what it came from, the
 * totals, the invoice and its flags, the trail and the contract's temporary agents in the cycle.
 * The buttons follow {@link StatementView#actions()} — what the service says the caller may do now —
 * and every step sends the version the page showed, so a stale page is refused, not applied.
 */
@Named
@ViewScoped
public class StatementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    /** The steps that take a comment, a payment date or a reference in a dialog. */
    public enum Step { CONFIRM, DISPUTE, PAY }

    @EJB
    SettlementService settlement;

    @Inject
    StatementSources lookups;

    @Inject
    LocaleBacking language;

    private String idParam;
    private StatementView statement;
    private List<TemporaryAgentsView> temporaryAgents = List.of();
    private LineSources sources;
    private Step step = Step.CONFIRM;
    private TransitionForm transition = new TransitionForm();
    private InvoiceForm invoice = new InvoiceForm();

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
        if (id == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            show(settlement.statement(id, language.getLocale()));
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
        }
    }

    private void show(StatementView s) {
        statement = s;
        temporaryAgents = settlement.temporaryAgents(s.contractId()).stream()
                .filter(t -> !t.workTo().isBefore(s.cycleStart()) && !t.workFrom().isAfter(s.cycleEnd())).toList();
        sources = sources(s);
    }

    /** The records the lines name, as far as the viewer may see the contract's SLA page; else none (no links). */
    private LineSources sources(StatementView s) {
        return lookups.of(s).map(words -> new LineSources(s.contractId(), s.storeId(), s.vendorId(), s.cycleStart(),
                words, seesImports())).orElse(null);
    }

    private static boolean seesImports() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.ADMIN_NAME) || external.isUserInRole(Role.STORE_MANAGER_NAME)
                || external.isUserInRole(Role.VENDOR_LEAD_NAME);
    }

    private TransitionForm seen() {
        TransitionForm form = new TransitionForm();
        form.setVersion(statement.version());
        return form;
    }

    public void issue() {
        run("settlement.issued", () -> settlement.issue(statement.id(), seen(), language.getLocale()));
    }

    public void revise() {
        run("settlement.revised", () -> settlement.revise(statement.id(), seen(), language.getLocale()));
    }

    public void approve() {
        run("settlement.approved", () -> settlement.approve(statement.id(), seen(), language.getLocale()));
    }

    /** Recomputes the draft from the current figures (the caller becomes its generator). */
    public void recompute() {
        GenerateForm form = new GenerateForm();
        form.setContractId(statement.contractId());
        form.setCycleStart(statement.cycleStart());
        run("settlement.recomputed", () -> settlement.generate(form, language.getLocale()).statement());
    }

    public void startStep(Step chosen) {
        step = chosen;
        transition = seen();
        if (chosen == Step.PAY) {
            transition.setPaidOn(time.today());
        }
    }

    public void doStep() {
        switch (step) {
            case CONFIRM -> run("settlement.confirmed", () -> settlement.confirm(statement.id(), transition, language.getLocale()));
            case DISPUTE -> run("settlement.disputed", () -> settlement.dispute(statement.id(), transition, language.getLocale()));
            case PAY -> run("settlement.paid", () -> settlement.pay(statement.id(), transition, language.getLocale()));
            default -> throw new IllegalStateException(step.name());
        }
    }

    public void startInvoice() {
        invoice = StatementFormat.invoiceForm(statement, time.today());
    }

    public void recordInvoice() {
        run("settlement.invoice.saved", () -> settlement.recordInvoice(statement.id(), invoice, language.getLocale()));
    }

    private void run(String doneKey, java.util.function.Supplier<StatementView> call) {
        try {
            show(call.get());
            FacesMessages.info(doneKey, statement.number());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
            reload();
        }
    }

    /** After a refusal the page shows the statement as it now is (another user may have moved it on). */
    private void reload() {
        try {
            show(settlement.statement(statement.id(), language.getLocale()));
        } catch (RuntimeException ignored) {
            // The message of the refusal is already on the page; keeping the old figures is the lesser evil.
        }
    }

    /** The PDF's address in the REST API, in Chinese or English. */
    public String pdf(String lang) {
        return "/api/statements/" + statement.id() + "/pdf?lang=" + lang;
    }

    public String money(BigDecimal amount) {
        return Figures.money(amount);
    }

    public String percent(BigDecimal value) {
        return Figures.percent(value);
    }

    public String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String at(Instant instant) {
        return PortalTime.format(instant);
    }

    public String lineType(String type) {
        return StatementFormat.lineType(type);
    }

    /** Where a line came from, in words (metric, window, measured against target; incident type and day). */
    public String source(String reference) {
        return sources == null ? StatementFormat.source(reference) : sources.of(reference, language.getLocale()).text();
    }

    /** The page that shows a line's source (relative to the portal), or null when the viewer has none to open. */
    public String sourceLink(String reference) {
        return sources == null ? null : sources.of(reference, language.getLocale()).link();
    }

    /** The part of that page to scroll to (the results or the incidents), or null. */
    public String sourceFragment(String reference) {
        return sources == null ? null : sources.of(reference, language.getLocale()).fragment();
    }

    public String flag(String flag) {
        return StatementFormat.flag(flag, statement.invoice());
    }

    public InvoiceType[] getInvoiceTypes() {
        return new InvoiceType[] {InvoiceType.SPECIAL, InvoiceType.GENERAL};
    }

    public StatementView getStatement() {
        return statement;
    }

    public List<TemporaryAgentsView> getTemporaryAgents() {
        return temporaryAgents;
    }

    public Step getStep() {
        return step;
    }

    public TransitionForm getTransition() {
        return transition;
    }

    public InvoiceForm getInvoice() {
        return invoice;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }
}
