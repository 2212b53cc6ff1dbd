package com.csvendor.portal.contract.entity;

/** What part of the customer's journey the vendor serves. */
public enum ServiceType {
    PRE_SALES, IN_SALES, AFTER_SALES, REVIEW_FOLLOW_UP
}
