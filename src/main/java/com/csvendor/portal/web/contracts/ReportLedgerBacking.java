package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.sla.boundary.ReportLedgerService;
import com.csvendor.portal.sla.boundary.ReportLedgerView;
import com.csvendor.portal.sla.control.ReportStatus;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.PortalTime;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A contract's daily reports as a grid, one cell per day: received, late, missing or not yet due,
 * with the import, when it came (Beijing time) and the metrics the day's figures cover.
 */
@Named
@ViewScoped
public class ReportLedgerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    ReportLedgerService service;

    private String idParam;
    private LocalDate from;
    private LocalDate to;
    private ReportLedgerView ledger;

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
        if (id == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            ledger = service.ledger(id, from, to);
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
        }
    }

    /** Shows the period chosen. */
    public void show() {
        ledger = service.ledger(ledger.contractId(), from, to);
    }

    public String severity(ReportStatus status) {
        return switch (status) {
            case RECEIVED -> "success";
            case LATE -> "warning";
            case MISSING -> "danger";
            case NOT_YET_DUE -> "secondary";
        };
    }

    public String received(ReportLedgerView.Day day) {
        return PortalTime.format(day.receivedAt());
    }

    public String due(ReportLedgerView.Day day) {
        return DUE.format(day.due());
    }

    public List<String> metricKeys(ReportLedgerView.Day day) {
        return day.metrics().stream().map(Metric::name).map(m -> "metric." + m).toList();
    }

    public ReportLedgerView getLedger() {
        return ledger;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
