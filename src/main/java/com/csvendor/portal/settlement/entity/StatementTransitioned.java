package com.csvendor.portal.settlement.entity;

/**
 * Fired when a statement moves along its workflow (in the transaction that moves it; observe it
 * after success, so that a step rolled back is never announced).
 */
public record StatementTransitioned(long statementId, StatementStatus from, StatementStatus to) {
}
