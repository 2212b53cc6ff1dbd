package com.csvendor.portal.sla.entity;

/** What a vendor lead disputes: a breached window (an SLA result) or a recorded incident. */
public enum DisputeSubject {
    BREACH, INCIDENT
}
