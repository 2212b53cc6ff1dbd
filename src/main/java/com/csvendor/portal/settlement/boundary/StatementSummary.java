package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.entity.StatementKind;
import com.csvendor.portal.settlement.entity.StatementStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the statement list: no lines. {@code overdue}: approved and not paid by its payment due date;
 * {@code statementLate}: a draft not issued by its statement due date; {@code invoiceFlags} counts the
 * recorded invoice's mismatches.
 */
public record StatementSummary(long id, String number, StatementKind kind, Long adjustsId, long contractId,
        String contractNumber, long storeId, String storeName, long vendorId, String vendorName, LocalDate cycleStart,
        LocalDate cycleEnd, StatementStatus status, BigDecimal total, BigDecimal amountDue, LocalDate statementDueOn,
        LocalDate paymentDueOn, boolean overdue, boolean statementLate, boolean invoiced, int invoiceFlags,
        String generatedBy, long version) implements Serializable {
}
