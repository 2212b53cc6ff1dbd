package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.platform.pdf.PdfDocument;
import com.csvendor.portal.platform.xlsx.XlsxDocument;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.boundary.ComparisonRows.Kind;
import com.csvendor.portal.sla.boundary.ComparisonRows.Mark;
import com.csvendor.portal.sla.boundary.ComparisonRows.Row;
import com.csvendor.portal.sla.boundary.ComparisonView.VendorColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The comparison as a download, in the reader's language, with the same rows as the page: why there
 * is no ranking or the warning, the figures, the score's breakdown by criterion. The workbook is
 * written by {@link XlsxDocument}: every figure is a numeric cell (formatted as on the page, best and
 * worst of a row filled green and red) and no text (store and vendor names, labels) runs as a formula.
 */
public final class ComparisonExports {

    private ComparisonExports() {
    }

    public static String fileName(ComparisonView view, String extension) {
        return "vendor-comparison-" + view.from() + "-" + view.to() + "." + extension;
    }

    public static byte[] xlsx(ComparisonView view, Locale locale) {
        try (XlsxDocument book = new XlsxDocument()) {
            Sheet sheet = book.sheet(Messages.format(locale, "comparison.sheet"));
            int r = 0;
            book.header(sheet, r++, 0, Messages.format(locale, "comparison.title"));
            book.text(sheet, r, 0, Messages.format(locale, "comparison.stores"));
            book.text(sheet, r++, 1, stores(view));
            book.text(sheet, r, 0, Messages.format(locale, "comparison.period"));
            book.text(sheet, r++, 1, view.from() + " – " + view.to());
            for (String note : ComparisonRows.notes(view, locale)) {
                book.text(sheet, r++, 0, note);
            }
            r++;
            r = table(book, sheet, r, view, ComparisonRows.of(view), "comparison.figure", locale);
            if (view.ranked()) {
                r++;
                book.header(sheet, r++, 0, Messages.format(locale, "comparison.breakdown"));
                r = table(book, sheet, r, view, ComparisonRows.breakdown(view), "comparison.criterion", locale);
            }
            r++;
            book.header(sheet, r++, 0, Messages.format(locale, "comparison.trend"));
            book.header(sheet, r, 0, Messages.format(locale, "comparison.vendor"));
            String[] trendKeys = {"comparison.month", "comparison.row.conversionRate", "comparison.row.firstResponse",
                "comparison.row.response3min", "comparison.row.satisfaction", "comparison.row.received",
                "comparison.row.agentSales"};
            for (int i = 0; i < trendKeys.length; i++) {
                book.header(sheet, r, i + 1, Messages.format(locale, trendKeys[i]));
            }
            r++;
            for (VendorColumn v : view.vendors()) {
                for (ComparisonView.MonthFigures m : v.trend()) {
                    book.text(sheet, r, 0, v.vendorName());
                    book.text(sheet, r, 1, m.month().toString().substring(0, 7));
                    book.number(sheet, r, 2, m.kpis().conversionRate(), format(Kind.PERCENT));
                    book.number(sheet, r, 3, m.kpis().firstResponseSeconds(), format(Kind.SECONDS));
                    book.number(sheet, r, 4, m.kpis().response3minRate(), format(Kind.PERCENT));
                    book.number(sheet, r, 5, m.kpis().satisfactionRate(), format(Kind.PERCENT));
                    book.number(sheet, r, 6, ComparisonRows.count(m.kpis().received()), format(Kind.COUNT));
                    book.money(sheet, r++, 7, m.kpis().agentSales());
                }
            }
            return book.toBytes();
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
    private static int table(XlsxDocument book, Sheet sheet, int r, ComparisonView view, List<Row> rows,
            String firstKey, Locale locale) {
        book.header(sheet, r, 0, Messages.format(locale, firstKey));
        int col = 1;
        for (VendorColumn v : view.vendors()) {
            book.header(sheet, r, col++, v.vendorName());
        }
        r++;
        for (Row row : rows) {
            book.text(sheet, r, 0, Messages.format(locale, row.key()));
            for (int i = 0; i < row.values().size(); i++) {
                book.number(sheet, r, i + 1, row.values().get(i), format(row.kind()), fill(row.mark(i)));
            }
            r++;
        }
        return r;
    }

    /** Each kind of figure with the decimals the page shows, thousands grouped. */
    private static String format(Kind kind) {
        return switch (kind) {
            case PERCENT, NUMBER -> XlsxDocument.TWO_DECIMALS;
            case SECONDS -> XlsxDocument.ONE_DECIMAL;
            case YUAN -> XlsxDocument.MONEY;
            case COUNT -> XlsxDocument.COUNT;
        };
    }

    /** Best and worst of a row filled green and red, as on the page. */
    private static XlsxDocument.Fill fill(Mark mark) {
        return mark == null ? null : mark == Mark.BEST ? XlsxDocument.Fill.BEST : XlsxDocument.Fill.WORST;
    }

    private static String stores(ComparisonView view) {
        return view.stores().stream().map(s -> s.name() + " (" + s.code() + ")").collect(Collectors.joining(", "));
    }
}
