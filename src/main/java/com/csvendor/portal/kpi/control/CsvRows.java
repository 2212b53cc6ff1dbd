package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows of a CSV report through FastCSV, decoded strictly in the encoding {@link TextEncoding}
 * found. Records, not physical lines, are numbered (a quoted cell may span lines), and an empty
 * line is a row, as a spreadsheet shows them.
 */
final class CsvRows implements RowSource {

    private static final int SAMPLE_CHARS = 64 * 1024;
    /** No KPI cell is anywhere near this; it bounds memory on a file with an unclosed quote. */
    private static final int MAX_FIELD_CHARS = 64 * 1024;
    private static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;

    private final TextEncoding encoding;
    private final CountingInputStream bytes;
    private final long size;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final QuoteWatch quotes;
    private long number;

    private CsvRows(TextEncoding encoding, CountingInputStream bytes, long size, CsvReader<CsvRecord> reader,
            QuoteWatch quotes) {
        this.encoding = encoding;
        this.bytes = bytes;
        this.size = size;
        this.reader = reader;
        this.records = reader.iterator();
        this.quotes = quotes;
    }

    static CsvRows open(Path file, ImportLimits limits) throws IOException {
        TextEncoding encoding = TextEncoding.detect(file);
        long size = Files.size(file);
        CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file), Long.MAX_VALUE);
        try {
            bytes.skipNBytes(encoding.bomBytes());
            BufferedReader text = new BufferedReader(
                    new InputStreamReader(bytes, StrictDecoding.decoder(encoding.charset())), SAMPLE_CHARS);
            text.mark(SAMPLE_CHARS);
            char[] sample = new char[SAMPLE_CHARS];
            int filled = 0;
            for (int n; filled < SAMPLE_CHARS && (n = text.read(sample, filled, SAMPLE_CHARS - filled)) > 0; ) {
                filled += n;
            }
            text.reset();
            char delimiter = Delimiters.detect(java.nio.CharBuffer.wrap(sample, 0, filled));
            QuoteWatch quotes = new QuoteWatch(text, delimiter);
            CsvRecordHandler handler = CsvRecordHandler.of(b -> b
                    .maxFields(Math.max(1024, limits.maxColumns() * 4))
                    .maxFieldSize(MAX_FIELD_CHARS)
                    .maxRecordSize(MAX_RECORD_CHARS));
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .skipEmptyLines(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .build(handler, quotes);
            return new CsvRows(encoding, bytes, size, reader, quotes);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    @Override
    public RawRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            number++;
            // Looking one record ahead tells the last row, and whether the file ended inside its quotes.
            boolean last = !records.hasNext();
            if (last && quotes.endedInQuotes()) {
                throw new InvalidInputException("file", "kpi.file.unclosedQuote", number);
            }
            return new RawRow(number, Cells.withoutBlankTail(record.getFields()), record.getFieldCount(), last);
        } catch (CsvParseException e) {
            throw new InvalidInputException("file", "kpi.file.csvSyntax", number + 1);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidInputException("file", "kpi.file.encoding", number + 1);
            }
            throw e;
        }
    }

    @Override
    public double progress() {
        return size == 0 ? 1 : Math.min(1.0, (double) bytes.count() / size);
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
