package com.csvendor.portal.contract.entity;

/** The VAT invoice the vendor issues: 增值税专用发票 (special),  增值税普通发票 (general) or none. */
public enum InvoiceType {
    SPECIAL, GENERAL, NONE
}
