package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.entity.StatementStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Finance's overview: statements per status with their totals; approved, unpaid statements by
 * payment due date (the overdue ones also on their own); per vendor and month of the cycle's end,
 * the totals and amounts due of the statements (all statuses but DRAFT).
 */
public record FinanceDashboard(List<StatusCount> byStatus, List<StatementSummary> due,
        List<StatementSummary> overdue, List<VendorMonth> perVendorMonth) implements Serializable {

    public FinanceDashboard {
        byStatus = List.copyOf(byStatus);
        due = List.copyOf(due);
        overdue = List.copyOf(overdue);
        perVendorMonth = List.copyOf(perVendorMonth);
    }

    /** How many statements have a status, and their totals and amounts due. */
    public record StatusCount(StatementStatus status, long count, BigDecimal total, BigDecimal amountDue)
            implements Serializable {
    }

    /** One vendor's statements of one month ({@code month} as yyyy-MM, the month the cycle ends in). */
    public record VendorMonth(long vendorId, String vendorName, String month, long statements, BigDecimal total,
            BigDecimal amountDue) implements Serializable {
    }
}
