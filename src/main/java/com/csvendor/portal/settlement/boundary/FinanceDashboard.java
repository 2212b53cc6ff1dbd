package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.entity.StatementStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Finance's overview: statements by status, approved amounts due by due date, overdue, totals per vendor per month. */
public record FinanceDashboard(List<StatusFigures> byStatus, List<StatementSummary> due, List<StatementSummary> overdue,
        List<VendorMonth> perVendorMonth) {

    public record StatusFigures(StatementStatus status, long count, BigDecimal total, BigDecimal amountDue) {
    }

    public record VendorMonth(long vendorId, String vendorName, YearMonth month, BigDecimal total, BigDecimal amountDue) {
    }
}
