package com.csvendor.portal.platform.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * The house style of printed documents: the fonts, sizes and spacing of each kind of block.
 * Text goes into OpenPDF as plain strings; nothing in it is read as markup.
 */
final class Blocks {

    private static final Font TITLE = new Font(Fonts.BOLD, 18);
    private static final Font HEADING = new Font(Fonts.BOLD, 12.5f);
    private static final Font BODY = new Font(Fonts.REGULAR, 10.5f);
    private static final Font CELL = new Font(Fonts.REGULAR, 10);
    private static final Font CELL_BOLD = new Font(Fonts.BOLD, 10);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

    private Blocks() {
    }

    static Element title(String text) {
        Paragraph p = new Paragraph(TITLE.getSize() * 1.3f, text, TITLE);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        return p;
    }

    static Element heading(String text) {
        Paragraph p = new Paragraph(HEADING.getSize() * 1.3f, text, HEADING);
        p.setSpacingBefore(4);
        p.setSpacingAfter(4);
        return p;
    }

    static Element paragraph(String text) {
        Paragraph p = new Paragraph(BODY.getSize() * 1.6f, text, BODY);
        p.setSpacingAfter(6);
        return p;
    }

    static Element labelValues(List<LabelValue> rows) {
        PdfPTable table = table(new float[] {1, 2.6f});
        for (LabelValue row : rows) {
            table.addCell(cell(row.label(), CELL_BOLD, SHADE));
            table.addCell(cell(row.value(), CELL, null));
        }
        return table;
    }

    static Element table(List<String> headers, float[] proportions, List<List<String>> rows) {
        float[] widths = proportions;
        if (widths == null) {
            widths = new float[headers.size()];
            Arrays.fill(widths, 1);
        }
        PdfPTable table = table(widths);
        headers.forEach(h -> table.addCell(cell(h, CELL_BOLD, SHADE)));
        // The header row is repeated at the top of every page the table runs onto.
        table.setHeaderRows(1);
        rows.forEach(row -> row.forEach(v -> table.addCell(cell(v, CELL, null))));
        return table;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
        cell.setPaddingTop(3);
        cell.setLeading(0, 1.3f);
        cell.setUseAscender(true);
        cell.setBackgroundColor(background);
        return cell;
    }
}
