package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.entity.StoredFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStoreTest {

    @TempDir
    Path dir;

    @Test
    void aStoredFileNobodyNeedsIsDeletedAndOthersStay() {
        UploadStore store = new UploadStore();
        store.directory = dir.toString();
        store.maxBytes = 1_000;
        StoredFile kept = store.store(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "x.csv");
        StoredFile copy = store.store(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "y.csv");
        assertEquals(kept.sha256(), copy.sha256());

        store.delete(copy.storedAs());
        store.delete(copy.storedAs());

        assertFalse(Files.exists(store.path(copy.storedAs())));
        assertTrue(Files.exists(store.path(kept.storedAs())));
    }

    @Test
    void severalFilesAreKeptAsOneZipOfReportsWithDistinctNamesAndOneSizeLimit() {
        UploadStore store = new UploadStore();
        store.directory = dir.toString();
        store.maxBytes = 20;
        StoredFile all = store.storeAll(java.util.List.of(part("day.csv", "a,b\n1,2\n"), part("../day.csv", "a,b\n3,4\n")),
                "day.csv (+1)");
        assertEquals("day.csv (+1)", all.name());
        Path zip = store.path(all.storedAs());
        assertTrue(ReportBundle.isBundle(zip));
        java.util.List<ReportBundle.Member> members = ReportBundle.unpack(zip, ImportLimits.defaults(), n -> dir.resolve("m" + n));
        assertEquals(java.util.List.of("day.csv", "day (2).csv"), members.stream().map(ReportBundle.Member::name).toList());
        assertEquals("a,b\n3,4\n", read(members.get(1).path()));

        com.csvendor.portal.shared.InvalidInputException tooLarge = org.junit.jupiter.api.Assertions.assertThrows(
                com.csvendor.portal.shared.InvalidInputException.class,
                () -> store.storeAll(java.util.List.of(part("a.csv", "a,b\n1,2\n"), part("b.csv", "a,b\n1,2\n3,4\n5,6\n")), "a"));
        assertEquals("kpi.upload.tooLarge", tooLarge.messageKey(), "20 bytes in all, not per file");
        try (var left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".part")).count());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static UploadStore.Part part(String name, String text) {
        return new UploadStore.Part(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
