package com.csvendor.portal.contract.entity;

/**
 * Fired when a staffing request is made ({@code REQUESTED}) or decided ({@code ACCEPTED},
 * {@code DECLINED}), in the transaction that does it; observe it after success.
 */
public record StaffingRequestChanged(long requestId, StaffingRequestStatus status) {
}
