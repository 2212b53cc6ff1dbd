package com.csvendor.portal.security.entity;

/** The four roles of PRODUCT.md. The names are the Jakarta Security group names. */
public enum Role {
    ADMIN, STORE_MANAGER, VENDOR_LEAD, FINANCE;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STORE_MANAGER_NAME = "STORE_MANAGER";
    public static final String VENDOR_LEAD_NAME = "VENDOR_LEAD";
    public static final String FINANCE_NAME = "FINANCE";
}
