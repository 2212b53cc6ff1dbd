package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.control.ContractAuditor;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.control.StaffingRequestRepository;
import com.csvendor.portal.contract.control.StaffingRules;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.StaffingRequest;
import com.csvendor.portal.contract.entity.StaffingRequestChanged;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.contract.entity.Staffing;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.RuleViolations;
import com.csvendor.portal.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staffing requests (客服增加安排): the STORE_MANAGER of a contract's store asks its vendor for more
 * agents ({@link StaffingRules} decides whether the contract allows it), the VENDOR_LEAD of the
 * contract's vendor accepts or declines, the manager may withdraw a request not yet decided. Read
 * within the contract's scope ({@link ContractScope}); anything else answers not found. Every step is
 * audited on the contract in the same transaction and announced ({@link StaffingRequestChanged}).
 */
@Stateless
public class StaffingRequestService {

    @Inject
    ContractScope scope;

    @Inject
    ContractRepository contracts;

    @Inject
    StaffingRequestRepository requests;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<StaffingRequestChanged> changes;

    @Inject
    Clock clock;

    /** How far back a manager's home page shows requests the vendor has answered. */
    public static final int ANSWERED_DAYS = 14;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StaffingRequestView> ofContract(long contractId) {
        Contract c = scope.visible(contractId);
        return requests.ofContract(c.getId()).stream().map(r -> StaffingRequestView.of(r, c)).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StaffingRequestView get(long id) {
        StaffingRequest r = requests.getRequest(id);
        return StaffingRequestView.of(r, visible(r));
    }

    /**
     * The requests of the caller's contracts (their scope) in the statuses given, by first day: what
     * the home pages list.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StaffingRequestView> mine(EnumSet<StaffingRequestStatus> statuses) {
        Map<Long, Contract> mine = scope.search(null, null, null, null, BusinessTime.today(clock)).stream()
                .collect(Collectors.toMap(Contract::getId, Function.identity()));
        return requests.ofContracts(mine.keySet(), statuses).stream()
                .map(r -> StaffingRequestView.of(r, mine.get(r.getContractId()))).toList();
    }

    /** Answered by the vendor (accepted or declined) within the last {@link #ANSWERED_DAYS} days. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StaffingRequestView> answeredRecently() {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(ANSWERED_DAYS));
        return mine(EnumSet.of(StaffingRequestStatus.ACCEPTED, StaffingRequestStatus.DECLINED)).stream()
                .filter(r -> r.decidedAt() != null && r.decidedAt().isAfter(since)).toList();
    }

    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public StaffingRequestView request(long contractId, @NotNull @Valid StaffingRequestForm form) {
        Contract c = scope.editable(contractId);
        requests.lockContract(c);
        LocalDate today = BusinessTime.today(clock);
        ContractVersion v = c.versionOn(form.getFromDate()).orElse(c.current());
        Staffing staffing = v.getTerms().getStaffing();
        List<StaffingRules.Asked> existing = requests.ofContracts(List.of(c.getId()),
                EnumSet.of(StaffingRequestStatus.REQUESTED, StaffingRequestStatus.ACCEPTED)).stream()
                .map(r -> new StaffingRules.Asked(r.getAgents(), r.getFromDate(), r.getToDate())).toList();
        RuleViolations.throwIfAny(StaffingRules.refusals(
                new StaffingRules.Terms(c.getStatus(), c.getStartDate(), c.lastDayInForce(),
                        staffing.getAddNoticeDays(), staffing.getMaxAdditionalAgents()),
                new StaffingRules.Asked(form.getAgents(), form.getFromDate(), form.getToDate()), existing, today));
        StaffingRequest r = requests.save(new StaffingRequest(c.getId(), form.getAgents(), form.getFromDate(),
                form.getToDate(), form.getNote(), caller.username(), Instant.now(clock)));
        record(c, r, "STAFFING_REQUESTED", r.getNote());
        return StaffingRequestView.of(r, c);
    }

    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StaffingRequestView accept(long id, @NotNull @Valid StaffingDecisionForm form) {
        return decide(id, form, StaffingRequestStatus.ACCEPTED);
    }

    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StaffingRequestView decline(long id, @NotNull @Valid StaffingDecisionForm form) {
        return decide(id, form, StaffingRequestStatus.DECLINED);
    }

    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public StaffingRequestView withdraw(long id, @NotNull @Valid StaffingDecisionForm form) {
        return decide(id, form, StaffingRequestStatus.WITHDRAWN);
    }

    private StaffingRequestView decide(long id, StaffingDecisionForm form, StaffingRequestStatus to) {
        StaffingRequest r = requests.getRequest(id);
        Contract c = visible(r);
        boolean allowed = to == StaffingRequestStatus.WITHDRAWN ? scope.mayEdit(c)
                : caller.leadVendorId().map(v -> v.equals(c.getVendor().getId())).orElse(false);
        if (!allowed) {
            throw new NotFoundException("staffingRequest", id);
        }
        // Accepting re-evaluates the contract's SLA cycles in this transaction (sla observes the change):
        // take the contract's lock first, as an evaluation does.
        requests.lockContract(c);
        if (form.getVersion() != null) {
            Versions.check(form.getVersion(), r.getVersion());
        }
        Instant now = Instant.now(clock);
        switch (to) {
            case ACCEPTED -> r.accept(caller.username(), form.getNote(), now);
            case DECLINED -> r.decline(caller.username(), form.getNote(), now);
            default -> r.withdraw(caller.username(), form.getNote(), now);
        }
        requests.written(r);
        record(c, r, "STAFFING_" + to.name(), r.getDecisionNote());
        return StaffingRequestView.of(r, c);
    }

    private Contract visible(StaffingRequest r) {
        try {
            return scope.visible(r.getContractId());
        } catch (NotFoundException e) {
            throw new NotFoundException("staffingRequest", r.getId());
        }
    }

    /** On the contract's trail, in no language: {@code #12 +3 2026-12-10..2026-12-20: note}. */
    private void record(Contract c, StaffingRequest r, String action, String note) {
        audit.record(ContractAuditor.SUBJECT, c.getId(), action, caller.username(), "#" + r.getId() + " +"
                + r.getAgents() + " " + r.getFromDate() + ".." + (r.getToDate() == null ? "" : r.getToDate())
                + (note == null ? "" : ": " + note), null, null);
        changes.fire(new StaffingRequestChanged(r.getId(), r.getStatus()));
    }
}
