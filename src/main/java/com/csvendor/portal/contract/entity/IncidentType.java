package com.csvendor.portal.contract.entity;

/** Kinds of incident a store manager records and a fine may be agreed for. */
public enum IncidentType {
    FORBIDDEN_PHRASE, DATA_LEAK, MISSED_PROMOTION_HEADCOUNT, UNAUTHORISED_DISCOUNT, CUSTOMER_COMPLAINT, OTHER
}
