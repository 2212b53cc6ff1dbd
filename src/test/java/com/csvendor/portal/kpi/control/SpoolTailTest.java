package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The spool as the publish that loads it while it is written reads it: only the bytes of chunks
 * written so far, waiting for more, ending when the import is complete and — without a failure
 * that would break the database connection — when it is aborted.
 */
class SpoolTailTest {

    @TempDir
    Path dir;

    static void append(Path spool, String text) throws Exception {
        Files.writeString(spool, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String readAll(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void handsOutOnlyWhatWasWrittenWaitsForMoreAndEndsWhenComplete() throws Exception {
        Path spool = dir.resolve("kpi-import-1.rows");
        Files.createFile(spool);
        SpoolTail tail = new SpoolTail(spool);
        append(spool, "1\ta\n2\tb\n");
        tail.grown(Files.size(spool));
        append(spool, "3\tc\n"); // written, not yet handed over: a chunk still in progress
        try (InputStream in = tail.stream()) {
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(in);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> read.get(300, TimeUnit.MILLISECONDS), "waits for more");
            append(spool, "4\td\n");
            tail.complete(Files.size(spool), List.of(new RowKeys.StoreDays(7, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 2))), null);
            assertEquals("1\ta\n2\tb\n3\tc\n4\td\n", read.get(5, TimeUnit.SECONDS));
        }
        assertFalse(tail.aborted());
        assertEquals(7, tail.touched().get(0).storeId());
    }

    @Test
    void anAbortedTailEndsTheStreamCleanlyAndSaysSo() throws Exception {
        Path spool = dir.resolve("kpi-import-2.rows");
        append(spool, "1\ta\n");
        SpoolTail tail = new SpoolTail(spool);
        tail.grown(Files.size(spool));
        try (InputStream in = tail.stream()) {
            byte[] first = new byte[64];
            int n = in.read(first, 0, first.length);
            assertArrayEquals("1\ta\n".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(first, n));
            tail.abort("rows in error");
            assertEquals(-1, in.read(first, 0, first.length), "an end, not an exception: the connection stays usable");
        }
        assertTrue(tail.aborted());
        assertEquals("rows in error", tail.abortReason());
        tail.complete(10, List.of(), null);
        assertTrue(tail.aborted(), "an aborted tail stays aborted");
        assertNull(tail.touched());
    }

    @Test
    void aCompleteTailIsNotAbortedByTheJobEndingAfterwards() throws Exception {
        Path spool = dir.resolve("kpi-import-3.rows");
        append(spool, "1\ta\n");
        SpoolTail tail = new SpoolTail(spool);
        tail.complete(Files.size(spool), List.of(), null);
        tail.abort("job ended COMPLETED");
        assertFalse(tail.aborted());
        try (InputStream in = tail.stream()) {
            assertEquals("1\ta\n", readAll(in));
        }
    }
}
