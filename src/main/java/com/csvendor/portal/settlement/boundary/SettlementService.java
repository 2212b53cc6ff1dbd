package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.job.boundary.BackgroundJobs;
import com.csvendor.portal.job.boundary.JobText;
import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.settlement.control.Adjustments;
import com.csvendor.portal.settlement.control.PaymentDue;
import com.csvendor.portal.settlement.control.StatementCatchUp;
import com.csvendor.portal.settlement.control.StatementExists;
import com.csvendor.portal.settlement.control.StatementGeneration;
import com.csvendor.portal.settlement.control.StatementInputs;
import com.csvendor.portal.settlement.control.StatementPeriod;
import com.csvendor.portal.settlement.control.StatementRepository;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.settlement.entity.StatementTransitioned;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.Money;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.sla.control.SerialEvaluation;
import com.csvendor.portal.sla.control.Window;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Settlement statements (PRODUCT.md, "Settlement"). Everyone reads within their scope
 * ({@link SettlementScope}: vendor leads never see drafts); finance (or an administrator) generates
 * — a closed cycle of a contract, exactly once — and recomputes drafts; finance issues, revises a
 * disputed statement, approves (never one it generated or issued; the client's version must be
 * current, so of two concurrent approvals exactly one succeeds), records the payment and the
 * vendor's invoice, and corrects an approved statement with an adjustment statement; the vendor
 * lead confirms or disputes (with a comment). Every transition and money change is audited in
 * its transaction.
 */
@Stateless
public class SettlementService {

    static final int MAX_LISTED = 1000;
    static final String SUBJECT = "STATEMENT";
    static final String GENERATE_ALL = "STATEMENTS_GENERATE_ALL";

    @Inject
    SettlementScope scope;

    @Inject
    StatementRepository statements;

    @Inject
    StatementGeneration generation;

    @Inject
    StatementCatchUp catchUp;

    @Inject
    SerialEvaluation evaluations;

    @Inject
    StatementViews views;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Invoices invoices;

    @Inject
    TemporaryAgentsDesk temporaryAgents;

    @Inject
    Dashboards dashboards;

    @Inject
    ContractRepository contracts;

    @Inject
    AuditLog audit;

    @Inject
    Event<StatementTransitioned> transitions;

    @Inject
    Clock clock;

    /**
     * Statements in scope, newest cycle first, optionally by status, contract, vendor, a period their cycles
     * overlap and whether they are due this week or overdue ({@link DueFilter}).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StatementSummary> statements(StatementStatus status, Long contractId, Long vendorId, LocalDate from,
            LocalDate to, DueFilter due) {
        Map<Long, Contract> inScope = inScope(contractId, vendorId);
        List<Statement> found = statements.search(query(inScope, status, from, to, due));
        var invoiced = statements.invoices(found.stream().map(Statement::getId).toList());
        return found.stream().map(s -> views.summary(s, inScope.get(s.getContractId()), invoiced.get(s.getId())))
                .toList();
    }

    /** How many statements {@link #statements} finds with the same filter (all of them), and their amount due. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StatementCount totals(StatementStatus status, DueFilter due) {
        StatementRepository.Totals t = statements.totals(query(inScope(null, null), status, null, null, due));
        return new StatementCount(t.count(), t.amountDue());
    }

    private Map<Long, Contract> inScope(Long contractId, Long vendorId) {
        Map<Long, Contract> inScope = scope.contracts().stream()
                .filter(c -> contractId == null || c.getId().equals(contractId))
                .filter(c -> vendorId == null || c.getVendor().getId().equals(vendorId))
                .collect(Collectors.toMap(Contract::getId, Function.identity()));
        if (contractId != null && inScope.isEmpty()) {
            throw new NotFoundException("contract", contractId);
        }
        return inScope;
    }

    private StatementRepository.Query query(Map<Long, Contract> inScope, StatementStatus status, LocalDate from,
            LocalDate to, DueFilter due) {
        return new StatementRepository.Query(inScope.keySet(), status,
                scope.hidesDrafts() ? EnumSet.of(StatementStatus.DRAFT) : null, from, to, MAX_LISTED)
                .due(due, BusinessTime.today(clock));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StatementView statement(long id, Locale locale) {
        Statement s = statements.findStatement(id).orElseThrow(() -> new NotFoundException("statement", id));
        return views.view(s, scope.visible(s), locale);
    }

    /**
     * Generates the statement of the contract's cycle containing {@code cycleStart}, which must have
     * closed: a new one, or its DRAFT recomputed in place (the caller becomes its generator). An
     * issued, confirmed or disputed statement is refused (revise it first), an approved or paid one
     * too (adjust it). The contract's SLA results over the cycle are brought up to date first.
     */
    @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Generated generate(@NotNull @Valid GenerateForm form, Locale locale) {
        Contract c = scope.visibleContract(form.getContractId());
        StatementPeriod p = StatementInputs.period(c, form.getCycleStart());
        Window cycle = p.cycle();
        if (!p.to().isBefore(BusinessTime.today(clock))) {
            throw new InvalidInputException("cycleStart", "statement.generate.cycleOpen", cycle.start(), p.to());
        }
        upToDate(c.getId(), c.getNumber(), p.from(), p.to(), "statement generation");
        var existing = statements.findRegular(c.getId(), cycle.start());
        if (existing.isEmpty()) {
            try {
                return new Generated(statement(generation.create(c.getId(), cycle.start(), scope.username()),
                        locale), true);
            } catch (StatementExists e) {
                existing = statements.findRegular(c.getId(), cycle.start());
            }
        }
        Statement s = existing.orElseThrow();
        requireRecomputable(s);
        return new Generated(statement(generation.recompute(s.getId(), null, scope.username()), locale), false);
    }

