package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.shared.Messages;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Something about a contract in force that needs acting on now: its notice period before the end
 * has started (NOTICE_PERIOD, {@code due} = the end date), or the staffing notice for a promotion
 * commitment has started (PROMOTION_STAFFING, {@code due} = the promotion's first day).
 */
public record ContractAlert(Kind kind, long contractId, String number, String storeName, String vendorName,
        LocalDate due, long daysLeft, String promotion, int headcount) implements Serializable {

    public enum Kind {
        NOTICE_PERIOD, PROMOTION_STAFFING
    }

    /** The alert in words ({@code home.alert.<KIND>}), for the home page and the work queues. */
    public String text(Locale locale) {
        String day = due.toString();
        return switch (kind) {
            case NOTICE_PERIOD -> Messages.format(locale, "home.alert.NOTICE_PERIOD", number, vendorName, day,
                    daysLeft);
            case PROMOTION_STAFFING -> Messages.format(locale, "home.alert.PROMOTION_STAFFING", promotion, number,
                    day, headcount);
        };
    }
}
