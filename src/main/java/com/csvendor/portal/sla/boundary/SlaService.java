package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.control.LockedPeriods;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.IncidentFine;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.job.boundary.BackgroundJobs;
import com.csvendor.portal.job.boundary.JobText;
import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.sla.control.DisputeRepository;
import com.csvendor.portal.sla.control.StaffingDay;
import com.csvendor.portal.sla.control.StaffingLedgers;
import com.csvendor.portal.sla.control.IncidentRepository;
import com.csvendor.portal.sla.control.MonthEvaluation;
import com.csvendor.portal.sla.control.SerialEvaluation;
import com.csvendor.portal.sla.control.SlaEvaluation;
import com.csvendor.portal.sla.control.SlaRepository;
import com.csvendor.portal.sla.entity.Dispute;
import com.csvendor.portal.sla.entity.DisputeChanged;
import com.csvendor.portal.sla.entity.DisputeSubject;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * SLA results, cycles, incidents and disputes. Everyone reads within their scope ({@link SlaScope});
 * store managers (and administrators) re-evaluate; store managers record incidents for their
 * stores' contracts and decide disputes; vendor leads dispute their own vendor's breaches and
 * incidents; finance reads, and with administrators evaluates a whole month ("evaluate all", a
 * background job). Every change is audited in its transaction, and an accepted dispute
 * recomputes the contract's cycles in the same transaction.
 */
@Stateless
public class SlaService {

    static final int MAX_RESULTS = 1000;
    static final int MAX_LISTED = 500;
    static final String EVALUATE_ALL = "SLA_EVALUATE_ALL";

    @Inject
    SlaScope scope;

    @Inject
    ContractRepository contracts;

    @Inject
    SlaRepository results;

    @Inject
    IncidentRepository incidents;

    @Inject
    DisputeRepository disputes;

    @Inject
    SlaEvaluation evaluation;

    @Inject
    SerialEvaluation serial;

    @Inject
    SlaViews views;

    @Inject
    MonthEvaluation monthEvaluation;

    @Inject
    BackgroundJobs jobs;

    @Inject
    AuditLog audit;

    @Inject
    LockedPeriods locked;

    @Inject
    StaffingLedgers staffing;

    @Inject
    Event<DisputeChanged> disputeChanges;

    @Inject
    Clock clock;

    /** Results in scope, newest window first; {@code contractId} null for every contract in scope. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<SlaResultView> results(Long contractId, SlaWindow window, LocalDate from, LocalDate to,
            boolean breachedOnly, int offset, int limit) {
        List<Long> ids = contractId == null ? scope.contractIds() : List.of(scope.visible(contractId).getId());
        return views.results(results.search(new SlaRepository.ResultQuery(ids, window, from, to, breachedOnly,
                Math.max(0, offset), Math.max(1, Math.min(limit, MAX_RESULTS)))));
    }

    /** Evaluates a contract's targets over the windows touching [from, to] and recomputes its cycles. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SlaEvaluation.Evaluated evaluate(long contractId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Contract c = scope.visible(contractId);
        if (!scope.mayEvaluate(c)) {
            throw new NotFoundException("contract", contractId);
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "sla.evaluate.range", from, to);
        }
        return serial.now(scope.username(), c.getId(), from, to);
    }

    /**
     * Starts the SLA evaluation of a month for every signed contract ({@link MonthEvaluation}) as a
     * background job, at most one at a time across instances: while one runs, the caller gets that one.
     * Administrators and finance (whose statements are priced on the results); a store manager
     * evaluates their own contracts one by one. A month not yet begun is refused.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView evaluateAll(@NotNull YearMonth month) {
        if (month.isAfter(YearMonth.from(BusinessTime.today(clock)))) {
            throw new InvalidInputException("month", "sla.evaluateAll.future", month.toString());
        }
        return jobs.start(EVALUATE_ALL, scope.username(), progress -> summary(monthEvaluation.run(month, progress)));
    }

    /** The status of an "evaluate all" job. */
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView evaluationJob(long id, Locale locale) {
        return jobs.job(id, EVALUATE_ALL, locale);
    }

