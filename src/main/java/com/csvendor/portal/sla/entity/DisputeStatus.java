package com.csvendor.portal.sla.entity;

/** A dispute is decided once: accepted or rejected, never changed after. */
public enum DisputeStatus {
    OPEN, ACCEPTED, REJECTED
}
