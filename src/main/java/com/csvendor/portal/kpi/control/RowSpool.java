package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The validated rows of a running import, in a file next to its upload: one tab-separated line per
 * row, the way {@code LOAD DATA} reads it (row number, the key, vendor, import, then the stored
 * fields of {@code kpi_daily}; {@code \N} for NULL). Each chunk appends its rows and answers the
 * file's length, which is the chunk's checkpoint: a restart opens the spool at that length and so
 * drops whatever a chunk that was not committed wrote. Nothing reads the spool but the import's
 * publish step; it is deleted when the import ends.
 */
public final class RowSpool implements Closeable {

    static final List<KpiField> STORED = KpiField.stored();
    /** The spool's columns as {@code LOAD DATA} names them: the row number is read and dropped. */
    public static final String LOAD_COLUMNS = "@row_no, store_id, agent_id, business_date, vendor_id, import_id, "
            + STORED.stream().map(KpiField::column).collect(Collectors.joining(", "));
    /** The columns of {@code kpi_daily} a line fills, in line order after the row number. */
    public static final List<String> TABLE_COLUMNS = Stream.concat(
            Stream.of("store_id", "agent_id", "business_date", "vendor_id", "import_id"),
            STORED.stream().map(KpiField::column)).toList();

    /** The key a line starts with, as {@link #keys} reads it back. */
    public record Key(long row, long storeId, long agentId, LocalDate date) {
    }

    private final FileChannel channel;
    private final TsvBytes line = new TsvBytes(64 * 1024);
    private long length;

    private RowSpool(FileChannel channel, long length) {
        this.channel = channel;
        this.length = length;
    }

    /**
     * Opens the spool to append after its first {@code validLength} bytes (a checkpoint): longer,
     * it is cut back; 0 starts it empty. A spool shorter than the checkpoint is an error.
     */
    public static RowSpool open(Path path, long validLength) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                if (channel.size() < validLength) {
                    throw new IllegalStateException("The spool " + path.getFileName() + " has " + channel.size()
                            + " bytes, its checkpoint says " + validLength);
                }
                channel.truncate(validLength);
                channel.position(validLength);
                return new RowSpool(channel, validLength);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a row (written by the next {@link #flush}). */
    public void add(long importId, long vendorId, RowResolver.Resolved row) {
        KpiValues v = row.values();
        line.number(v.rowNumber()).tab().number(row.storeId()).tab().number(row.agentId()).tab().date(v.date())
                .tab().number(vendorId).tab().number(importId);
        for (KpiField f : STORED) {
            line.tab().value(v.get(f));
        }
        line.newline();
    }

    /**
     * Writes the rows added and answers the spool's length: the checkpoint. Not forced to the disk:
     * a killed server's writes survive in the operating system, and a spool an operating-system
     * crash left shorter than its checkpoint cannot be opened again, so the import fails (and can
     * be run again) rather than publish less.
     */
    public long flush() {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line.array(), 0, line.size());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            line.clear();
            length = channel.position();
            return length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long length() {
        return length;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key without its row: store, agent and business date. */
    public record Spot(long storeId, long agentId, LocalDate date) {
    }

    /**
     * The row that brought each of the {@code wanted} keys first, read from the first {@code length}
     * bytes (one pass over the spool; a key not in it is absent from the answer).
     */
    public static java.util.Map<Spot, Long> firstRows(Path path, long length, java.util.Set<Spot> wanted) {
        java.util.Map<Spot, Long> first = new java.util.HashMap<>();
        keys(path, length, k -> {
            Spot spot = new Spot(k.storeId(), k.agentId(), k.date());
            if (wanted.contains(spot)) {
                first.putIfAbsent(spot, k.row());
            }
        });
        return first;
    }

    /** Reads back the row number and key of every line of the first {@code length} bytes. */
    public static void keys(Path path, long length, java.util.function.Consumer<Key> each) {
        if (length == 0) {
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            long[] n = new long[3];
            long read = 0;
            int field = 0;
            long value = 0;
            StringBuilder date = new StringBuilder(10);
            int b;
            while (read < length && (b = in.read()) >= 0) {
                read++;
                if (b == '\n') {
                    field = 0;
                    value = 0;
                    continue;
                }
                if (field > 3) {
                    continue;
                }
                if (b == '\t') {
                    if (field < 3) {
                        n[field] = value;
                    } else {
                        each.accept(new Key(n[0], n[1], n[2], LocalDate.parse(date)));
                        date.setLength(0);
                    }
                    field++;
                    value = 0;
                } else if (field == 3) {
                    date.append((char) b);
                } else {
                    value = value * 10 + (b - '0');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the lines of the spool as text fields, the values after the row number ({@code null} for NULL). */
    public static void lines(Path path, java.util.function.Consumer<String[]> each) {
        try (java.io.BufferedReader in = Files.newBufferedReader(path, java.nio.charset.StandardCharsets.US_ASCII)) {
            String s;
            while ((s = in.readLine()) != null) {
                String[] parts = s.split("\t", -1);
                String[] values = new String[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    values[i - 1] = parts[i].equals("\\N") ? null : parts[i];
                }
                each.accept(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a spool; answers whether there was one. */
    public static boolean delete(Path path) {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
