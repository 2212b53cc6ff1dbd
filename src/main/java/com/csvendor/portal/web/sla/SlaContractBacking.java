package com.csvendor.portal.web.sla;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.sla.boundary.ContractSla;
import com.csvendor.portal.sla.boundary.DecisionForm;
import com.csvendor.portal.sla.boundary.DisputeForm;
import com.csvendor.portal.sla.boundary.DisputeView;
import com.csvendor.portal.sla.boundary.IncidentForm;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.boundary.SlaService;
import com.csvendor.portal.sla.boundary.StaffingService;
import com.csvendor.portal.sla.boundary.StaffingView;
import com.csvendor.portal.sla.control.Outcome;
import com.csvendor.portal.sla.control.SlaEvaluation;
import com.csvendor.portal.sla.entity.DisputeSubject;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SLA page of one contract ({@code ?id=}, optionally {@code &cycle=} a cycle's first day): the
 * cycle's money and results, the staffing strip (committed against present agents, a month at a
 * time), the latest day, incidents and disputes. Store managers re-evaluate,
 * record incidents and decide disputes; vendor leads dispute breaches and incidents; the service
 * decides who may do what, the page only hides what the caller cannot do.
 */
@Named
@ViewScoped
public class SlaContractBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BusinessTime.ZONE);

    @EJB
    SlaService sla;

    @EJB
    StaffingService staffingService;

    private YearMonth staffingMonth;
    private StaffingView staffing;

    private String idParam;
    private String cycleParam;
    private ContractSla contract;
    private boolean breachedOnly;
    private IncidentForm incident = new IncidentForm();
    private DisputeForm dispute = new DisputeForm();
    private DecisionForm decision = new DecisionForm();
    private Long decidedId;
    private boolean accepting;

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
        LocalDate cycle = null;
        try {
            cycle = cycleParam == null || cycleParam.isBlank() ? null : LocalDate.parse(cycleParam.strip());
        } catch (java.time.format.DateTimeParseException e) {
            id = null;
        }
        if (id == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            contract = sla.contract(id, cycle);
            staffingMonth = contract.cycle() != null ? YearMonth.from(contract.cycle().cycleStart())
                    : YearMonth.from(contract.startDate());
            readStaffing();
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
        }
    }

    private void readStaffing() {
        staffing = staffingService.staffing(contract.contractId(), staffingMonth.atDay(1), staffingMonth.atEndOfMonth());
    }

    /** The staffing strip shows the month before (-1) or after (+1) the one shown. */
    public void moveStaffingMonth(int months) {
        try {
            staffingMonth = staffingMonth.plusMonths(months);
            readStaffing();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /** One cell of the staffing strip: a day of the month shown and its reconciliation (null: no service day in force). */
    public record StaffingCell(LocalDate date, StaffingView.Day day) implements Serializable {

        /** "present / committed"; "—" for what no row reports or nothing committed. */
        public String figures() {
            if (day == null || day.committed() == 0) {
                return "—";
            }
            return (day.present() == null ? "—" : day.present().toString()) + " / " + day.committed();
        }

        public String styleClass() {
            if (day == null || day.committed() == 0) {
                return "portal-staffing-none";
            }
            if (day.pending()) {
                return "portal-staffing-pending";
            }
            if (!day.judged()) {
                return "portal-staffing-unjudged";
            }
            return day.shortfall() ? "portal-staffing-short" : "portal-staffing-kept";
        }
    }

    /** Every day of the month shown, with its reconciliation where it has one. */
    public List<StaffingCell> getStaffingCells() {
        Map<LocalDate, StaffingView.Day> days = staffing.days().stream()
                .collect(Collectors.toMap(StaffingView.Day::date, Function.identity()));
        List<StaffingCell> out = new ArrayList<>();
        for (LocalDate d = staffingMonth.atDay(1); !d.isAfter(staffingMonth.atEndOfMonth()); d = d.plusDays(1)) {
            out.add(new StaffingCell(d, days.get(d)));
        }
        return out;
    }

    public StaffingView getStaffing() {
        return staffing;
    }

    public String getStaffingMonth() {
        return staffingMonth.toString();
    }

    private void reload() {
        contract = sla.contract(contract.contractId(), contract.cycle() == null ? null : contract.cycle().cycleStart());
        readStaffing();
    }

    public void evaluate() {
        try {
            LocalDate today = time.today();
            LocalDate to = contract.endDate().isBefore(today) ? contract.endDate() : today;
            SlaEvaluation.Evaluated e = sla.evaluate(contract.contractId(), contract.startDate(), to);
            FacesMessages.info("sla.evaluated", e.results(), e.cycles());
            contract = sla.contract(contract.contractId(), null);
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public void startIncident() {
        incident = new IncidentForm();
        incident.setContractId(contract.contractId());
        incident.setOccurredOn(time.today());
    }

    public void recordIncident() {
        try {
            sla.recordIncident(incident);
            FacesMessages.info("sla.incident.recorded");
            reload();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public void startDispute(DisputeSubject type, long subjectId) {
        dispute = new DisputeForm();
        dispute.setSubjectType(type);
        dispute.setSubjectId(subjectId);
    }

    /** The lead disputes a short staffing day of the strip. */
    public void startStaffingDispute(LocalDate day) {
        dispute = new DisputeForm();
        dispute.setSubjectType(DisputeSubject.STAFFING_DAY);
        dispute.setContractId(contract.contractId());
        dispute.setDay(day);
    }

    /** What the dispute being written is about, in words, for the dialog. */
    public String getDisputeSubject() {
        if (dispute.getSubjectType() == null) {
            return "";
        }
        return dispute.getSubjectType() == DisputeSubject.STAFFING_DAY
                ? words().subject(DisputeSubject.STAFFING_DAY, dispute.getDay().toString())
                : subject(dispute.getSubjectType(), dispute.getSubjectId(), null);
    }

    /** Whether a short staffing day of the strip has a dispute still open. */
    public boolean staffingDisputed(LocalDate day) {
        long id = DisputeSubject.idOf(day);
        return contract.disputes().stream()
                .anyMatch(d -> d.open() && d.subjectType() == DisputeSubject.STAFFING_DAY && d.subjectId() == id);
    }

    public void raiseDispute() {
        try {
            sla.raise(dispute);
            FacesMessages.info("sla.dispute.raised");
            reload();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public void startDecision(DisputeView d, boolean accept) {
        decision = new DecisionForm();
        decision.setVersion(d.version());
        decidedId = d.id();
        accepting = accept;
    }

    public void decide() {
        try {
            if (accepting) {
                sla.accept(decidedId, decision);
            } else {
                sla.reject(decidedId, decision);
            }
            FacesMessages.info(accepting ? "sla.dispute.accepted" : "sla.dispute.rejected");
            reload();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public void showCycle() {
        try {
            contract = sla.contract(contract.contractId(), LocalDate.parse(cycleParam));
            staffingMonth = YearMonth.from(LocalDate.parse(cycleParam));
            readStaffing();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /** The forbidden phrases of the version in force, for the incident dialog's help. */
    public String getPhrases() {
        return String.join("、", contract.forbiddenPhrases());
    }

    /** The cycle's results, or only its breaches (those so far in running windows too, shown provisional). */
    public List<SlaResultView> getResults() {
        return contract.results().stream().filter(r -> !breachedOnly || r.outcome().judgement() == Outcome.BREACHED)
                .toList();
    }

    /** Whether the cycle shown has results of windows still running, which the page explains. */
    public boolean isAnyProvisional() {
        return contract.results().stream().anyMatch(SlaResultView::provisional);
    }

    /** Whether a breach or incident can be disputed now: no dispute open on it. */
    public boolean disputable(DisputeSubject type, long subjectId) {
        return contract.mayDispute() && contract.disputes().stream()
                .noneMatch(d -> d.open() && d.subjectType() == type && d.subjectId() == subjectId);
    }

    public String value(BigDecimal v, Metric metric) {
        return SlaFormat.value(v, metric);
    }

    /** {@link Figures#money}: ¥1,234.50, −¥80.00, "—" when there is no figure (no figure is not 0). */
    public String money(BigDecimal v) {
        return Figures.money(v);
    }

    public String plain(BigDecimal v) {
        return SlaFormat.plain(v);
    }

    /** An incident's clause by its name, e.g. "Contract version 2: Penalty clauses › Incident fines #1". */
    public String clause(String reference) {
        return words().clause(reference);
    }

    /**
     * What a dispute is about: the breached result's metric, dates and measured against target when the
     * page has it, else the service's subject in words ({@code raw} may be empty: then the record's number).
     */
    public String subject(DisputeSubject type, long subjectId, String raw) {
        SlaWords words = words();
        if (type == DisputeSubject.BREACH) {
            java.util.Optional<SlaResultView> result = java.util.stream.Stream.concat(contract.results().stream(),
                    contract.latestDayResults().stream()).filter(r -> r.id() == subjectId).findFirst();
            if (result.isPresent()) {
                return words.result(result.get());
            }
        }
        return words.subject(type, raw == null || raw.isBlank() ? "#" + subjectId : raw);
    }

    private static SlaWords words() {
        return new SlaWords(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String severity(Outcome outcome, boolean waived) {
        return SlaFormat.severity(outcome, waived);
    }

    public String at(Instant instant) {
        return instant == null ? "" : BEIJING.format(instant);
    }

    public IncidentType[] getIncidentTypes() {
        return IncidentType.values();
    }

    public ContractSla getContract() {
        return contract;
    }

    public boolean isBreachedOnly() {
        return breachedOnly;
    }

    public void setBreachedOnly(boolean breachedOnly) {
        this.breachedOnly = breachedOnly;
    }

    public IncidentForm getIncident() {
        return incident;
    }

    public DisputeForm getDispute() {
        return dispute;
    }

    public DecisionForm getDecision() {
        return decision;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    public String getCycle() {
        return cycleParam;
    }

    public void setCycle(String cycle) {
        this.cycleParam = cycle;
    }
}
