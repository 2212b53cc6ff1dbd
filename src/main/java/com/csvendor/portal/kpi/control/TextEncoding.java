package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a CSV report, decided over the whole file: a BOM first (UTF-8,
 * UTF-16LE, UTF-16BE); else strict UTF-8; else strict GB18030 (a superset of GBK). A prefix is not
 * enough — a GBK export may be pure ASCII for its first hundred kilobytes — so every candidate is
 * validated by a streaming pass. Bad bytes are never replaced: a file no candidate decodes is
 * refused, naming the line where decoding failed.
 */
record TextEncoding(Charset charset, int bomBytes, String label) {

    static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Valid UTF-8 characters beyond ASCII seen before the first bad byte that make the file UTF-8
     * with damage, not GBK: GBK text forms a valid multi-byte UTF-8 sequence only now and then
     * (about one character in seven), so sixteen in a row do not happen by chance. Without this
     * rule a UTF-8 file with one bad byte would decode as GB18030 into plausible-looking garbage.
     */
    private static final long UTF8_EVIDENCE = 16;

    static boolean hasBom(byte[] head) {
        return bom(head) != null;
    }

    static TextEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        TextEncoding withBom = bom(head);
        if (withBom != null) {
            return withBom.validated(file);
        }
        TextEncoding utf8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
        if (StrictDecoding.isUtf8(file, 0)) {
            return utf8;
        }
        StrictDecoding.Failure notUtf8 = StrictDecoding.firstFailure(file, utf8.charset, 0);
        if (notUtf8 == null) {
            return utf8;
        }
        if (notUtf8.multiByteChars() >= UTF8_EVIDENCE) {
            throw encodingError(notUtf8);
        }
        return new TextEncoding(GB18030, 0, "GB18030").validated(file);
    }

    private TextEncoding validated(Path file) throws IOException {
        if (charset.equals(StandardCharsets.UTF_8) && StrictDecoding.isUtf8(file, bomBytes)) {
            return this;
        }
        StrictDecoding.Failure failure = StrictDecoding.firstFailure(file, charset, bomBytes);
        if (failure != null) {
            throw encodingError(failure);
        }
        return this;
    }

    private static InvalidInputException encodingError(StrictDecoding.Failure failure) {
        return new InvalidInputException("file", "kpi.file.encoding", failure.line());
    }

    private static TextEncoding bom(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        return null;
    }
}
