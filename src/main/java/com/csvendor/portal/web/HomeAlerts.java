package com.csvendor.portal.web;

import com.csvendor.portal.contract.boundary.ContractAlert;
import com.csvendor.portal.shared.Messages;
import java.util.Locale;

/** A contract alert of the home page in words ({@code home.alert.<KIND>}). */
public final class HomeAlerts {

    private HomeAlerts() {
    }

    public static String text(ContractAlert a, Locale locale) {
        String due = a.due().toString();
        return switch (a.kind()) {
            case NOTICE_PERIOD -> Messages.format(locale, "home.alert.NOTICE_PERIOD", a.number(), a.vendorName(), due,
                    a.daysLeft());
            case PROMOTION_STAFFING -> Messages.format(locale, "home.alert.PROMOTION_STAFFING", a.promotion(),
                    a.number(), due, a.headcount());
        };
    }
}
