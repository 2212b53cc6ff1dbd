package com.csvendor.portal.kpi.entity;

/**
 * Fired when an import is refused (a problem with the file, row errors, no rows), in the transaction
 * that records it; observe it after success. Nothing of the import was published.
 */
public record KpiRejected(long importId) {
}
