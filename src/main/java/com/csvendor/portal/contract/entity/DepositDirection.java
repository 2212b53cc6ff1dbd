package com.csvendor.portal.contract.entity;

/** Who holds the deposit: the store pays it to the vendor,  or the vendor lodges it with the store as a performance bond. */
public enum DepositDirection {
    STORE_TO_VENDOR, VENDOR_TO_STORE
}
