package com.csvendor.portal.contract.entity;

/**
 * A staffing request's life: REQUESTED by the store manager, then ACCEPTED or DECLINED by the vendor
 * lead, or WITHDRAWN by the manager while still requested. Only REQUESTED changes; the others are final.
 */
public enum StaffingRequestStatus {
    REQUESTED, ACCEPTED, DECLINED, WITHDRAWN;

    /** Counts against the contract's maximum of additional agents: asked for or agreed. */
    public boolean counts() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
