package com.csvendor.portal.contract.entity;

/** The period over which an SLA target is judged. */
public enum SlaWindow {
    DAILY, WEEKLY, SETTLEMENT_CYCLE
}
