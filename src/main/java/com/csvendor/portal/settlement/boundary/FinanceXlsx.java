package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.platform.xlsx.XlsxDocument;
import com.csvendor.portal.settlement.boundary.FinanceDashboard.StatusCount;
import com.csvendor.portal.settlement.boundary.FinanceDashboard.VendorMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The finance dashboard as an Excel workbook in the reader's language, one sheet per part: statements
 * by status, approved amounts due by due date, overdue, totals per vendor per month. Written by
 * {@link XlsxDocument}: money is a numeric cell in its one format, ¥1,234.50 (so it sums in Excel), dates
 * are date cells, and no text runs as a formula.
 */
public final class FinanceXlsx {

    public static final String CONTENT_TYPE = XlsxDocument.CONTENT_TYPE;

    private FinanceXlsx() {
    }

    public static String fileName(LocalDate today) {
        return "finance-dashboard-" + today + ".xlsx";
    }

    public static byte[] render(FinanceDashboard d, Locale locale) {
        StatementText x = new StatementText(locale);
        try (XlsxDocument book = new XlsxDocument()) {
            byStatus(book, x, d.byStatus());
            statements(book, book.sheet(x.t("settlement.dashboard.due")), x, d.due());
            statements(book, book.sheet(x.t("settlement.dashboard.overdue")), x, d.overdue());
            perVendorMonth(book, x, d.perVendorMonth());
            return book.toBytes();
        }
    }

    private static void byStatus(XlsxDocument book, StatementText x, List<StatusCount> rows) {
        Sheet sheet = book.sheet(x.t("settlement.dashboard.byStatus"));
        header(book, sheet, x, "settlement.status", "settlement.dashboard.count", "settlement.total",
                "settlement.amountDue");
        int r = 1;
        for (StatusCount f : rows) {
            book.text(sheet, r, 0, x.of(f.status()));
            book.number(sheet, r, 1, BigDecimal.valueOf(f.count()));
            book.money(sheet, r, 2, f.total());
            book.money(sheet, r++, 3, f.amountDue());
        }
    }

    private static void statements(XlsxDocument book, Sheet sheet, StatementText x, List<StatementSummary> rows) {
        header(book, sheet, x, "settlement.number", "settlement.contract", "settlement.store", "settlement.vendor",
                "settlement.cycleStart", "settlement.cycleEnd", "settlement.status", "settlement.paymentDueOn",
                "settlement.total", "settlement.amountDue", "settlement.overdue");
        int r = 1;
        for (StatementSummary s : rows) {
            book.text(sheet, r, 0, s.number());
            book.text(sheet, r, 1, s.contractNumber());
            book.text(sheet, r, 2, s.storeName());
            book.text(sheet, r, 3, s.vendorName());
            book.date(sheet, r, 4, s.cycleStart());
            book.date(sheet, r, 5, s.cycleEnd());
            book.text(sheet, r, 6, x.of(s.status()));
            book.date(sheet, r, 7, s.paymentDueOn());
            book.money(sheet, r, 8, s.total());
            book.money(sheet, r, 9, s.amountDue());
            book.text(sheet, r++, 10, x.of(s.overdue()));
        }
    }

    private static void perVendorMonth(XlsxDocument book, StatementText x, List<VendorMonth> rows) {
        Sheet sheet = book.sheet(x.t("settlement.dashboard.perVendorMonth"));
        header(book, sheet, x, "settlement.vendor", "settlement.dashboard.month", "settlement.dashboard.count",
                "settlement.total", "settlement.amountDue");
        int r = 1;
        for (VendorMonth m : rows) {
            book.text(sheet, r, 0, m.vendorName());
            book.text(sheet, r, 1, m.month());
            book.number(sheet, r, 2, BigDecimal.valueOf(m.statements()));
            book.money(sheet, r, 3, m.total());
            book.money(sheet, r++, 4, m.amountDue());
        }
    }

    private static void header(XlsxDocument book, Sheet sheet, StatementText x, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            book.header(sheet, 0, i, x.t(keys[i]));
            sheet.setColumnWidth(i, 16 * 256);
        }
    }
}
