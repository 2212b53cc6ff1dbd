package com.csvendor.portal.vendor.entity;

/** VAT status of a vendor: general taxpayers invoice 6 % on services, small-scale ones 1 % or 3 %. */
public enum TaxpayerType {
    GENERAL, SMALL_SCALE
}
