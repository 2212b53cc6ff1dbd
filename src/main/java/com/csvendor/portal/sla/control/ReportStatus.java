package com.csvendor.portal.sla.control;

/**
 * Where a day's report stands ({@link ReportLedger}): RECEIVED by its due time, LATE (first
 * received after it), MISSING (past due, nothing received) or NOT_YET_DUE (nothing received yet,
 * still in time).
 */
public enum ReportStatus {
    RECEIVED, LATE, MISSING, NOT_YET_DUE;

    /** Owed and not delivered: what the missing-report rule prices. */
    public boolean missing() {
        return this == MISSING;
    }
}
