package com.csvendor.portal.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Writes "3 / 7" at the foot of every page. The total is unknown until the last page, so each page
 * shows a shared template that is filled in when the document closes.
 */
final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 9;
    private static final float BASELINE = 28;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);

    private final BaseFont font = Fonts.REGULAR;
    private PdfTemplate total;
    private int pages;

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", SIZE), SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages = writer.getPageNumber();
        String current = pages + " / ";
        float centre = (document.left() + document.right()) / 2;
        // The slash sits at the centre whatever the widths of the two numbers.
        float x = centre - font.getWidthPoint(current, SIZE) + font.getWidthPoint("/ ", SIZE) / 2;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setColorFill(GREY);
        canvas.setTextMatrix(x, BASELINE);
        canvas.showText(current);
        canvas.endText();
        canvas.addTemplate(total, x + font.getWidthPoint(current, SIZE), BASELINE);
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(pages));
        total.endText();
    }
}
