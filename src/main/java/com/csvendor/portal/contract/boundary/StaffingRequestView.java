package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.StaffingRequest;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.shared.Messages;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A staffing request as read: its contract, store and vendor, what was asked and what was decided. */
public record StaffingRequestView(long id, long contractId, String contractNumber, long storeId, String storeName,
        long vendorId, String vendorName, int agents, LocalDate fromDate, LocalDate toDate, String note,
        StaffingRequestStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
        String decisionNote, long version) implements Serializable {

    static StaffingRequestView of(StaffingRequest r, Contract c) {
        return new StaffingRequestView(r.getId(), c.getId(), c.getNumber(), c.getStore().getId(), c.getStore().getName(),
                c.getVendor().getId(), c.getVendor().getName(), r.getAgents(), r.getFromDate(), r.getToDate(),
                r.getNote(), r.getStatus(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(),
                r.getDecidedAt(), r.getDecisionNote(), r.getVersion());
    }

    /** Its days in the reader's words: "2026-12-10 – 2026-12-20", or "from 2026-12-10 until the contract ends". */
    public String days(Locale locale) {
        return toDate == null ? Messages.format(locale, "staffing.openEnded", fromDate.toString())
                : Messages.format(locale, "staffing.days", fromDate.toString(), toDate.toString());
    }

    public boolean open() {
        return status == StaffingRequestStatus.REQUESTED;
    }
}
