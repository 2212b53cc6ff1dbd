package com.csvendor.portal.sla.entity;

import java.math.BigDecimal;

/** Stored decimals against computed ones: equal by value, whatever their scale; both missing is the same. */
final class Decimals {

    private Decimals() {
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
