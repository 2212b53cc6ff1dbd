package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Rows of one worksheet's XML, pulled one {@code <row>} at a time (StAX), so memory holds one row
 * whatever the sheet's size. Cells land in the column their reference names; cells without a
 * value (formatting only) are ignored, so a row ends at its last value. A formula's cached value
 * is its text. Phonetic runs ({@code rPh}) are not part of a cell's text.
 */
final class SheetXml {

    /** Excel's own limit on the characters of a cell. */
    private static final int MAX_CELL_CHARS = 32_767;

    private final SecureXml xml;
    private final SharedStrings strings;
    private final XlsxNumbers numbers;
    private final int maxColumns;
    private long lastRow;

    SheetXml(InputStream sheet, SharedStrings strings, XlsxNumbers numbers, int maxColumns) throws XMLStreamException {
        this.xml = new SecureXml(sheet);
        this.strings = strings;
        this.numbers = numbers;
        this.maxColumns = maxColumns;
    }

    RawRow next() throws XMLStreamException, XlsxGuards.UnsafeWorkbook {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(reader().getLocalName())) {
                String r = reader().getAttributeValue(null, "r");
                long number = r == null ? lastRow + 1 : Long.parseLong(r.trim());
                lastRow = number;
                return new RawRow(number, cells(number));
            }
        }
        return null;
    }

    void close() throws XMLStreamException {
        xml.close();
    }

    private List<String> cells(long row) throws XMLStreamException, XlsxGuards.UnsafeWorkbook {
        List<String> cells = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(reader().getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(reader().getLocalName())) {
                int column = column(reader().getAttributeValue(null, "r"), cells.size());
                String text = cell(reader().getAttributeValue(null, "t"), reader().getAttributeValue(null, "s"));
                if (!text.isEmpty()) {
                    if (column >= maxColumns) {
                        throw new InvalidInputException("file", "kpi.file.tooManyColumns", row, maxColumns);
                    }
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, text);
                }
            }
        }
    }

    /** Reads a {@code <c>} element to its end and returns the text it shows. */
    private String cell(String type, String style) throws XMLStreamException, XlsxGuards.UnsafeWorkbook {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        int phonetic = 0;
        String in = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                in = reader().getLocalName();
                phonetic += "rPh".equals(in) ? 1 : 0;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader().getLocalName();
                if ("c".equals(name)) {
                    break;
                }
                phonetic -= "rPh".equals(name) ? 1 : 0;
                in = null;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && in != null) {
                StringBuilder target = "v".equals(in) ? value : "t".equals(in) && phonetic == 0 ? inline : null;
                if (target != null) {
                    target.append(reader().getText());
                    if (target.length() > MAX_CELL_CHARS) {
                        throw new XlsxGuards.UnsafeWorkbook("cell longer than Excel allows");
                    }
                }
            }
        }
        String v = value.toString();
        return switch (type == null ? "n" : type) {
            case "s" -> v.isBlank() ? "" : strings.getItemAt(Integer.parseInt(v.trim())).getString();
            case "inlineStr" -> inline.toString();
            case "b" -> "1".equals(v.trim()) ? "TRUE" : v.isBlank() ? "" : "FALSE";
            case "n" -> v.isBlank() ? "" : numbers.text(v.trim(), style == null ? 0 : Integer.parseInt(style.trim()));
            default -> v;
        };
    }

    /** The 0-based column of a reference like {@code AB12}; the next column when it has none. */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= 1_000_000) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? next : column - 1;
    }

    private XMLStreamReader reader() {
        return xml.reader();
    }
}
