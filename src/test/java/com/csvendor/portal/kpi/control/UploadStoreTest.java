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
}
