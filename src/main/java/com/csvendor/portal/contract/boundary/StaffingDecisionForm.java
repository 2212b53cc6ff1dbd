package com.csvendor.portal.contract.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Accepting, declining or withdrawing a staffing request: a note (the reason, required to decline)
 * and the request's version as read — a stale one is refused.
 */
public class StaffingDecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 500)
    private String note;

    private Long version;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
