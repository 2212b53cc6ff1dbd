package com.csvendor.portal.contract.entity;

/** How often a statement is drawn up. */
public enum SettlementCycle {
    MONTHLY, SEMI_MONTHLY, WEEKLY, QUARTERLY
}
