package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the valid rows of one chunk to {@code kpi_staging}. On MySQL/MariaDB the rows are streamed
 * through {@code LOAD DATA LOCAL INFILE} from memory (several times faster than batched INSERTs,
 * see STACK-NOTES), elsewhere (H2) batched {@code INSERT IGNORE}. Both skip a key already staged;
 * such rows are found afterwards and reported as duplicates of the row staged first.
 */
public final class StagingRows {

    static final List<KpiField> STORED = KpiField.stored();
    static final String KEY_COLUMNS = "import_id, store_id, agent_id, business_date, row_no, vendor_id";
    static final String COLUMNS = KEY_COLUMNS + ", "
            + STORED.stream().map(KpiField::column).collect(Collectors.joining(", "));

    private record Key(long storeId, long agentId, java.time.LocalDate date) {
    }

    /**
     * Stages the rows and answers the rows refused as duplicates: row number → row number of the
     * row with the same store, agent and date staged before.
     */
    public Map<Long, Long> write(Connection connection, long importId, long vendorId,
            List<RowResolver.Resolved> rows) throws SQLException {
        Map<Long, Long> duplicates = new LinkedHashMap<>();
        Map<Key, Long> seen = new HashMap<>();
        List<RowResolver.Resolved> unique = new ArrayList<>(rows.size());
        for (RowResolver.Resolved r : rows) {
            Long first = seen.putIfAbsent(key(r), r.values().rowNumber());
            if (first != null) {
                duplicates.put(r.values().rowNumber(), first);
            } else {
                unique.add(r);
            }
        }
        if (unique.isEmpty()) {
            return duplicates;
        }
        long written = isMySql(connection) ? loadData(connection, importId, vendorId, unique)
                : insertIgnore(connection, importId, vendorId, unique);
        if (written < unique.size()) {
            duplicates.putAll(stagedBefore(connection, importId, unique));
        }
        return duplicates;
    }

    private static Key key(RowResolver.Resolved r) {
        return new Key(r.storeId(), r.agentId(), r.values().date());
    }

    /** MySQL or MariaDB (LOAD DATA, DELETE … LIMIT), as opposed to the embedded H2. */
    public static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.contains("MySQL") || product.contains("MariaDB");
    }

    private long loadData(Connection connection, long importId, long vendorId, List<RowResolver.Resolved> rows)
            throws SQLException {
        StringBuilder tsv = new StringBuilder(rows.size() * 160);
        for (RowResolver.Resolved r : rows) {
            tsv.append(importId).append('\t').append(r.storeId()).append('\t').append(r.agentId()).append('\t')
                    .append(r.values().date()).append('\t').append(r.values().rowNumber()).append('\t')
                    .append(vendorId);
            for (KpiField f : STORED) {
                Object v = r.values().get(f);
                tsv.append('\t').append(v == null ? "\\N" : v instanceof BigDecimal d ? d.toPlainString() : v);
            }
            tsv.append('\n');
        }
        try (Statement st = connection.createStatement()) {
            com.mysql.cj.jdbc.JdbcStatement mysql = st.unwrap(com.mysql.cj.jdbc.JdbcStatement.class);
            // A statement keeps its stream; a fresh statement and stream every time (STACK-NOTES).
            mysql.setLocalInfileInputStream(new ByteArrayInputStream(tsv.toString().getBytes(StandardCharsets.UTF_8)));
            long loaded = st.executeLargeUpdate("LOAD DATA LOCAL INFILE 'kpi-chunk.tsv' INTO TABLE kpi_staging"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                    + " (" + COLUMNS + ")");
            failOnValueWarnings(st.getWarnings());
            return loaded;
        }
    }

    /** LOCAL turns errors into warnings: only a skipped duplicate key (1062) is expected. */
    private static void failOnValueWarnings(SQLWarning warning) throws SQLException {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            if (w.getErrorCode() != 1062) {
                throw new SQLException("Staging a KPI chunk: " + w.getMessage() + " (" + w.getErrorCode() + ")");
            }
        }
    }

    private long insertIgnore(Connection connection, long importId, long vendorId, List<RowResolver.Resolved> rows)
            throws SQLException {
        String marks = String.join(", ", Collections.nCopies(6 + STORED.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT IGNORE INTO kpi_staging (" + COLUMNS + ") VALUES (" + marks + ")")) {
            for (RowResolver.Resolved r : rows) {
                ps.setLong(1, importId);
                ps.setLong(2, r.storeId());
                ps.setLong(3, r.agentId());
                ps.setObject(4, r.values().date());
                ps.setLong(5, r.values().rowNumber());
                ps.setLong(6, vendorId);
                int i = 7;
                for (KpiField f : STORED) {
                    ps.setObject(i++, r.values().get(f));
                }
                ps.addBatch();
            }
            long total = 0;
            for (int count : ps.executeBatch()) {
                total += Math.max(count, 0);
            }
            return total;
        }
    }

    /** The rows whose key was staged by an earlier row: found by the key, with the row number staged. */
    private Map<Long, Long> stagedBefore(Connection connection, long importId, List<RowResolver.Resolved> rows)
            throws SQLException {
        Map<Long, Long> found = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT row_no FROM kpi_staging"
                + " WHERE import_id = ? AND store_id = ? AND agent_id = ? AND business_date = ?")) {
            for (RowResolver.Resolved r : rows) {
                ps.setLong(1, importId);
                ps.setLong(2, r.storeId());
                ps.setLong(3, r.agentId());
                ps.setObject(4, r.values().date());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) != r.values().rowNumber()) {
                        found.put(r.values().rowNumber(), rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }
}
