package com.csvendor.portal.work.boundary;

import com.csvendor.portal.contract.boundary.StaffingRequestView;
import com.csvendor.portal.kpi.boundary.KpiImportView;
import com.csvendor.portal.settlement.boundary.StatementCount;
import com.csvendor.portal.settlement.boundary.StatementSummary;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.boundary.ContractStanding;
import com.csvendor.portal.sla.boundary.DedicatedAgentFlagsView;
import com.csvendor.portal.sla.boundary.DisputeView;
import com.csvendor.portal.sla.boundary.IncidentView;
import com.csvendor.portal.sla.boundary.ReportLedgerService;
import com.csvendor.portal.sla.boundary.StaffingService;
import com.csvendor.portal.sla.boundary.SlaCycleView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The queues and their items in the reader's language ({@code workKind.*}, {@code work.*}). */
final class Wording {

    private static final int MAX_DAYS_LISTED = 7;

    private final Locale locale;

    Wording(Locale locale) {
        this.locale = locale;
    }

    String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    WorkQueue queue(WorkKind kind, String link, List<WorkItem> items) {
        return new WorkQueue(kind, Messages.label(locale, kind), text("work.empty." + kind.name()), items.size(),
                null, link, items.stream().limit(WorkService.MAX_ITEMS).toList());
    }

    WorkQueue statements(WorkKind kind, StatementCount totals, StatementStatus status, DueFilter due,
            List<WorkItem> items) {
        return new WorkQueue(kind, Messages.label(locale, kind), text("work.empty." + kind.name()), totals.count(),
                totals.amountDue(), WorkService.listLink(status, due),
                items.stream().limit(WorkService.MAX_ITEMS).toList());
    }

    WorkItem terminationRight(ContractStanding s) {
        SlaCycleView c = s.cycle();
        return new WorkItem("CONTRACT", s.contractId(), text("work.item.terminationRight", s.number(), s.vendorName(),
                s.storeName(), c.consecutiveBreaches(), c.terminationAfter()), slaLink(s.contractId()), c.cycleEnd());
    }

    WorkItem runningBreaches(ContractStanding s) {
        SlaCycleView c = s.cycle();
        return new WorkItem("CONTRACT", s.contractId(), text("work.item.runningBreaches", s.number(), s.vendorName(),
                s.storeName(), c.windowsBreached(), c.cycleStart().toString(), c.cycleEnd().toString(),
                Figures.money(c.penaltyTotal())), slaLink(s.contractId()), c.cycleEnd());
    }

    WorkItem dispute(DisputeView d) {
        LocalDate raised = day(d.raisedAt());
        return new WorkItem("DISPUTE", d.id(), text("work.item.dispute", d.contractNumber(), d.raisedBy(),
                new SlaSubjects(locale).subject(d.subjectType(), d.subject()), raised.toString(), d.comment()),
                slaLink(d.contractId()), raised);
    }

    WorkItem importToFix(KpiImportView i) {
        LocalDate uploaded = day(i.uploadedAt());
        return new WorkItem("KPI_IMPORT", i.id(), text("work.item.importToFix", i.fileName(),
                i.storeCode() == null ? Figures.NONE : i.storeCode(), uploaded.toString(), i.status()),
                "kpi/import.xhtml?id=" + i.id(), uploaded);
    }

    WorkItem statementToAnswer(StatementSummary s) {
        return new WorkItem("STATEMENT", s.id(), text("work.item.statementToAnswer", s.number(), s.storeName(),
                s.cycleStart().toString(), s.cycleEnd().toString(), Figures.money(s.amountDue())),
                "settlement/statement.xhtml?id=" + s.id(), s.statementDueOn());
    }

    WorkItem breachToDispute(ContractStanding s, SlaResultView r) {
        return new WorkItem("SLA_RESULT", r.id(), text("work.item.breachToDispute", s.number(),
                new SlaSubjects(locale).result(r)), slaLink(s.contractId()), r.windowEnd());
    }

    WorkItem incidentToDispute(ContractStanding s, IncidentView i) {
        return new WorkItem("INCIDENT", i.id(), text("work.item.incidentToDispute", s.number(), i.type(),
                i.occurredOn().toString(), Figures.money(i.amount())), slaLink(s.contractId()), i.occurredOn());
    }

    /** A contract's daily reports missing past their due time: its store, vendor, how many and which days. */
    WorkItem reportsOwed(String key, ReportLedgerService.Owed o) {
        List<LocalDate> days = o.days();
        return new WorkItem("CONTRACT", o.contractId(), text(key, o.number(), o.vendorName(), o.storeName(),
                days.size(), listed(days)), "contracts/reports.xhtml?id=" + o.contractId(), days.get(0));
    }

    /** A vendor short of staff on days of one contract: the days listed, a link to the contract's SLA page. */
    WorkItem shortOfStaff(StaffingService.Short s) {
        List<LocalDate> days = s.days();
        return new WorkItem("CONTRACT", s.contractId(), text("work.item.vendorShort", s.number(), s.vendorName(),
                s.storeName(), days.size(), listed(days)), slaLink(s.contractId()), days.get(0));
    }

    /**
     * The lead's own contract short of staff on days of the running cycle: the days listed, a link to the
     * contract's SLA page, whose staffing strip disputes a day.
     */
    WorkItem shortStaffed(StaffingService.Short s) {
        List<LocalDate> days = s.days();
        return new WorkItem("CONTRACT", s.contractId(), text("work.item.shortStaffed", s.number(), s.storeName(),
                days.size(), listed(days)), slaLink(s.contractId()), days.get(0));
    }

    private static String listed(List<LocalDate> days) {
        return days.stream().limit(MAX_DAYS_LISTED).map(LocalDate::toString).collect(Collectors.joining(", "))
                + (days.size() > MAX_DAYS_LISTED ? ", …" : "");
    }

    private static String slaLink(long contractId) {
        return "sla/contract.xhtml?id=" + contractId;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(BusinessTime.ZONE).toLocalDate();
    }

    WorkItem staffingToAnswer(StaffingRequestView r) {
        return new WorkItem("STAFFING_REQUEST", r.id(), text("work.item.staffingToAnswer", r.contractNumber(),
                r.storeName(), r.agents(), r.days(locale)), staffingLink(r.contractId()), r.fromDate());
    }

    WorkItem staffingAnswered(StaffingRequestView r) {
        return new WorkItem("STAFFING_REQUEST", r.id(), text("work.item.staffingAnswered", r.contractNumber(),
                r.vendorName(), Messages.label(locale, r.status()), r.agents(), r.days(locale)),
                staffingLink(r.contractId()), day(r.decidedAt()));
    }

    WorkItem dedicatedElsewhere(DedicatedAgentFlagsView f) {
        return new WorkItem("CONTRACT", f.contractId(), text("work.item.dedicatedElsewhere", f.contractNumber(),
                f.vendorName(), f.storeName(), f.agentDays(), f.agents()), staffingLink(f.contractId()), f.to());
    }

    static String staffingLink(long contractId) {
        return "contracts/staffing.xhtml?id=" + contractId;
    }
}
