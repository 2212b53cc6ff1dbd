package com.csvendor.portal.sla.entity;

import java.time.LocalDate;

/**
 * What a vendor lead disputes: a breached window (an SLA result), a recorded incident, or a short
 * staffing day of the contract (its subject id is the day as {@link LocalDate#toEpochDay}).
 */
public enum DisputeSubject {
    BREACH, INCIDENT, STAFFING_DAY;

    /** The subject id of a staffing day. */
    public static long idOf(LocalDate day) {
        return day.toEpochDay();
    }

    /** The staffing day of a subject id. */
    public static LocalDate day(long subjectId) {
        return LocalDate.ofEpochDay(subjectId);
    }
}
