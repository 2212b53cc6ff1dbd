package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.settlement.entity.StatementKind;
import com.csvendor.portal.settlement.entity.StatementStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement with its lines, totals, workflow history and invoice. {@code cycleStart..cycleEnd} is
 * the full settlement cycle, {@code serviceFrom..serviceTo} the days of it inside the contract's
 * period that were charged. {@code version} is what a workflow call must send back;
 * {@code actions} what the caller may do with it now.
 */
public record StatementView(long id, String number, StatementKind kind, Long adjustsId, String adjustsNumber,
        String adjustmentReason, long contractId, String contractNumber, long storeId, String storeName,
        long vendorId, String vendorName, LocalDate cycleStart, LocalDate cycleEnd, LocalDate serviceFrom,
        LocalDate serviceTo, int contractVersion, boolean finalStatement, StatementStatus status,
        List<LineView> lines, BigDecimal feeTotal, BigDecimal penaltyTotal, BigDecimal penaltyCap,
        BigDecimal subtotal, BigDecimal vatRatePercent, boolean pricesIncludeTax, BigDecimal netAmount,
        BigDecimal taxAmount, BigDecimal total, BigDecimal depositTotal, BigDecimal amountDue,
        InvoiceType contractInvoiceType, LocalDate statementDueOn, LocalDate paymentDueOn, boolean overdue,
        String generatedBy, Instant generatedAt, String issuedBy, Instant issuedAt, String respondedBy,
        Instant respondedAt, String vendorComment, String approvedBy, Instant approvedAt, LocalDate paidOn,
        String paymentReference, String paidBy, InvoiceView invoice, StatementActions actions, long version)
        implements Serializable {

    public StatementView {
        lines = List.copyOf(lines);
    }
}
