package com.csvendor.portal.contract.entity;

/**
 * What a day's report that is still missing past its due time costs: every DAILY SLA target of the
 * day counts as breached (the default), or a fixed fine per missing report on the cycle's statement.
 */
public enum MissingReportRule {
    BREACH_DAILY_TARGETS, FIXED_FINE
}
