package com.csvendor.portal.work.boundary;

/**
 * The work queues, in the order a home page shows them. Store manager: TERMINATION_RIGHTS (a
 * contract in force whose latest cycle reached its termination right), DISPUTES_TO_DECIDE,
 * RUNNING_BREACHES (breaches of the cycle running now), CONTRACTS_TO_ACT_ON (notice period started,
 * promotion staffing to request), VENDORS_BEHIND_WITH_REPORTS (daily reports missing past their due
 * time), VENDORS_SHORT_OF_STAFF (short staffing days of the last 31 days), STAFFING_ANSWERED (staffing requests the vendor accepted or declined in the last 14 days),
 * DEDICATED_ELSEWHERE (dedicated agents with figures in another store in the last 31 days). Vendor
 * lead: IMPORTS_TO_FIX, STATEMENTS_TO_ANSWER, BREACHES_TO_DISPUTE (breaches and
 * incidents of the running cycle not disputed yet), REPORTS_OWED (the days owed per store), SHORT_STAFFED_DAYS (days of the running cycle
 * below the committed headcount, not disputed), STAFFING_TO_ANSWER (staffing requests waiting
 * for their answer). Finance:
 * STATEMENTS_TO_ISSUE, AWAITING_VENDOR, DISPUTED_STATEMENTS, TO_APPROVE, DUE_THIS_WEEK, OVERDUE.
 */
public enum WorkKind {
    TERMINATION_RIGHTS, DISPUTES_TO_DECIDE, RUNNING_BREACHES, CONTRACTS_TO_ACT_ON, VENDORS_BEHIND_WITH_REPORTS,
    VENDORS_SHORT_OF_STAFF, STAFFING_ANSWERED, DEDICATED_ELSEWHERE,
    IMPORTS_TO_FIX, STATEMENTS_TO_ANSWER, BREACHES_TO_DISPUTE, REPORTS_OWED, SHORT_STAFFED_DAYS,
    STAFFING_TO_ANSWER,
    STATEMENTS_TO_ISSUE, AWAITING_VENDOR, DISPUTED_STATEMENTS, TO_APPROVE, DUE_THIS_WEEK, OVERDUE
}
