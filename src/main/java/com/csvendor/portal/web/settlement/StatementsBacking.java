package com.csvendor.portal.web.settlement;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.boundary.ContractSummary;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.settlement.boundary.GenerateAllForm;
import com.csvendor.portal.settlement.boundary.GenerateForm;
import com.csvendor.portal.settlement.boundary.Generated;
import com.csvendor.portal.settlement.boundary.SettlementService;
import com.csvendor.portal.settlement.boundary.StatementSummary;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The statements the caller may see (the service scopes them: vendor leads never see drafts),
 * filtered by status, vendor, the period their cycles overlap and whether they are due this week or
 * overdue (status and due also from the address: {@code ?status=APPROVED&due=OVERDUE}, the home page's links). Finance and administrators
 * generate the statements of every closed cycle, or one contract's cycle.
 */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    @EJB
    SettlementService settlement;

    @EJB
    ContractService contractService;

    @EJB
    VendorService vendorService;

    @Inject
    Caller caller;

    @Inject
    LocaleBacking language;

    private StatementStatus status;
    private DueFilter due;
    private Long vendorId;
    private LocalDate from;
    private LocalDate to;
    private List<StatementSummary> list;
    private List<VendorView> vendors;
    private List<ContractSummary> contracts;
    private GenerateForm generate = new GenerateForm();
    private JobView job;

    public List<StatementSummary> getStatements() {
        if (list == null) {
            try {
                list = settlement.statements(status, null, vendorId, from, to, due);
            } catch (RuntimeException e) {
                list = List.of();
                FacesMessages.error(e);
            }
        }
        return list;
    }

    public void search() {
        list = null;
    }

    public void reset() {
        status = null;
        due = null;
        vendorId = null;
        from = null;
        to = null;
        list = null;
    }

    /** Starts "generate all" in the background; while one runs (anyone's), follows that one. */
    public void generateClosed() {
        try {
            GenerateAllForm form = new GenerateAllForm();
            form.setUpTo(time.today());
            job = settlement.generateAll(form);
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /** The poll: the job's progress; once it ended, the list shows the statements written. */
    public void refreshJob() {
        if (job == null) {
            return;
        }
        try {
            job = settlement.generationJob(job.id(), language.getLocale());
            if (!job.state().active()) {
                list = null;
            }
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public JobView getJob() {
        return job;
    }

    public boolean isJobRunning() {
        return job != null && job.state().active();
    }

    public void startGenerate() {
        generate = new GenerateForm();
        generate.setCycleStart(time.today().withDayOfMonth(1).minusMonths(1));
    }

    /** Generates (or recomputes the draft of) one cycle and opens it. */
    public String generateOne() {
        try {
            Generated g = settlement.generate(generate, language.getLocale());
            FacesMessages.info(g.created() ? "settlement.generated.one" : "settlement.generated.recomputed",
                    g.statement().number());
            return "/settlement/statement?faces-redirect=true&id=" + g.statement().id();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public boolean isMayGenerate() {
        return caller.has(Role.FINANCE) || caller.has(Role.ADMIN);
    }

    /** The contracts a statement can be generated for: signed ones (a draft has no cycles to settle). */
    public List<ContractSummary> getContracts() {
        if (contracts == null) {
            contracts = contractService.list(null, null, null, null).stream()
                    .filter(c -> c.status() != ContractStatus.DRAFT).toList();
        }
        return contracts;
    }

    public List<VendorView> getVendors() {
        if (vendors == null) {
            vendors = vendorService.list();
        }
        return vendors;
    }

    public DueFilter[] getDueFilters() {
        return DueFilter.values();
    }

    public StatementStatus[] getStatuses() {
        return StatementStatus.values();
    }

    public String money(BigDecimal amount) {
        return Figures.money(amount);
    }

    public GenerateForm getGenerate() {
        return generate;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public void setStatus(StatementStatus status) {
        this.status = status;
    }

    public DueFilter getDue() {
        return due;
    }

    public void setDue(DueFilter due) {
        this.due = due;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
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