    /**
     * Starts the generation of the missing statements of every closed cycle up to {@code upTo} (as
     * the nightly run does) as a background job, at most one at a time across instances: while one
     * runs, the caller gets that one (its {@code upTo} may differ; poll it, then ask again). A
     * contract whose SLA results could not be brought up to date gets none; the job's summary names
     * it, so that nobody takes the run for complete.
     */
    @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView generateAll(@NotNull @Valid GenerateAllForm form) {
        String by = scope.username();
        LocalDate upTo = form.getUpTo();
        return jobs.start(GENERATE_ALL, by, progress -> summary(catchUp.run(upTo, by, true, false, progress)));
    }

    /** The status of a "generate all" job. */
    @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView generationJob(long id, Locale locale) {
        return jobs.job(id, GENERATE_ALL, locale);
    }

    /** The summary as the job keeps it: a message and its arguments, worded in each reader's language. */
    static String summary(StatementCatchUp.Outcome out) {
        return out.notUpToDate().isEmpty() ? JobText.of("settlement.generateAll.summary", out.written().size())
                : JobText.of("settlement.generateAll.summarySkipped", out.written().size(),
                        String.join(", ", out.notUpToDate()));
    }

    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView issue(long id, @NotNull @Valid TransitionForm form, Locale locale) {
        Statement s = current(id, form);
        StatementStatus before = s.getStatus();
        s.issue(scope.username(), clock.instant());
        return transitioned(s, before, "ISSUED", null, locale);
    }

    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StatementView confirm(long id, @NotNull @Valid TransitionForm form, Locale locale) {
        Statement s = current(id, form);
        StatementStatus before = s.getStatus();
        s.confirm(scope.username(), form.getComment(), clock.instant());
        return transitioned(s, before, "CONFIRMED", form.getComment(), locale);
    }

    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StatementView dispute(long id, @NotNull @Valid TransitionForm form, Locale locale) {
        Statement s = current(id, form);
        StatementStatus before = s.getStatus();
        s.dispute(scope.username(), form.getComment(), clock.instant());
        return transitioned(s, before, "DISPUTED", form.getComment(), locale);
    }

