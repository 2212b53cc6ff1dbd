package com.csvendor.portal.kpi.control;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * A pull parser over a workbook part with DTDs and external entities off (POI's hardened
 * factory), which in addition refuses any document that has a DOCTYPE at all: no spreadsheet
 * needs one, and a DOCTYPE in an upload is an attack (XXE, billion laughs).
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private final XMLStreamReader reader;

    SecureXml(InputStream in) throws XMLStreamException {
        reader = FACTORY.createXMLStreamReader(in);
    }

    XMLStreamReader reader() {
        return reader;
    }

    /** The next event, or {@link XlsxGuards.UnsafeWorkbook} for a DOCTYPE or an entity reference. */
    int next() throws XMLStreamException, XlsxGuards.UnsafeWorkbook {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XlsxGuards.UnsafeWorkbook("DOCTYPE or entity reference in a workbook part");
        }
        return event;
    }

    boolean hasNext() throws XMLStreamException {
        return reader.hasNext();
    }

    void close() throws XMLStreamException {
        reader.close();
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean date1904(InputStream workbookXml) throws XMLStreamException, XlsxGuards.UnsafeWorkbook {
        SecureXml xml = new SecureXml(workbookXml);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.reader.getLocalName())) {
                    String value = xml.reader.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equals(value);
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }
}
