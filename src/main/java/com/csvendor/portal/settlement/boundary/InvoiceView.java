package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.InvoiceType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor's invoice recorded against a statement, with the mismatches found: flags TYPE (not the
 * invoice type the contract asks for), TAX_RATE (tax not the contract rate of the amount excluding
 * tax; {@code impliedRate} is the rate it implies), AMOUNT (total not the statement's total;
 * {@code difference} = invoice total − statement total), ARITHMETIC (amount + tax ≠ total).
 */
public record InvoiceView(String number, String code, InvoiceType type, LocalDate issuedOn, BigDecimal amountExclTax,
        BigDecimal tax, BigDecimal total, List<String> flags, BigDecimal difference, BigDecimal impliedRate,
        String recordedBy, Instant recordedAt, long version) implements Serializable {

    public InvoiceView {
        flags = List.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
