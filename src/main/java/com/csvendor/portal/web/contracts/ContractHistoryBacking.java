package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.boundary.AuditView;
import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.boundary.ContractView;
import com.csvendor.portal.contract.boundary.VersionSummary;
import com.csvendor.portal.contract.control.TermsDiff;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A contract's history: its versions with the dates each was in force, the difference between
 * any two versions, and the audit trail (times in Beijing time), every field path in words.
 */
@Named
@ViewScoped
public class ContractHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContractService contracts;

    /** One changed field, labelled, with its values in words. */
    public record Line(String path, String label, String before, String after) implements Serializable {
    }

    /** One audit entry; {@code initial} when it recorded a contract from nothing (every field "changed"). */
    public record Entry(String at, String actor, String action, String summary, boolean initial, List<Line> changes)
            implements Serializable {
    }

    private String idParam;
    private ContractView contract;
    private List<VersionSummary> versions;
    private List<Entry> audit;
    private Integer from;
    private Integer to;
    private List<Line> diff = List.of();

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
        if (id == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            contract = contracts.get(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            versions = contracts.versions(id);
            audit = contracts.audit(id).stream().map(this::entry).toList();
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
            return;
        }
        if (versions.size() > 1) {
            from = versions.size() - 1;
            to = versions.size();
            compare();
        }
    }

    public void compare() {
        if (from == null || to == null) {
            diff = List.of();
            return;
        }
        TermLabels labels = labels();
        diff = lines(contracts.diff(contract.id(), from, to), labels::ofTerms, labels);
    }

    private Entry entry(AuditView a) {
        TermLabels labels = labels();
        AuditSummaries summaries = new AuditSummaries(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        boolean initial = !a.changes().isEmpty() && a.changes().stream().allMatch(c -> c.before().isEmpty());
        return new Entry(com.csvendor.portal.web.PortalTime.format(a.at()), a.actor(),
                FacesMessages.text("contracts.audit." + a.action()), summaries.of(a.action(), a.summary()), initial,
                initial ? List.of() : lines(a.changes(), labels::ofAudit, labels));
    }

    static List<Line> lines(List<TermsDiff.Change> changes, UnaryOperator<String> label, TermLabels labels) {
        return changes.stream().map(c -> new Line(c.path(), label.apply(c.path()), labels.value(c.path(), c.before()),
                labels.value(c.path(), c.after()))).toList();
    }

    private static TermLabels labels() {
        return TermLabels.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String at(Instant at) {
        return com.csvendor.portal.web.PortalTime.format(at);
    }

    public ContractView getContract() {
        return contract;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public List<Entry> getAudit() {
        return audit;
    }

    public List<Line> getDiff() {
        return diff;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public String getId() {
        return idParam;
    }

    public void setId(String id) {
        this.idParam = id;
    }
}
