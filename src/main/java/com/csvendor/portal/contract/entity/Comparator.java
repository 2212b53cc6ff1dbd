package com.csvendor.portal.contract.entity;

/** How a measured value is compared with an SLA threshold. */
public enum Comparator {
    GE, GT, LE, LT
}
