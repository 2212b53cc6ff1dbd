package com.csvendor.portal.platform.xlsx;

import com.csvendor.portal.shared.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One Excel workbook being written, streamed (100 rows in memory per sheet). Every download of the
 * portal writes its cells here, so they all read alike: a header is bold; every text (names, labels,
 * numbers of documents) goes through {@link SpreadsheetText#neutralise}, so nothing runs as a
 * formula; a figure is a numeric cell (so it sums in Excel) shown with one of the formats below, and
 * no figure is no cell at all, never 0 (missing is not zero); a date is a date cell. Each style is
 * made once per workbook (a workbook holds at most 64,000 of them).
 */
public final class XlsxDocument implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Every amount of money in every export: {@code ¥1,234.50}, as the pages write it
     * ({@code Figures.money}), in a numeric cell — the format only shows it, so sums, filters and pivot
     * tables in Excel work on the figure. Money is written through {@link #money}, or with this format
     * where a row mixes kinds of figures; never with another.
     */
    public static final String MONEY = "\"¥\"#,##0.00";
    /** A figure with two decimals (a rate in percent, a score): {@code 93.36}. */
    public static final String TWO_DECIMALS = "#,##0.00";
    /** A time in seconds, one decimal: {@code 1,234.5}. */
    public static final String ONE_DECIMAL = "#,##0.0";
    /** A count: {@code 12,345}. */
    public static final String COUNT = "#,##0";

    private static final String DATE = "yyyy-mm-dd";

    /** A cell's background: the best of a row green, the worst red, as on the page. */
    public enum Fill {
        BEST, WORST
    }

    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final CellStyle header;
    private final Map<String, CellStyle> styles = new HashMap<>();

    public XlsxDocument() {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
    }

    /**
     * A new sheet. Excel forbids {@code \ / ? * [ ] :} in sheet names and allows 31 characters; the
     * names are our labels, but a translation could add one.
     */
    public Sheet sheet(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return book.createSheet(safe.length() > 31 ? safe.substring(0, 31) : safe);
    }

    /** A bold text cell. */
    public Cell header(Sheet sheet, int row, int column, String value) {
        Cell cell = text(sheet, row, column, value);
        cell.setCellStyle(header);
        return cell;
    }

    /** A text cell, neutralised; {@code null} writes an empty text. */
    public Cell text(Sheet sheet, int row, int column, String value) {
        Cell cell = cell(sheet, row, column);
        cell.setCellValue(SpreadsheetText.neutralise(value));
        return cell;
    }

    /** A numeric cell in the workbook's default format; none for no figure. */
    public void number(Sheet sheet, int row, int column, BigDecimal value) {
        if (value != null) {
            cell(sheet, row, column).setCellValue(value.doubleValue());
        }
    }

    /** A numeric cell shown with {@code format} (one of the constants above); none for no figure. */
    public void number(Sheet sheet, int row, int column, BigDecimal value, String format) {
        number(sheet, row, column, value, format, null);
    }

    /** As {@link #number(Sheet, int, int, BigDecimal, String)}, filled for the best or worst ({@code null}: plain). */
    public void number(Sheet sheet, int row, int column, BigDecimal value, String format, Fill fill) {
        if (value != null) {
            Cell cell = cell(sheet, row, column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style(format, fill));
        }
    }

    /** An amount of money: a numeric cell shown as {@link #MONEY}; none for no figure. */
    public void money(Sheet sheet, int row, int column, BigDecimal value) {
        number(sheet, row, column, value, MONEY, null);
    }

    /** A date cell; none for no date. */
    public void date(Sheet sheet, int row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = cell(sheet, row, column);
            cell.setCellValue(value);
            cell.setCellStyle(style(DATE, null));
        }
    }

    /** The workbook as XLSX bytes; the document is finished after this. */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle style(String format, Fill fill) {
        return styles.computeIfAbsent(format + "/" + fill, k -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            if (fill != null) {
                style.setFillForegroundColor(fill == Fill.BEST ? IndexedColors.LIGHT_GREEN.getIndex()
                        : IndexedColors.ROSE.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        });
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        return row.createCell(c);
    }
}
