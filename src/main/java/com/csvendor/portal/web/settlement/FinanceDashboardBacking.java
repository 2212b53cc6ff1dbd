package com.csvendor.portal.web.settlement;

import com.csvendor.portal.settlement.boundary.FinanceDashboard;
import com.csvendor.portal.settlement.boundary.SettlementService;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * Finance's dashboard: statements by status, approved amounts due by payment date (overdue ones
 * marked), totals per vendor per month, and the same as an Excel download from the REST API.
 */
@Named
@RequestScoped
public class FinanceDashboardBacking {

    @EJB
    SettlementService settlement;

    @Inject
    LocaleBacking language;

    private FinanceDashboard dashboard;

    public FinanceDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = settlement.dashboard();
        }
        return dashboard;
    }

    /** The workbook's address, in the page's language. */
    public String getXlsx() {
        return "/api/finance/dashboard/xlsx?lang=" + ("zh".equals(language.getLocale().getLanguage()) ? "zh" : "en");
    }

    public String money(BigDecimal amount) {
        return Figures.money(amount);
    }
}
