package com.csvendor.portal.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A printable A4 document in Chinese and/or English, built block by block and rendered to PDF:
 *
 * <pre>
 * byte[] pdf = PdfDocument.create()
 *         .title("采购合同 Purchase Contract")
 *         .heading("1. 当事人 Parties")
 *         .labelValues(List.of(new LabelValue("甲方 Party A", "...")))
 *         .paragraph("...")
 *         .table(List.of("序号 No.", "项目 Item"), rows)
 *         .toBytes();
 * </pre>
 *
 * All text is plain text. Every page carries "page / pages" in its footer. The fonts are embedded
 * (subset), so the PDF needs no fonts on the reader's machine. A builder is for one thread; it
 * takes copies of what it is given and may render any number of times.
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float BOTTOM_MARGIN = 64;

    // Built afresh for each rendering, so no OpenPDF element is ever shared by two documents.
    private final List<Supplier<Element>> blocks = new ArrayList<>();
    private String title;

    private PdfDocument() {
    }

    public static PdfDocument create() {
        return new PdfDocument();
    }

    /** A centred title; the first one also becomes the PDF's title in its properties. */
    public PdfDocument title(String text) {
        String t = text(text);
        if (title == null) {
            title = t;
        }
        return add(() -> Blocks.title(t));
    }

    public PdfDocument heading(String text) {
        String t = text(text);
        return add(() -> Blocks.heading(t));
    }

    /** Line breaks in the text are kept. */
    public PdfDocument paragraph(String text) {
        String t = text(text);
        return add(() -> Blocks.paragraph(t));
    }

    /** A two-column table: labels on the left, values on the right. */
    public PdfDocument labelValues(List<LabelValue> rows) {
        List<LabelValue> copy = List.copyOf(rows);
        return add(() -> Blocks.labelValues(copy));
    }

    /**
     * A table with a shaded header row, repeated on each page it spans. Columns share the width
     * equally; a null cell prints empty.
     *
     * @throws IllegalArgumentException if there are no headers or a row has another number of cells
     */
    public PdfDocument table(List<String> headers, List<List<String>> rows) {
        List<String> head = headers.stream().map(PdfDocument::text).toList();
        if (head.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        List<List<String>> body = rows.stream().map(row -> cells(row, head.size())).toList();
        return add(() -> Blocks.table(head, null, body));
    }

    /**
     * A table like {@link #table(List, List)} whose columns share the width in these proportions
     * (a long explanation gets a wide column, an amount a narrow one).
     *
     * @throws IllegalArgumentException if the widths do not match the headers, or as {@link #table(List, List)}
     */
    public PdfDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException(widths.length + " widths for " + headers.size() + " columns");
        }
        List<String> head = headers.stream().map(PdfDocument::text).toList();
        List<List<String>> body = rows.stream().map(row -> cells(row, head.size())).toList();
        float[] copy = widths.clone();
        return add(() -> Blocks.table(head, copy, body));
    }

    /**
     * Renders the document.
     *
     * @throws IllegalStateException if nothing was added: a PDF needs at least one page
     */
    public byte[] toBytes() {
        if (blocks.isEmpty()) {
            throw new IllegalStateException("The document is empty");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        if (title != null) {
            document.addTitle(title);
        }
        document.open();
        for (Supplier<Element> block : blocks) {
            document.add(block.get());
        }
        document.close();
        return out.toByteArray();
    }

    private PdfDocument add(Supplier<Element> block) {
        blocks.add(block);
        return this;
    }

    private static String text(String text) {
        return Objects.requireNonNull(text, "text");
    }

    private static List<String> cells(List<String> row, int columns) {
        if (row.size() != columns) {
            throw new IllegalArgumentException(
                    "A row has " + row.size() + " cells, the table has " + columns + " columns: " + row);
        }
        return row.stream().map(v -> v == null ? "" : v).toList();
    }
}
