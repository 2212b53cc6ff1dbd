package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.platform.pdf.PdfDocument;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.shared.SpreadsheetText;
import com.csvendor.portal.sla.boundary.ComparisonRows.Kind;
import com.csvendor.portal.sla.boundary.ComparisonRows.Mark;
import com.csvendor.portal.sla.boundary.ComparisonRows.Row;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The comparison as a download, in the reader's language, with the same rows as the page: why there
 * is no ranking or the warning, the figures, the score's breakdown by criterion. In the workbook
 * every figure is a numeric cell (formatted as on the page, best and worst of a row filled green and
 * red) and every text (store and vendor names, labels) goes through {@link SpreadsheetText#neutralise},
 * so nothing runs as a formula.
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
            for (String note : ComparisonRows.notes(view, locale)) {
                text(sheet, r++, 0, note, null);
            }
            r++;
            Styles styles = new Styles(book);
            r = table(sheet, r, view, ComparisonRows.of(view), "comparison.figure", header, styles, locale);
            if (view.ranked()) {
                r++;
                text(sheet, r++, 0, Messages.format(locale, "comparison.breakdown"), header);
                r = table(sheet, r, view, ComparisonRows.breakdown(view), "comparison.criterion", header, styles,
                        locale);
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
        PdfDocument pdf = PdfDocument.create().title(Messages.format(locale, "comparison.title"))
                .paragraph(Messages.format(locale, "comparison.stores") + ": " + stores(view) + "\n"
                        + Messages.format(locale, "comparison.period") + ": " + view.from() + " – " + view.to());
        if (view.vendors().isEmpty()) {
            return pdf.paragraph(Messages.format(locale, "comparison.empty")).toBytes();
        }
        List<String> notes = ComparisonRows.notes(view, locale);
        if (!notes.isEmpty()) {
            pdf.paragraph(String.join("\n", notes));
        }
        pdf.table(headers(view, "comparison.figure", locale), texts(ComparisonRows.of(view), locale));
        if (view.ranked()) {
            pdf.heading(Messages.format(locale, "comparison.breakdown"))
                    .paragraph(Messages.format(locale, "comparison.breakdown.hint"))
                    .table(headers(view, "comparison.criterion", locale), texts(ComparisonRows.breakdown(view), locale));
        }
        return pdf.paragraph(Messages.format(locale, "comparison.rules")).toBytes();
    }

    private static List<String> headers(ComparisonView view, String firstKey, Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(Messages.format(locale, firstKey));
        view.vendors().forEach(v -> headers.add(v.vendorName()));
        return headers;
    }

    private static List<List<String>> texts(List<Row> table, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : table) {
            List<String> cells = new ArrayList<>();
            cells.add(Messages.format(locale, row.key()));
            row.values().forEach(v -> cells.add(ComparisonRows.text(v, row.kind())));
            rows.add(cells);
        }
        return rows;
    }

    /** A header row of vendor names, then one row per figure: numeric cells, best and worst filled. */
    private static int table(Sheet sheet, int r, ComparisonView view, List<Row> rows, String firstKey,
            CellStyle header, Styles styles, Locale locale) {
        text(sheet, r, 0, Messages.format(locale, firstKey), header);
        int col = 1;
        for (VendorColumn v : view.vendors()) {
            text(sheet, r, col++, v.vendorName(), header);
        }
        r++;
        for (Row row : rows) {
            text(sheet, r, 0, Messages.format(locale, row.key()), null);
            for (int i = 0; i < row.values().size(); i++) {
                BigDecimal value = row.values().get(i);
                if (value != null) {
                    Cell cell = cell(sheet, r, i + 1);
                    cell.setCellValue(value.doubleValue());
                    cell.setCellStyle(styles.of(row.kind(), row.mark(i)));
                }
            }
            r++;
        }
        return r;
    }

    /**
     * The workbook's cell styles: each kind of figure with its number format (thousands grouped,
     * the decimals the page shows), plain or filled green (best) or red (worst) as on the page.
     */
    private static final class Styles {

        private final Map<String, CellStyle> made = new HashMap<>();
        private final SXSSFWorkbook book;

        Styles(SXSSFWorkbook book) {
            this.book = book;
        }

        CellStyle of(Kind kind, Mark mark) {
            return made.computeIfAbsent(kind + "/" + mark, k -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(switch (kind) {
                    case PERCENT, NUMBER -> "#,##0.00";
                    case SECONDS -> "#,##0.0";
                    case YUAN -> "\"¥\"#,##0.00";
                    case COUNT -> "#,##0";
                }));
                if (mark != null) {
                    style.setFillForegroundColor(mark == Mark.BEST ? IndexedColors.LIGHT_GREEN.getIndex()
                            : IndexedColors.ROSE.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return style;
            });
        }
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
