package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Rows of a workbook's first sheet, streamed: the package is opened read-only from the file (no
 * copy in memory), shared strings and styles — small parts that must be looked up — are loaded
 * under a size limit, and the sheet XML is pulled row by row. Never XSSFWorkbook, which builds the
 * whole workbook in memory.
 */
final class XlsxRows implements RowSource {

    private final OPCPackage pkg;
    private final CountingInputStream sheetBytes;
    private final long sheetSize;
    private final SheetXml sheet;

    private XlsxRows(OPCPackage pkg, CountingInputStream sheetBytes, long sheetSize, SheetXml sheet) {
        this.pkg = pkg;
        this.sheetBytes = sheetBytes;
        this.sheetSize = sheetSize;
        this.sheet = sheet;
    }

    static XlsxRows open(Path file, ImportLimits limits) {
        XlsxGuards.apply(limits);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (InputStream workbook = limited(reader.getWorkbookData(), limits)) {
                date1904 = SecureXml.date1904(workbook);
            }
            XlsxNumbers numbers = new XlsxNumbers(styles(pkg, limits), date1904);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("file", "kpi.file.noSheet");
            }
            InputStream first = sheets.next();
            PackagePart part = sheets.getSheetPart();
            CountingInputStream sheetBytes = new CountingInputStream(first, limits.maxXlsxEntryBytes());
            SheetXml sheet = new SheetXml(sheetBytes, sharedStrings(pkg, limits), numbers, limits.maxColumns());
            return new XlsxRows(pkg, sheetBytes, part.getSize(), sheet);
        } catch (InvalidInputException e) {
            revert(pkg);
            throw e;
        } catch (Exception e) {
            revert(pkg);
            throw XlsxGuards.refused(e);
        }
    }

    @Override
    public RawRow next() {
        try {
            RawRow row = sheet.next();
            return row == null ? null : new RawRow(row.number(), Cells.withoutBlankTail(row.cells()));
        } catch (InvalidInputException e) {
            throw e;
        } catch (XMLStreamException | XlsxGuards.UnsafeWorkbook | RuntimeException e) {
            throw XlsxGuards.refused(e);
        }
    }

    @Override
    public double progress() {
        return sheetSize <= 0 ? 0 : Math.min(1.0, (double) sheetBytes.count() / sheetSize);
    }

    @Override
    public String encoding() {
        return "XLSX";
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheetBytes.close();
            revert(pkg);
        }
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, ImportLimits limits) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = limited(parts.get(0).getInputStream(), limits)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static StylesTable styles(OPCPackage pkg, ImportLimits limits) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = limited(parts.get(0).getInputStream(), limits)) {
            return new StylesTable(in);
        }
    }

    private static InputStream limited(InputStream part, ImportLimits limits) {
        return new CountingInputStream(part, limits.maxXlsxSidePartBytes());
    }

    /** A read-only package is reverted, not closed: close() would try to save it. */
    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
