package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.settlement.entity.StatementKind;
import com.csvendor.portal.settlement.entity.StatementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A statement with its lines, totals, workflow trail and invoice. */
public record StatementView(long id, String number, StatementKind kind, Long adjustsId, String adjustsNumber,
        long contractId, String contractNumber, long storeId, String storeName, long vendorId, String vendorName,
        LocalDate cycleStart, LocalDate cycleEnd, int contractVersion, boolean finalStatement, StatementStatus status,
        List<LineView> lines, BigDecimal feeTotal, BigDecimal penaltyTotal, BigDecimal penaltyCap, BigDecimal subtotal,
        BigDecimal vatRatePercent, boolean pricesIncludeTax, BigDecimal netAmount, BigDecimal taxAmount,
        BigDecimal total, BigDecimal depositTotal, BigDecimal amountDue, InvoiceType contractInvoiceType,
        LocalDate statementDueOn, LocalDate paymentDueOn, boolean overdue, String generatedBy, Instant generatedAt,
        String issuedBy, Instant issuedAt, String respondedBy, Instant respondedAt, String vendorComment,
        String approvedBy, Instant approvedAt, LocalDate paidOn, String paymentReference, String paidBy,
        InvoiceView invoice, long version) {
}
