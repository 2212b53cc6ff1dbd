package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.entity.KpiField;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool of a running import: lines LOAD DATA reads, appended per chunk, cut back to a checkpoint on a restart. */
class RowSpoolTest {

    static final LocalDate D = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;

    static RowResolver.Resolved row(long number, long store, long agent, LocalDate date, long received, String sales) {
        KpiValues v = new KpiValues(number).set(KpiField.BUSINESS_DATE, date).set(KpiField.AGENT_ACCOUNT, "a")
                .set(KpiField.RECEIVED, received).set(KpiField.SALES_AMOUNT, new BigDecimal(sales));
        return new RowResolver.Resolved(store, agent, v);
    }

    static List<String> lines(Path spool) throws Exception {
        return Files.readAllLines(spool);
    }

    @Test
    void aLineHoldsRowKeyVendorImportAndEveryStoredFieldInLoadOrder() throws Exception {
        Path spool = dir.resolve("uploads/kpi-import-9.rows");
        try (RowSpool s = RowSpool.open(spool, 0)) {
            s.add(9, 4, row(3, 1, 10, D, 120, "1234.50"));
            assertEquals(0, s.length(), "nothing written before the chunk is flushed");
            long length = s.flush();
            assertEquals(Files.size(spool), length);
        }
        List<String> fields = List.of(lines(spool).get(0).split("\t", -1));
        assertEquals(RowSpool.LOAD_COLUMNS.split(", ").length, fields.size());
        assertEquals(List.of("3", "1", "10", "2026-03-05", "4", "9"), fields.subList(0, 6));
        List<String> columns = List.of(RowSpool.LOAD_COLUMNS.split(", "));
        assertEquals("120", fields.get(columns.indexOf("received")));
        assertEquals("1234.50", fields.get(columns.indexOf("sales_amount")));
        assertEquals("\\N", fields.get(columns.indexOf("orders")), "not reported: NULL");
        assertEquals(RowSpool.TABLE_COLUMNS, columns.subList(1, columns.size()));
    }

    @Test
    void aRestartCutsTheSpoolBackToItsCheckpointAndKeepsAppending() throws Exception {
        Path spool = dir.resolve("kpi-import-1.rows");
        long checkpoint;
        try (RowSpool s = RowSpool.open(spool, 0)) {
            s.add(1, 4, row(2, 1, 10, D, 1, "1"));
            s.add(1, 4, row(3, 1, 11, D, 2, "2"));
            checkpoint = s.flush();
            s.add(1, 4, row(4, 1, 12, D, 3, "3"));
            s.flush();  // a chunk whose transaction then failed: not in the checkpoint
        }
        assertEquals(3, lines(spool).size());
        try (RowSpool s = RowSpool.open(spool, checkpoint)) {
            assertEquals(2, lines(spool).size());
            s.add(1, 4, row(5, 1, 13, D, 4, "4"));
            s.flush();
        }
        List<Long> rows = new ArrayList<>();
        RowSpool.keys(spool, Files.size(spool), k -> rows.add(k.row()));
        assertEquals(List.of(2L, 3L, 5L), rows);
    }

    @Test
    void keysAreReadBackUpToALengthForRebuildingTheDuplicateCheck() throws Exception {
        Path spool = dir.resolve("kpi-import-2.rows");
        long first;
        try (RowSpool s = RowSpool.open(spool, 0)) {
            s.add(2, 4, row(7, 31, 1001, D, 1, "1"));
            first = s.flush();
            s.add(2, 4, row(8, 32, 1002, D.plusDays(1), 1, "1"));
            s.flush();
        }
        List<RowSpool.Key> keys = new ArrayList<>();
        RowSpool.keys(spool, first, keys::add);
        assertEquals(List.of(new RowSpool.Key(7, 31, 1001, D)), keys);
        keys.clear();
        RowSpool.keys(spool, Files.size(spool), keys::add);
        assertEquals(new RowSpool.Key(8, 32, 1002, D.plusDays(1)), keys.get(1));
    }

    @Test
    void aSpoolShorterThanItsCheckpointIsRefusedAndStartingOverEmptiesIt() throws Exception {
        Path spool = dir.resolve("kpi-import-3.rows");
        try (RowSpool s = RowSpool.open(spool, 0)) {
            s.add(3, 4, row(2, 1, 10, D, 1, "1"));
            s.flush();
        }
        long size = Files.size(spool);
        assertThrows(IllegalStateException.class, () -> RowSpool.open(spool, size + 1));
        RowSpool.open(spool, 0).close();
        assertEquals(0, Files.size(spool));
        assertTrue(RowSpool.delete(spool));
        assertFalse(RowSpool.delete(spool));
    }

    @Test
    void linesAreReadBackAsTextWithNulls() throws Exception {
        Path spool = dir.resolve("kpi-import-4.rows");
        try (RowSpool s = RowSpool.open(spool, 0)) {
            s.add(4, 6, row(2, 1, 10, D, 5, "0.50"));
            s.flush();
        }
        List<String[]> read = new ArrayList<>();
        RowSpool.lines(spool, read::add);
        String[] values = read.get(0);
        assertEquals(RowSpool.TABLE_COLUMNS.size(), values.length);
        assertEquals("1", values[0]);
        assertEquals("0.50", values[RowSpool.TABLE_COLUMNS.indexOf("sales_amount")]);
        assertEquals(null, values[RowSpool.TABLE_COLUMNS.indexOf("orders")]);
    }
}