    static String summary(MonthEvaluation.Outcome out) {
        return out.failed().isEmpty()
                ? JobText.of("sla.evaluateAll.summary", out.contracts(), out.results(), out.cycles())
                : JobText.of("sla.evaluateAll.summaryFailed", out.contracts(), out.results(), out.cycles(),
                        out.failed().size());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ContractStanding> standings() {
        return scope.contracts().stream().map(views::standing).toList();
    }

    /** The SLA page of a contract, showing the cycle starting on {@code cycleStart} (else the latest). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ContractSla contract(long contractId, LocalDate cycleStart) {
        Contract c = scope.visible(contractId);
        return views.contractSla(c, cycleStart, scope.manages(c), scope.leads(c), scope.mayEvaluate(c));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<IncidentView> incidents(Long contractId) {
        List<Long> ids = contractId == null ? scope.contractIds() : List.of(scope.visible(contractId).getId());
        return incidents.ofContracts(ids, MAX_LISTED).stream().map(views::incident).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public IncidentView incident(long id) {
        return views.incident(visibleIncident(id));
    }

    /**
     * Records an incident on a day in the contract's period, up to today, outside a settled cycle
     * (one whose statement is approved: its penalties are final); the fine is the clause
     * for its type in the version in force that day (none agreed: recorded without a fine).
     */
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public IncidentView recordIncident(@NotNull @Valid IncidentForm form) {
        Contract c = managed(form.getContractId());
        evaluation.lockContract(c.getId());
        LocalDate day = form.getOccurredOn();
        if (day.isAfter(BusinessTime.today(clock))) {
            throw new InvalidInputException("occurredOn", "sla.incident.future", day);
        }
        if (locked.locked(c.getId(), day)) {
            throw new ConflictException("occurredOn", "sla.incident.settled", day);
        }
        ContractVersion v = c.versionOn(day).filter(x -> !day.isAfter(c.getEndDate()))
                .orElseThrow(() -> new InvalidInputException("occurredOn", "sla.incident.outsidePeriod", day,
                        c.getStartDate(), c.getEndDate()));
        List<IncidentFine> fines = v.getTerms().getPenalties().getIncidentFines();
        int clause = -1;
        for (int i = 0; i < fines.size() && clause < 0; i++) {
            clause = fines.get(i).getType() == form.getType() ? i : -1;
        }
        Incident incident = incidents.add(new Incident(c.getId(), day, form.getType(),
                clause < 0 ? null : "v" + v.getNumber() + " penalties.incidentFines[" + clause + "]",
                form.getEvidence(), clause < 0 ? java.math.BigDecimal.ZERO : fines.get(clause).getAmount(),
                scope.username(), clock.instant()));
        audit.record("SLA_INCIDENT", incident.getId(), "RECORDED", scope.username(), c.getNumber() + " " + day + " "
                + form.getType() + " " + incident.getAmount(), null, incident.getEvidence());
        evaluation.recomputeCycles(c.getId());
        return views.incident(incident);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<DisputeView> disputes(Long contractId) {
        List<Long> ids = contractId == null ? scope.contractIds() : List.of(scope.visible(contractId).getId());
        return disputes.ofContracts(ids, MAX_LISTED).stream().map(views::dispute).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public DisputeView dispute(long id) {
        Dispute d = disputes.findDispute(id).orElseThrow(() -> new NotFoundException("dispute", id));
        Contract c = contracts.findContract(d.getContractId()).filter(scope::sees)
                .orElseThrow(() -> new NotFoundException("dispute", id));
        return views.dispute(d, c);
    }

    /**
     * A vendor lead disputes a breach that counts, a recorded incident, or a short staffing day of their
     * own vendor's contract; a provisional result (its window still runs) is refused with 409 until the
     * window is judged.
     */
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public DisputeView raise(@NotNull @Valid DisputeForm form) {
        if (form.getSubjectType() == DisputeSubject.STAFFING_DAY) {
            return raiseStaffingDay(form);
        }
        if (form.getSubjectId() == null) {
            throw new InvalidInputException("subjectId", "sla.dispute.subjectRequired", form.getSubjectType());
        }
        long subjectId = form.getSubjectId();
        long contractId = form.getSubjectType() == DisputeSubject.BREACH
                ? results.findResult(subjectId).map(SlaResult::getContractId).orElse(-1L)
                : incidents.findIncident(subjectId).map(Incident::getContractId).orElse(-1L);
        Contract c = contractId < 0 ? null : contracts.findContract(contractId).orElse(null);
        if (c == null || !scope.leads(c)) {
            throw new NotFoundException(form.getSubjectType() == DisputeSubject.BREACH ? "slaResult" : "incident",
                    subjectId);
        }
        evaluation.lockContract(c.getId());
        disputes.findOpen(c.getId(), form.getSubjectType(), subjectId).ifPresent(d -> {
            throw new ConflictException("subjectId", "sla.dispute.alreadyOpen", d.getId());
        });
        if (form.getSubjectType() == DisputeSubject.BREACH) {
            SlaResult r = results.getResult(subjectId);
            if (r.isProvisional()) {
                // The window still runs: nothing is judged yet, so there is nothing to dispute.
                throw new ConflictException("subjectId", "sla.dispute.provisional", subjectId, r.getWindowStart(),
                        r.getWindowEnd());
            }
            if (!r.isCountedBreach()) {
                throw new InvalidInputException("subjectId", "sla.result.notBreached", subjectId);
            }
        } else {
            incidents.getIncident(subjectId).dispute();
        }
        Dispute d = disputes.add(new Dispute(c.getId(), form.getSubjectType(), subjectId, form.getComment(),
                scope.username(), clock.instant()));
        audit.record("SLA_DISPUTE", d.getId(), "RAISED", scope.username(), c.getNumber() + " "
                + d.getSubjectType() + " #" + subjectId, null, d.getComment());
        disputeChanges.fire(new DisputeChanged(d.getId(), d.getStatus()));
        return views.dispute(d, c);
    }

    /**
     * A short staffing day ({@link StaffingDay#isShort}: judged, fewer agents present than committed,
     * not waived) of the lead's own vendor's contract, with the lead's reason.
     */
    private DisputeView raiseStaffingDay(DisputeForm form) {
        if (form.getContractId() == null || form.getDay() == null) {
            throw new InvalidInputException(form.getContractId() == null ? "contractId" : "day",
                    "sla.dispute.staffingDayRequired");
        }
        Contract c = contracts.findContract(form.getContractId()).filter(scope::leads)
                .orElseThrow(() -> new NotFoundException("contract", form.getContractId()));
        LocalDate day = form.getDay();
        long subjectId = DisputeSubject.idOf(day);
        evaluation.lockContract(c.getId());
        disputes.findOpen(c.getId(), DisputeSubject.STAFFING_DAY, subjectId).ifPresent(d -> {
            throw new ConflictException("day", "sla.dispute.alreadyOpen", d.getId());
        });
        boolean isShort = !day.isBefore(c.getStartDate()) && !day.isAfter(c.lastDayInForce())
                && staffing.of(c, day, day).stream().anyMatch(StaffingDay::isShort);
        if (!isShort) {
            throw new InvalidInputException("day", "sla.dispute.notShort", day, c.getNumber());
        }
        Dispute d = disputes.add(new Dispute(c.getId(), DisputeSubject.STAFFING_DAY, subjectId, form.getComment(),
                scope.username(), clock.instant()));
        audit.record("SLA_DISPUTE", d.getId(), "RAISED", scope.username(), c.getNumber() + " STAFFING_DAY " + day,
                null, d.getComment());
        disputeChanges.fire(new DisputeChanged(d.getId(), d.getStatus()));
        return views.dispute(d, c);
    }

    /**
     * The store manager accepts: the breach is waived, the incident withdrawn or the staffing day's
     * shortfall waived (its missing agent-days no longer fined, its surcharge no longer withheld), and the cycles
     * recomputed — refused when the breach's window or the incident lies in a settled cycle (its
     * statement is approved and never changes; a correction is an adjustment statement).
     */
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public DisputeView accept(long id, @NotNull @Valid DecisionForm form) {
        Dispute d = decidable(id, form);
        Contract c = contracts.getContract(d.getContractId());
        evaluation.lockContract(c.getId());
        LocalDate day = switch (d.getSubjectType()) {
            case BREACH -> results.getResult(d.getSubjectId()).getWindowEnd();
            case INCIDENT -> incidents.getIncident(d.getSubjectId()).getOccurredOn();
            case STAFFING_DAY -> DisputeSubject.day(d.getSubjectId());
        };
        if (locked.locked(c.getId(), day)) {
            throw new ConflictException("dispute", "sla.dispute.settled", day);
        }
        d.accept(scope.username(), form.getComment(), clock.instant());
        if (d.getSubjectType() == DisputeSubject.BREACH) {
            results.getResult(d.getSubjectId()).waive();
            audit.record("SLA_RESULT", d.getSubjectId(), "WAIVED", scope.username(), "dispute #" + d.getId(), null,
                    null);
        } else if (d.getSubjectType() == DisputeSubject.INCIDENT) {
            incidents.getIncident(d.getSubjectId()).withdraw();
            audit.record("SLA_INCIDENT", d.getSubjectId(), "WITHDRAWN", scope.username(), "dispute #" + d.getId(),
                    null, null);
        }
        // A staffing day's waiver is the accepted dispute itself (StaffingLedgers reads it).
        audit.record("SLA_DISPUTE", d.getId(), "ACCEPTED", scope.username(), c.getNumber() + " " + audited(d), null,
                d.getDecisionComment());
        disputes.written(d);
        evaluation.recomputeCycles(c.getId());
        disputeChanges.fire(new DisputeChanged(d.getId(), d.getStatus()));
        return views.dispute(d, c);
    }

    /** The store manager rejects, with a comment: the breach or incident stands. */
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public DisputeView reject(long id, @NotNull @Valid DecisionForm form) {
        Dispute d = decidable(id, form);
        Contract c = contracts.getContract(d.getContractId());
        d.reject(scope.username(), form.getComment(), clock.instant());
        if (d.getSubjectType() == DisputeSubject.INCIDENT) {
            incidents.getIncident(d.getSubjectId()).uphold();
        }
        audit.record("SLA_DISPUTE", d.getId(), "REJECTED", scope.username(), c.getNumber() + " " + audited(d), null,
                d.getDecisionComment());
        disputes.written(d);
        disputeChanges.fire(new DisputeChanged(d.getId(), d.getStatus()));
        return views.dispute(d, c);
    }

    /** A dispute's subject in the audit log: the record's kind and id, or a staffing day's date. */
    private static String audited(Dispute d) {
        return d.getSubjectType() + (d.getSubjectType() == DisputeSubject.STAFFING_DAY
                ? " " + DisputeSubject.day(d.getSubjectId()) : " #" + d.getSubjectId());
    }

    private Dispute decidable(long id, DecisionForm form) {
        Dispute d = disputes.findDispute(id).orElseThrow(() -> new NotFoundException("dispute", id));
        Contract c = contracts.findContract(d.getContractId()).orElseThrow();
        if (!scope.manages(c)) {
            throw new NotFoundException("dispute", id);
        }
        if (form.getVersion() != null) {
            Versions.check(form.getVersion(), d.getVersion());
        }
        return d;
    }

    private Contract managed(long contractId) {
        Contract c = scope.visible(contractId);
        if (!scope.manages(c)) {
            throw new NotFoundException("contract", contractId);
        }
        return c;
    }

    private Incident visibleIncident(long id) {
        Incident i = incidents.findIncident(id).orElseThrow(() -> new NotFoundException("incident", id));
        contracts.findContract(i.getContractId()).filter(scope::sees)
                .orElseThrow(() -> new NotFoundException("incident", id));
        return i;
    }

    /** The terms in force on a date, for the pages' help (fines, forbidden phrases). */
    static ContractTerms termsOn(Contract c, LocalDate day) {
        return c.versionOn(day).orElse(c.current()).getTerms();
    }
}
