package com.csvendor.portal.settlement.entity;

/**
 * Where a statement line counts: FEE and PENALTY lines make the subtotal VAT applies to; DEPOSIT
 * offsets (final statement only) and ADJUSTMENT lines of an adjustment statement follow the rules
 * in {@code StatementCalculator}.
 */
public enum LineSection {
    FEE, PENALTY, DEPOSIT, ADJUSTMENT
}
