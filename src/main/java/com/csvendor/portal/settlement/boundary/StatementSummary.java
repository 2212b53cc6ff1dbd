package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.entity.StatementKind;
import com.csvendor.portal.settlement.entity.StatementStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A statement in a list: no lines. */
public record StatementSummary(long id, String number, StatementKind kind, long contractId, String contractNumber,
        String storeName, long vendorId, String vendorName, LocalDate cycleStart, LocalDate cycleEnd,
        StatementStatus status, BigDecimal total, BigDecimal amountDue, LocalDate statementDueOn,
        LocalDate paymentDueOn, boolean overdue) {
}
