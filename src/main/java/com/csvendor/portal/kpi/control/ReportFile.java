package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * An uploaded report opened for reading, row by row, whatever it is underneath: a CSV in any of
 * the encodings exports come in, or an XLSX workbook (its first sheet). The kind is told by
 * content; the size, row and column limits are enforced while reading, so a hostile file is
 * refused before it costs much. Not thread-safe; close it when done.
 */
public final class ReportFile implements AutoCloseable {

    private final Path path;
    private final FileKind kind;
    private final RowSource source;
    private final ImportLimits limits;
    private final Deque<RawRow> pushedBack = new ArrayDeque<>();
    private long rowsRead;

    private ReportFile(Path path, FileKind kind, RowSource source, ImportLimits limits) {
        this.path = path;
        this.kind = kind;
        this.source = source;
        this.limits = limits;
    }

    /**
     * Opens a report. Throws {@link InvalidInputException} (field {@code file}) for a file that is
     * too large, empty, not CSV or XLSX by content, an old .xls, not decodable, or an unsafe
     * workbook; {@link UncheckedIOException} only when the file itself cannot be read.
     */
    public static ReportFile open(Path file, ImportLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InvalidInputException("file", "kpi.file.tooLarge", megabytes(size), megabytes(limits.maxBytes()));
            }
            FileKind kind = FileSniffer.sniff(file, limits);
            RowSource source = kind == FileKind.CSV ? CsvRows.open(file, limits) : XlsxRows.open(file, limits);
            return new ReportFile(file, kind, source, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file opened again, from its first row: for reading ahead without disturbing this reader. */
    public ReportFile reopen() {
        return open(path, limits);
    }

    public FileKind kind() {
        return kind;
    }

    /** {@code UTF-8}, {@code UTF-8 (BOM)}, {@code GB18030}, {@code UTF-16LE (BOM)}, {@code UTF-16BE (BOM)}, or {@code XLSX}. */
    public String encoding() {
        return source.encoding();
    }

    /** The next physical row (trailing blank cells removed), or {@code null} at the end of the file. */
    public RawRow next() {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        RawRow row;
        try {
            row = source.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (row == null) {
            return null;
        }
        if (++rowsRead > limits.maxRows()) {
            throw new InvalidInputException("file", "kpi.file.tooManyRows", limits.maxRows());
        }
        if (row.cells().size() > limits.maxColumns()) {
            throw new InvalidInputException("file", "kpi.file.tooManyColumns", row.number(), limits.maxColumns());
        }
        return row;
    }

    /** Rows read ahead (to find the header) are handed out again, in order, by {@link #next()}. */
    void pushBack(List<RawRow> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            pushedBack.push(rows.get(i));
        }
    }

    /** 0..1 of the input consumed: bytes of a CSV, bytes of the sheet XML of a workbook. */
    public double progress() {
        return source.progress();
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
