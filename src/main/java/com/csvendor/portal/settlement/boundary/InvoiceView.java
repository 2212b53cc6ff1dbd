package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.InvoiceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The vendor's invoice recorded against a statement, with its mismatch flags. */
public record InvoiceView(String number, String code, InvoiceType type, LocalDate issuedOn, BigDecimal amountExclTax,
        BigDecimal tax, BigDecimal total, List<String> flags, BigDecimal difference, String recordedBy,
        Instant recordedAt) {
}
