package com.csvendor.portal.sla.entity;

/**
 * Fired when a dispute is raised ({@code OPEN}) or decided ({@code ACCEPTED}, {@code REJECTED}), in
 * the transaction that does it; observe it after success.
 */
public record DisputeChanged(long disputeId, DisputeStatus status) {
}
