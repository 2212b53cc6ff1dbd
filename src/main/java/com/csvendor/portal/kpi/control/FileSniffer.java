package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells a report's kind from its first bytes, never from the name the browser sent: a zip holding
 * {@code xl/workbook.xml} is a workbook, text is CSV, anything else is refused with a message
 * that says what to do (an old .xls or a password-protected workbook is an OLE2 container).
 * UTF-16 text is recognised by its BOM only: without one its NUL bytes make it binary.
 */
final class FileSniffer {

    private static final int SAMPLE = 64 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[][] BINARY = {
        {'%', 'P', 'D', 'F'}, {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {'G', 'I', 'F', '8'}, {0x1F, (byte) 0x8B}, {'R', 'a', 'r', '!'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF},
        {'P', 'K', 5, 6}, {'P', 'K', 7, 8},
    };

    private FileSniffer() {
    }

    static FileKind sniff(Path file, ImportLimits limits) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length == 0) {
            throw new InvalidInputException("file", "kpi.file.empty");
        }
        if (startsWith(head, OLE2)) {
            throw new InvalidInputException("file", "kpi.file.xls");
        }
        if (startsWith(head, ZIP)) {
            return workbook(file, limits);
        }
        if (TextEncoding.hasBom(head)) {
            return FileKind.CSV;
        }
        if (Arrays.stream(BINARY).anyMatch(magic -> startsWith(head, magic)) || hasControlBytes(head)) {
            throw new InvalidInputException("file", "kpi.file.notTabular");
        }
        return FileKind.CSV;
    }

    /** Only the central directory is read here; the entries are inflated later, under POI's limits. */
    private static FileKind workbook(Path file, ImportLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") == null) {
                throw new InvalidInputException("file", "kpi.file.notTabular");
            }
            if (zip.size() > limits.maxZipEntries()) {
                throw new InvalidInputException("file", "kpi.file.xlsxUnsafe");
            }
            return FileKind.XLSX;
        } catch (ZipException e) {
            throw new InvalidInputException("file", "kpi.file.notTabular");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Text holds no NUL nor other C0 controls but tab, line breaks, form feed and a DOS end-of-file mark. */
    private static boolean hasControlBytes(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