    /** Takes a disputed statement back to DRAFT and recomputes it (SLA results brought up to date first). */
    @RolesAllowed(Role.FINANCE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public StatementView revise(long id, @NotNull @Valid TransitionForm form, Locale locale) {
        Statement seen = statements.findStatement(id).orElseThrow(() -> new NotFoundException("statement", id));
        Contract c = scope.visible(seen);
        upToDate(seen.getContractId(), c.getNumber(), seen.getServiceFrom(), seen.getServiceTo(),
                "statement revision");
        generation.revise(id, form.getVersion(), form.getComment(), scope.username());
        return statement(id, locale);
    }

    /**
     * Approves a confirmed statement: never by its generator or issuer; payment falls due after the
     * contract's net days.
     */
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView approve(long id, @NotNull @Valid TransitionForm form, Locale locale) {
        Statement s = current(id, form);
        StatementStatus before = s.getStatus();
        LocalDate today = BusinessTime.today(clock);
        Contract c = contracts.getContract(s.getContractId());
        var terms = c.version(s.getFigures().getContractVersion()).orElse(c.current()).getTerms();
        s.approve(scope.username(), clock.instant(), PaymentDue.paymentDueOn(today, terms.getSettlement()));
        return transitioned(s, before, "APPROVED", form.getComment(), locale);
    }

    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView pay(long id, @NotNull @Valid TransitionForm form, Locale locale) {
        Statement s = current(id, form);
        StatementStatus before = s.getStatus();
        s.pay(form.getPaidOn(), form.getPaymentReference(), scope.username(), clock.instant());
        return transitioned(s, before, "PAID", form.getPaidOn() + " " + form.getPaymentReference(), locale);
    }

    /** An adjustment statement (DRAFT) correcting an approved or paid one: the difference, with manual lines. */
    @RolesAllowed(Role.FINANCE_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public StatementView adjust(long id, @NotNull @Valid AdjustmentForm form, Locale locale) {
        Statement s = statements.findStatement(id).orElseThrow(() -> new NotFoundException("statement", id));
        Contract c = scope.visible(s);
        if (!s.getStatus().locked()) {
            throw new ConflictException("status", "statement.adjust.notLocked", s.getNumber(), s.getStatus());
        }
        upToDate(s.getContractId(), c.getNumber(), s.getServiceFrom(), s.getServiceTo(),
                "statement adjustment");
        String reason = form.getReason().strip();
        List<Adjustments.Manual> manual = form.getLines().stream().map(l -> new Adjustments.Manual(
                l.getDescription().strip(), Money.fen(l.getAmount()), reason)).toList();
        return statement(generation.adjust(id, reason, manual, scope.username()), locale);
    }

    /** Records (or, before approval, replaces) the vendor's invoice and flags where it differs. */
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView recordInvoice(long id, @NotNull @Valid InvoiceForm form, Locale locale) {
        Statement s = statements.findStatement(id).orElseThrow(() -> new NotFoundException("statement", id));
        Contract c = scope.visible(s);
        invoices.record(s, form, scope.username());
        return views.view(s, c, locale);
    }

    @RolesAllowed({Role.FINANCE_NAME, Role.STORE_MANAGER_NAME})
    public TemporaryAgentsView recordTemporaryAgents(@NotNull @Valid TemporaryAgentsForm form) {
        return temporaryAgents.record(form);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<TemporaryAgentsView> temporaryAgents(Long contractId) {
        return temporaryAgents.list(contractId);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public TemporaryAgentsView temporaryAgent(long id) {
        return temporaryAgents.one(id);
    }

    @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
    public FinanceDashboard dashboard() {
        return dashboards.of();
    }

    /**
     * Brings the contract's SLA results over the period up to date, or refuses: a statement built on
     * results an evaluation failed to refresh could carry a wrong penalty without anyone knowing.
     */
    private void upToDate(long contractId, String contractNumber, LocalDate from, LocalDate to, String cause) {
        if (!evaluations.evaluate(contractId, from, to, cause)) {
            throw new ConflictException("contractId", "statement.generate.slaNotUpToDate", contractNumber, from, to);
        }
    }

    private void requireRecomputable(Statement s) {
        if (s.getStatus().locked()) {
            throw new ConflictException("cycleStart", "statement.generate.locked", s.getNumber(), s.getStatus());
        }
        if (s.getStatus() != StatementStatus.DRAFT) {
            throw new ConflictException("cycleStart", "statement.generate.notDraft", s.getNumber(), s.getStatus());
        }
    }

    /** The statement in scope, at the version the client saw. */
    private Statement current(long id, TransitionForm form) {
        Statement s = statements.findStatement(id).orElseThrow(() -> new NotFoundException("statement", id));
        scope.visible(s);
        Versions.check(form.getVersion(), s.getVersion());
        return s;
    }

    private StatementView transitioned(Statement s, StatementStatus before, String action, String note,
            Locale locale) {
        // Fired before the write is checked: observers act after success only, so a step that fails
        // from here on (a concurrent change, the audit) announces nothing.
        transitions.fire(new StatementTransitioned(s.getId(), before, s.getStatus()));
        try {
            statements.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("version", "error.version.stale");
        }
        audit.record(SUBJECT, s.getId(), action, scope.username(), s.getNumber() + " " + before + " → "
                + s.getStatus() + " total " + s.getFigures().getTotal(), before.name(), s.getStatus().name()
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return statement(s.getId(), locale);
    }
}
