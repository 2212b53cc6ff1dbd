package com.csvendor.portal.settlement.control;

/**
 * A mismatch between a recorded invoice and its statement or contract ({@link InvoiceCheck}): TYPE
 * (not the invoice type the contract agrees, or an invoice where the contract says none), TAX_RATE
 * (the tax is not the contract's rate of the amount excluding tax), AMOUNT (the invoice total is not
 * the statement total), ARITHMETIC (amount excluding tax + tax ≠ total).
 */
public enum InvoiceFlag {
    TYPE, TAX_RATE, AMOUNT, ARITHMETIC
}
