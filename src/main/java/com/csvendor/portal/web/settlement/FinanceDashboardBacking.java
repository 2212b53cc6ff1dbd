package com.csvendor.portal.web.settlement;

import com.csvendor.portal.settlement.boundary.FinanceDashboard;
import com.csvendor.portal.settlement.boundary.SettlementService;
import com.csvendor.portal.settlement.boundary.StatementCount;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * Finance's dashboard: the whole pipeline (statements by status, count, amount due and total, each a
 * link to the list of that status), what falls due (payments due this week, overdue payments, drafts
 * past their statement due date, each a link to the filtered list), approved amounts due by payment
 * date (overdue ones marked), totals per vendor per month, and the same as an Excel download from the
 * REST API.
 */
@Named
@RequestScoped
public class FinanceDashboardBacking {

    @EJB
    SettlementService settlement;

    @Inject
    LocaleBacking language;

    private FinanceDashboard dashboard;
    private List<Due> dues;

    /** A count of statements falling due, with its amount and the filtered list's query. */
    public record Due(String key, long count, BigDecimal amountDue, String query) {
    }

    public FinanceDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = settlement.dashboard();
        }
        return dashboard;
    }

    public List<Due> getDues() {
        if (dues == null) {
            dues = List.of(due("settlement.dashboard.payThisWeek", StatementStatus.APPROVED, DueFilter.THIS_WEEK),
                    due("settlement.dashboard.paymentsOverdue", StatementStatus.APPROVED, DueFilter.OVERDUE),
                    due("settlement.dashboard.statementsLate", StatementStatus.DRAFT, DueFilter.OVERDUE));
        }
        return dues;
    }

    private Due due(String key, StatementStatus status, DueFilter filter) {
        StatementCount t = settlement.totals(status, filter);
        return new Due(key, t.count(), t.amountDue(), "status=" + status + "&due=" + filter);
    }

    /** The workbook's address, in the page's language. */
    public String getXlsx() {
        return "/api/finance/dashboard/xlsx?lang=" + ("zh".equals(language.getLocale().getLanguage()) ? "zh" : "en");
    }

    public String money(BigDecimal amount) {
        return Figures.money(amount);
    }
}
