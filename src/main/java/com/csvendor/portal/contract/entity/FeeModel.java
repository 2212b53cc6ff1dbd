package com.csvendor.portal.contract.entity;

/** How the vendor is paid; each model reads its own parameters of Fees. */
public enum FeeModel {
    SEAT_MONTHLY, PER_SESSION, COMMISSION, BASE_PLUS_COMMISSION, HOURLY
}
