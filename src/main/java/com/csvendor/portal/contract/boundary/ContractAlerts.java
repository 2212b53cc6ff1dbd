package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.control.AlertRules;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The home page's contract alerts, for the contracts in force the caller may see. */
@Stateless
public class ContractAlerts {

    @Inject
    ContractScope scope;

    @Inject
    Clock clock;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ContractAlert> current() {
        LocalDate today = BusinessTime.today(clock);
        List<ContractAlert> alerts = new ArrayList<>();
        for (Contract c : scope.search(null, null, null, null, today)) {
            if (!c.getStatus().inForce()) {
                continue;
            }
            ContractTerms terms = c.current().getTerms();
            if (AlertRules.inNoticePeriod(terms, today)) {
                alerts.add(alert(ContractAlert.Kind.NOTICE_PERIOD, c, c.getEndDate(), today, null, 0));
            }
            for (PromotionCommitment p : AlertRules.promotionsToStaff(terms, today)) {
                alerts.add(alert(ContractAlert.Kind.PROMOTION_STAFFING, c, p.getFrom(), today, p.getName(),
                        p.getHeadcount()));
            }
        }
        alerts.sort(Comparator.comparing(ContractAlert::due));
        return alerts;
    }

    private static ContractAlert alert(ContractAlert.Kind kind, Contract c, LocalDate due, LocalDate today,
            String promotion, int headcount) {
        return new ContractAlert(kind, c.getId(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(), due,
                ChronoUnit.DAYS.between(today, due), promotion, headcount);
    }
}
