package com.csvendor.portal.work.boundary;

import com.csvendor.portal.contract.boundary.ContractAlerts;
import com.csvendor.portal.contract.boundary.StaffingRequestService;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.kpi.boundary.KpiImportService;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.settlement.boundary.SettlementService;
import com.csvendor.portal.settlement.boundary.StatementCount;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.sla.boundary.ContractStanding;
import com.csvendor.portal.sla.boundary.DedicatedAgentService;
import com.csvendor.portal.sla.boundary.DisputeView;
import com.csvendor.portal.sla.boundary.ReportLedgerService;
import com.csvendor.portal.sla.boundary.SlaService;
import com.csvendor.portal.sla.boundary.StaffingService;
import com.csvendor.portal.work.control.QueueRules;
import com.csvendor.portal.work.control.RefusedImports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The caller's work queues ({@link WorkKind}), in their language, for every role they hold; an
 * administrator has none. Everything is read through the components' services, which scope it to the
 * caller, so a queue never holds what its reader may not open. Queues hold at most {@link #MAX_ITEMS}
 * items; their count is of all.
 */
@Stateless
public class WorkService {

    static final int MAX_ITEMS = 10;
    static final int IMPORTS_LOOKED_AT = 200;

    @Inject
    Caller caller;

    @EJB
    SlaService sla;

    @EJB
    SettlementService settlement;

    @EJB
    KpiImportService imports;

    @EJB
    ContractAlerts alerts;

    @EJB
    ReportLedgerService reports;

    @EJB
    StaffingService staffing;

    @EJB
    StaffingRequestService staffingRequests;

    @EJB
    DedicatedAgentService dedicated;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<WorkQueue> mine(Locale locale) {
        Wording w = new Wording(locale);
        List<WorkQueue> queues = new ArrayList<>();
        if (caller.has(Role.STORE_MANAGER)) {
            List<ContractStanding> standings = sla.standings();
            queues.add(w.queue(WorkKind.TERMINATION_RIGHTS, "sla/list.xhtml", standings.stream()
                    .filter(s -> QueueRules.terminationRight(s.status(), s.cycle())).map(w::terminationRight).toList()));
            queues.add(w.queue(WorkKind.DISPUTES_TO_DECIDE, "sla/list.xhtml", sla.disputes(null).stream()
                    .filter(DisputeView::open).map(w::dispute).toList()));
            queues.add(w.queue(WorkKind.RUNNING_BREACHES, "sla/list.xhtml", standings.stream()
                    .filter(s -> QueueRules.runningBreaches(s.status(), s.cycle())).map(w::runningBreaches).toList()));
            queues.add(w.queue(WorkKind.CONTRACTS_TO_ACT_ON, "contracts/list.xhtml", alerts.current().stream()
                    .map(a -> new WorkItem("CONTRACT", a.contractId(), a.text(locale),
                            "contracts/view.xhtml?id=" + a.contractId(), a.due())).toList()));
            queues.add(w.queue(WorkKind.VENDORS_BEHIND_WITH_REPORTS, "contracts/list.xhtml", reports.owed().stream()
                    .map(o -> w.reportsOwed("work.item.vendorBehind", o)).toList()));
            queues.add(w.queue(WorkKind.VENDORS_SHORT_OF_STAFF, "sla/list.xhtml", staffing.shortOfStaff().stream()
                    .map(w::shortOfStaff).toList()));
            queues.add(w.queue(WorkKind.STAFFING_ANSWERED, "contracts/list.xhtml", staffingRequests.answeredRecently().stream()
                    .map(w::staffingAnswered).toList()));
            queues.add(w.queue(WorkKind.DEDICATED_ELSEWHERE, "contracts/list.xhtml", dedicated.recent().stream()
                    .map(w::dedicatedElsewhere).toList()));
        }
        if (caller.has(Role.VENDOR_LEAD)) {
            queues.add(w.queue(WorkKind.IMPORTS_TO_FIX, "kpi/imports.xhtml", importsToFix(w, locale)));
            StatementCount issued = settlement.totals(StatementStatus.ISSUED, null);
            queues.add(w.statements(WorkKind.STATEMENTS_TO_ANSWER, issued, StatementStatus.ISSUED, null,
                    settlement.statements(StatementStatus.ISSUED, null, null, null, null, null).stream()
                            .map(w::statementToAnswer).toList()));
            queues.add(w.queue(WorkKind.BREACHES_TO_DISPUTE, "sla/list.xhtml", toDispute(w)));
            queues.add(w.queue(WorkKind.REPORTS_OWED, "contracts/list.xhtml", reports.owed().stream()
                    .map(o -> w.reportsOwed("work.item.reportsOwed", o)).toList()));
            queues.add(w.queue(WorkKind.SHORT_STAFFED_DAYS, "sla/list.xhtml", staffing.shortThisCycle().stream()
                    .map(w::shortStaffed).toList()));
            queues.add(w.queue(WorkKind.STAFFING_TO_ANSWER, "contracts/list.xhtml", staffingRequests.mine(
                    EnumSet.of(StaffingRequestStatus.REQUESTED)).stream().map(w::staffingToAnswer).toList()));
        }
        if (caller.has(Role.FINANCE)) {
            queues.add(w.statements(WorkKind.STATEMENTS_TO_ISSUE, settlement.totals(StatementStatus.DRAFT, null),
                    StatementStatus.DRAFT, null, draftsByDueDate(w)));
            for (WorkKind kind : List.of(WorkKind.AWAITING_VENDOR, WorkKind.DISPUTED_STATEMENTS, WorkKind.TO_APPROVE)) {
                StatementStatus status = switch (kind) {
                    case AWAITING_VENDOR -> StatementStatus.ISSUED;
                    case DISPUTED_STATEMENTS -> StatementStatus.DISPUTED;
                    default -> StatementStatus.CONFIRMED;
                };
                queues.add(w.statements(kind, settlement.totals(status, null), status, null, List.of()));
            }
            queues.add(w.statements(WorkKind.DUE_THIS_WEEK, settlement.totals(StatementStatus.APPROVED,
                    DueFilter.THIS_WEEK), StatementStatus.APPROVED, DueFilter.THIS_WEEK, List.of()));
            queues.add(w.statements(WorkKind.OVERDUE, settlement.totals(StatementStatus.APPROVED, DueFilter.OVERDUE),
                    StatementStatus.APPROVED, DueFilter.OVERDUE, List.of()));
        }
        return queues;
    }

    private List<WorkItem> importsToFix(Wording w, Locale locale) {
        var history = imports.history(IMPORTS_LOOKED_AT, locale);
        var facts = history.stream().map(i -> new RefusedImports.Fact(i.id(), i.status(), i.storeCode(),
                i.uploadedAt(), i.firstDate(), i.lastDate(), i.rerunOf())).toList();
        var toFix = RefusedImports.toFix(facts).stream().map(RefusedImports.Fact::id).toList();
        return history.stream().filter(i -> toFix.contains(i.id())).map(w::importToFix).toList();
    }

    /** Breaches and incidents of each contract's running cycle that the lead has not disputed. */
    private List<WorkItem> toDispute(Wording w) {
        List<WorkItem> items = new ArrayList<>();
        for (ContractStanding s : sla.standings()) {
            if (s.cycle() == null || !s.cycle().running()) {
                continue;
            }
            sla.results(s.contractId(), null, s.cycle().cycleStart(), s.cycle().cycleEnd(), true, 0, 1000).stream()
                    .filter(r -> QueueRules.disputable(r, s.cycle())).map(r -> w.breachToDispute(s, r))
                    .forEach(items::add);
            sla.incidents(s.contractId()).stream().filter(i -> QueueRules.disputable(i, s.cycle()))
                    .map(i -> w.incidentToDispute(s, i)).forEach(items::add);
        }
        return items;
    }

    /** The drafts past their statement due date and those due within a week, as links to the list. */
    private List<WorkItem> draftsByDueDate(Wording w) {
        List<WorkItem> items = new ArrayList<>();
        for (DueFilter due : DueFilter.values()) {
            StatementCount t = settlement.totals(StatementStatus.DRAFT, due);
            if (t.count() > 0) {
                String key = due == DueFilter.OVERDUE ? "work.item.draftsLate" : "work.item.draftsDueThisWeek";
                items.add(new WorkItem("STATEMENT", 0, w.text(key, t.count(),
                        Figures.money(t.amountDue())), listLink(StatementStatus.DRAFT, due), null));
            }
        }
        return items;
    }

    static String listLink(StatementStatus status, DueFilter due) {
        return "settlement/list.xhtml?status=" + status + (due == null ? "" : "&due=" + due);
    }
}
