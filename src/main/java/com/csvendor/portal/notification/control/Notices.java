package com.csvendor.portal.notification.control;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.control.StaffingRequestRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.StaffingRequest;
import com.csvendor.portal.contract.entity.StaffingRequestChanged;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.kpi.control.KpiImportRepository;
import com.csvendor.portal.kpi.control.MessageArgs;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.kpi.entity.KpiRejected;
import com.csvendor.portal.notification.entity.NotificationKind;
import com.csvendor.portal.settlement.control.StatementRepository;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.settlement.entity.StatementTransitioned;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import com.csvendor.portal.sla.control.DisputeRepository;
import com.csvendor.portal.sla.control.IncidentRepository;
import com.csvendor.portal.sla.control.SlaRepository;
import com.csvendor.portal.sla.entity.Dispute;
import com.csvendor.portal.sla.entity.DisputeChanged;
import com.csvendor.portal.sla.entity.DisputeStatus;
import com.csvendor.portal.sla.entity.DisputeSubject;
import com.csvendor.portal.sla.entity.ReportFellDueMissing;
import com.csvendor.portal.sla.entity.TerminationRightReached;
import com.csvendor.portal.store.control.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The notice of each event, read from the records as they were committed: names people know (the
 * statement and contract numbers, store and vendor names, the metric and window of a breach, the
 * file name) and the page to open — never an id or a constant's name. Empty when the event calls
 * for no notice (a statement step other than issue and dispute) or its record is gone.
 */
@ApplicationScoped
public class Notices {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    StatementRepository statements;

    @Inject
    ContractRepository contracts;

    @Inject
    DisputeRepository disputes;

    @Inject
    SlaRepository results;

    @Inject
    IncidentRepository incidents;

    @Inject
    KpiImportRepository imports;

    @Inject
    StoreRepository stores;

    @Inject
    StaffingRequestRepository staffing;

    public Optional<Notice> of(Object event) {
        if (event instanceof StatementTransitioned e) {
            return statement(e);
        }
        if (event instanceof DisputeChanged e) {
            return dispute(e);
        }
        if (event instanceof KpiRejected e) {
            return refused(e);
        }
        if (event instanceof TerminationRightReached e) {
            return terminationRight(e);
        }
        if (event instanceof StaffingRequestChanged e) {
            return staffing(e);
        }
        if (event instanceof ReportFellDueMissing e) {
            return reportMissing(e);
        }
        return Optional.empty();
    }

