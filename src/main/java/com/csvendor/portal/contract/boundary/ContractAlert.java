package com.csvendor.portal.contract.boundary;

import java.io.Serializable;
import java.time.LocalDate;

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
}
