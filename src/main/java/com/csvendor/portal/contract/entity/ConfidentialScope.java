package com.csvendor.portal.contract.entity;

/** What the confidentiality clause covers. */
public enum ConfidentialScope {
    CUSTOMER_DATA, STORE_BUSINESS_DATA, PRICING_AND_TERMS, PLATFORM_ACCOUNTS
}