    private Optional<Notice> statement(StatementTransitioned e) {
        if (e.to() != StatementStatus.ISSUED && e.to() != StatementStatus.DISPUTED) {
            return Optional.empty();
        }
        Optional<Statement> found = statements.findStatement(e.statementId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Statement s = found.get();
        Contract c = contracts.getContract(s.getContractId());
        boolean issued = e.to() == StatementStatus.ISSUED;
        return Optional.of(new Notice(issued ? NotificationKind.STATEMENT_ISSUED : NotificationKind.STATEMENT_DISPUTED,
                issued ? Notice.Concerns.vendor(c.getVendor().getId()) : Notice.Concerns.everyone(),
                "settlement/statement.xhtml?id=" + s.getId(),
                List.of(s.getNumber(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(),
                        s.getServiceFrom().toString(), s.getServiceTo().toString(),
                        Figures.money(s.getFigures().getTotal()), comment(s.getVendorComment()))));
    }

    /** A request made goes to the vendor's leads, an answer to the store's managers; a withdrawal to nobody. */
    private Optional<Notice> staffing(StaffingRequestChanged e) {
        Optional<StaffingRequest> found = staffing.findRequest(e.requestId());
        if (found.isEmpty() || e.status() == StaffingRequestStatus.WITHDRAWN) {
            return Optional.empty();
        }
        StaffingRequest r = found.get();
        Contract c = contracts.getContract(r.getContractId());
        Notice.Text days = r.getToDate() == null ? new Notice.Text("staffing.openEnded", r.getFromDate().toString())
                : new Notice.Text("staffing.days", r.getFromDate().toString(), r.getToDate().toString());
        String path = "contracts/staffing.xhtml?id=" + c.getId();
        if (e.status() == StaffingRequestStatus.REQUESTED) {
            return Optional.of(new Notice(NotificationKind.STAFFING_REQUESTED, Notice.Concerns.vendor(c.getVendor().getId()),
                    path, List.of(c.getNumber(), c.getStore().getName(), r.getAgents(), c.getVendor().getName(), days,
                            comment(r.getNote()))));
        }
        return Optional.of(new Notice(NotificationKind.STAFFING_DECIDED, Notice.Concerns.store(c.getStore().getId()),
                path, List.of(c.getNumber(), c.getStore().getName(), r.getAgents(), c.getVendor().getName(),
                        e.status(), days, comment(r.getDecisionNote()))));
    }

    private Optional<Notice> dispute(DisputeChanged e) {
        Optional<Dispute> found = disputes.findDispute(e.disputeId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Dispute d = found.get();
        Contract c = contracts.getContract(d.getContractId());
        boolean raised = e.status() == DisputeStatus.OPEN;
        return Optional.of(new Notice(raised ? NotificationKind.DISPUTE_RAISED : NotificationKind.DISPUTE_DECIDED,
                raised ? Notice.Concerns.store(c.getStore().getId()) : Notice.Concerns.vendor(c.getVendor().getId()),
                "sla/contract.xhtml?id=" + c.getId(),
                List.of(c.getNumber(), c.getStore().getName(), c.getVendor().getName(), subject(d),
                        new Notice.Text(e.status() == DisputeStatus.ACCEPTED ? "notification.decision.accepted"
                                : "notification.decision.rejected"),
                        comment(raised ? d.getComment() : d.getDecisionComment()))));
    }

    /**
     * What was disputed, in the words the home queue uses ({@link SlaSubjects}): the breached metric, its
     * window and dates, the incident's type and day, or the short staffing day.
     */
    private Notice.Text subject(Dispute d) {
        if (d.getSubjectType() == DisputeSubject.STAFFING_DAY) {
            return new Notice.Text(SlaSubjects.STAFFING_DAY, DisputeSubject.day(d.getSubjectId()).toString());
        }
        if (d.getSubjectType() == DisputeSubject.BREACH) {
            return results.findResult(d.getSubjectId()).map(r -> new Notice.Text(SlaSubjects.BREACH,
                    SlaSubjects.breach(r.getMetric(), r.getWindow(), r.getWindowStart(), r.getWindowEnd())))
                    .orElse(new Notice.Text("disputeSubject.BREACH"));
        }
        return incidents.findIncident(d.getSubjectId()).map(i -> new Notice.Text(SlaSubjects.INCIDENT,
                SlaSubjects.incident(i.getType(), i.getOccurredOn()))).orElse(new Notice.Text("disputeSubject.INCIDENT"));
    }

    private Optional<Notice> refused(KpiRejected e) {
        Optional<KpiImport> found = imports.findImport(e.importId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        KpiImport i = found.get();
        String store = i.getStoreId() == null ? "—"
                : stores.findStore(i.getStoreId()).map(st -> st.getName()).orElse("—");
        Notice.Text reason = i.getFailureKey() == null ? new Notice.Text("notification.reason.none")
                : new Notice.Text(i.getFailureKey(), MessageArgs.fromJson(i.getFailureArgs()));
        return Optional.of(new Notice(NotificationKind.IMPORT_REFUSED, Notice.Concerns.user(i.getUploadedBy()),
                "kpi/import.xhtml?id=" + i.getId(), List.of(i.getFileName(), store, reason, i.getErrorCount())));
    }

    private Optional<Notice> terminationRight(TerminationRightReached e) {
        Optional<Contract> found = contracts.findContract(e.contractId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Contract c = found.get();
        return Optional.of(new Notice(NotificationKind.TERMINATION_RIGHT, Notice.Concerns.store(c.getStore().getId()),
                "sla/contract.xhtml?id=" + c.getId() + "&cycle=" + e.cycleStart(),
                List.of(c.getNumber(), c.getStore().getName(), c.getVendor().getName(), e.consecutiveBreaches(),
                        e.cycleStart().toString())));
    }

    /** To the vendor's leads (they owe it) and the store's managers (their vendor is behind), with the due time in Beijing time. */
    private Optional<Notice> reportMissing(ReportFellDueMissing e) {
        Optional<Contract> found = contracts.findContract(e.contractId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Contract c = found.get();
        return Optional.of(new Notice(NotificationKind.REPORT_MISSING, Notice.Concerns.both(c.getVendor().getId(),
                c.getStore().getId()), "contracts/reports.xhtml?id=" + c.getId(), List.of(c.getNumber(),
                        c.getStore().getName(), c.getVendor().getName(), e.day().toString(),
                        DUE.format(e.due().withZoneSameInstant(BusinessTime.ZONE)))));
    }

    private static Object comment(String text) {
        return text == null || text.isBlank() ? new Notice.Text("notification.noComment") : text.strip();
    }
}
