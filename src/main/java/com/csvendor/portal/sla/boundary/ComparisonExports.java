package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.platform.pdf.PdfDocument;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.shared.SpreadsheetText;
import com.csvendor.portal.sla.boundary.ComparisonRows.Row;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The comparison as a download, in the reader's language, with the same rows as the page. In the
 * workbook every figure is a numeric cell and every text (store and vendor names, labels) goes
 * through {@link SpreadsheetText#neutralise}, so nothing runs as a formula.
 */
public final class ComparisonExports {

    private ComparisonExports() {
    }

    public static String fileName(ComparisonView view, String extension) {
        return "vendor-comparison-" + view.from() + "-" + view.to() + "." + extension;
    }

    public static byte[] xlsx(ComparisonView view, Locale locale) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            SXSSFSheet sheet = book.createSheet(SpreadsheetText.neutralise(
                    Messages.format(locale, "comparison.sheet")));
            int r = 0;
            text(sheet, r++, 0, Messages.format(locale, "comparison.title"), header);
            text(sheet, r, 0, Messages.format(locale, "comparison.stores"), null);
            text(sheet, r++, 1, stores(view), null);
            text(sheet, r, 0, Messages.format(locale, "comparison.period"), null);
            text(sheet, r++, 1, view.from() + " – " + view.to(), null);
            r++;
            text(sheet, r, 0, Messages.format(locale, "comparison.figure"), header);
            int col = 1;
            for (VendorColumn v : view.vendors()) {
                text(sheet, r, col++, v.vendorName(), header);
            }
            r++;
            for (Row row : ComparisonRows.of(view)) {
                text(sheet, r, 0, Messages.format(locale, row.key()), null);
                col = 1;
                for (BigDecimal value : row.values()) {
                    if (value != null) {
                        cell(sheet, r, col).setCellValue(value.doubleValue());
                    }
                    col++;
                }
                r++;
            }
            r++;
            text(sheet, r++, 0, Messages.format(locale, "comparison.trend"), header);
            text(sheet, r, 0, Messages.format(locale, "comparison.vendor"), header);
            String[] trendKeys = {"comparison.month", "comparison.row.conversionRate", "comparison.row.firstResponse",
                "comparison.row.response3min", "comparison.row.satisfaction", "comparison.row.received",
                "comparison.row.agentSales"};
            for (int i = 0; i < trendKeys.length; i++) {
                text(sheet, r, i + 1, Messages.format(locale, trendKeys[i]), header);
            }
            r++;
            for (VendorColumn v : view.vendors()) {
                for (ComparisonView.MonthFigures m : v.trend()) {
                    text(sheet, r, 0, v.vendorName(), null);
                    text(sheet, r, 1, m.month().toString().substring(0, 7), null);
                    number(sheet, r, 2, m.kpis().conversionRate());
                    number(sheet, r, 3, m.kpis().firstResponseSeconds());
                    number(sheet, r, 4, m.kpis().response3minRate());
                    number(sheet, r, 5, m.kpis().satisfactionRate());
                    number(sheet, r, 6, ComparisonRows.count(m.kpis().received()));
                    number(sheet, r++, 7, m.kpis().agentSales());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(ComparisonView view, Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(Messages.format(locale, "comparison.figure"));
        view.vendors().forEach(v -> headers.add(v.vendorName()));
        List<List<String>> rows = new ArrayList<>();
        for (Row row : ComparisonRows.of(view)) {
            List<String> cells = new ArrayList<>();
            cells.add(Messages.format(locale, row.key()));
            row.values().forEach(v -> cells.add(ComparisonRows.text(v, row.kind())));
            rows.add(cells);
        }
        PdfDocument pdf = PdfDocument.create().title(Messages.format(locale, "comparison.title"))
                .paragraph(Messages.format(locale, "comparison.stores") + ": " + stores(view) + "\n"
                        + Messages.format(locale, "comparison.period") + ": " + view.from() + " – " + view.to());
        if (view.vendors().isEmpty()) {
            return pdf.paragraph(Messages.format(locale, "comparison.empty")).toBytes();
        }
        return pdf.table(headers, rows).paragraph(Messages.format(locale, "comparison.rules")).toBytes();
    }

    private static String stores(ComparisonView view) {
        return view.stores().stream().map(s -> s.name() + " (" + s.code() + ")").collect(Collectors.joining(", "));
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = cell(sheet, r, c);
        cell.setCellValue(SpreadsheetText.neutralise(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Sheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            cell(sheet, r, c).setCellValue(value.doubleValue());
        }
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        return row.createCell(c);
    }
}
