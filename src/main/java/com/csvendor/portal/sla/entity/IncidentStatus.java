package com.csvendor.portal.sla.entity;

/** An incident counts towards the cycle's penalties unless withdrawn (an accepted dispute). */
public enum IncidentStatus {
    RECORDED, DISPUTED, WITHDRAWN;

    public boolean counts() {
        return this != WITHDRAWN;
    }
}
