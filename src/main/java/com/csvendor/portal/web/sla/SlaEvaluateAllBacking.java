package com.csvendor.portal.web.sla;

import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.boundary.SlaService;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * "Evaluate all" on the SLA list, for administrators and finance: the SLA evaluation of one month for
 * every signed contract as a background job ({@link SlaService#evaluateAll}), its progress polled
 * like finance's "generate all". While a job runs (anyone's), starting one follows that one.
 */
@Named
@ViewScoped
public class SlaEvaluateAllBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The months offered: this one and the eleven before it. */
    private static final int MONTHS = 12;

    @EJB
    SlaService sla;

    @Inject
    Caller caller;

    @Inject
    LocaleBacking language;

    @Inject
    BusinessTime time;

    private String month;
    private JobView job;

    public boolean isMayEvaluate() {
        return caller.has(Role.ADMIN) || caller.has(Role.FINANCE);
    }

    /** This month first: the nightly run keeps it current, a month just closed is re-run before settling. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.from(time.today());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            out.add(now.minusMonths(i).toString());
        }
        return out;
    }

    public void start() {
        try {
            job = sla.evaluateAll(YearMonth.parse(getMonth()));
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /** The poll: the job's progress and, once it ended, its summary. */
    public void refreshJob() {
        if (job == null) {
            return;
        }
        try {
            job = sla.evaluationJob(job.id(), language.getLocale());
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

    public String getMonth() {
        return month == null ? getMonths().get(0) : month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
