package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.boundary.FinanceDashboard.StatusCount;
import com.csvendor.portal.settlement.boundary.FinanceDashboard.VendorMonth;
import com.csvendor.portal.shared.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The finance dashboard as an Excel workbook in the reader's language, one sheet per part: statements
 * by status, approved amounts due by due date, overdue, totals per vendor per month. Money is a
 * numeric cell shown with two decimals (so it sums in Excel), dates are date cells, and every text
 * (vendor and store names, statement numbers, labels) goes through {@link SpreadsheetText#neutralise}
 * so nothing runs as a formula.
 */
public final class FinanceXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FinanceXlsx() {
    }

    public static String fileName(LocalDate today) {
        return "finance-dashboard-" + today + ".xlsx";
    }

    public static byte[] render(FinanceDashboard d, Locale locale) {
        StatementText x = new StatementText(locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(book);
            byStatus(book, styles, x, d.byStatus());
            statements(book.createSheet(sheetName(x, "settlement.dashboard.due")), styles, x, d.due());
            statements(book.createSheet(sheetName(x, "settlement.dashboard.overdue")), styles, x, d.overdue());
            perVendorMonth(book, styles, x, d.perVendorMonth());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void byStatus(SXSSFWorkbook book, Styles styles, StatementText x, List<StatusCount> rows) {
        Sheet sheet = book.createSheet(sheetName(x, "settlement.dashboard.byStatus"));
        header(sheet, styles, x, "settlement.status", "settlement.dashboard.count", "settlement.total",
                "settlement.amountDue");
        int r = 1;
        for (StatusCount f : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, x.of(f.status()));
            row.createCell(1).setCellValue(f.count());
            money(row, 2, f.total(), styles);
            money(row, 3, f.amountDue(), styles);
        }
    }

    private static void statements(Sheet sheet, Styles styles, StatementText x, List<StatementSummary> rows) {
        header(sheet, styles, x, "settlement.number", "settlement.contract", "settlement.store", "settlement.vendor",
                "settlement.cycleStart", "settlement.cycleEnd", "settlement.status", "settlement.paymentDueOn",
                "settlement.total", "settlement.amountDue", "settlement.overdue");
        int r = 1;
        for (StatementSummary s : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.number());
            text(row, 1, s.contractNumber());
            text(row, 2, s.storeName());
            text(row, 3, s.vendorName());
            date(row, 4, s.cycleStart(), styles);
            date(row, 5, s.cycleEnd(), styles);
            text(row, 6, x.of(s.status()));
            date(row, 7, s.paymentDueOn(), styles);
            money(row, 8, s.total(), styles);
            money(row, 9, s.amountDue(), styles);
            text(row, 10, x.of(s.overdue()));
        }
    }

    private static void perVendorMonth(SXSSFWorkbook book, Styles styles, StatementText x, List<VendorMonth> rows) {
        Sheet sheet = book.createSheet(sheetName(x, "settlement.dashboard.perVendorMonth"));
        header(sheet, styles, x, "settlement.vendor", "settlement.dashboard.month", "settlement.dashboard.count",
                "settlement.total", "settlement.amountDue");
        int r = 1;
        for (VendorMonth m : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.vendorName());
            text(row, 1, m.month());
            row.createCell(2).setCellValue(m.statements());
            money(row, 3, m.total(), styles);
            money(row, 4, m.amountDue(), styles);
        }
    }

    private static void header(Sheet sheet, Styles styles, StatementText x, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            Cell cell = text(row, i, x.t(keys[i]));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    /** Excel forbids some characters in sheet names; the labels are ours, but a translation could add one. */
    private static String sheetName(StatementText x, String key) {
        String name = x.t(key).replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetText.neutralise(value));
        return cell;
    }

    private static void money(Row row, int column, BigDecimal value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.money);
        }
    }

    private static void date(Row row, int column, LocalDate value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    /** A workbook's cell styles, made once: a workbook holds at most 64,000 of them. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle money;
        final CellStyle date;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
