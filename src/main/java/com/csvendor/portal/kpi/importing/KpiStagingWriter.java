package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.MessageArgs;
import com.csvendor.portal.kpi.control.RowProblem;
import com.csvendor.portal.kpi.control.RowResolver;
import com.csvendor.portal.kpi.control.StagingRows;
import com.csvendor.portal.platform.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one chunk in the chunk's transaction: the valid rows to staging, the problems (up to
 * {@link ImportRun#MAX_STORED_ERRORS}) and unknown accounts to the import, and the import's counts,
 * progress and heartbeat — so after a crash the counts agree with the last checkpoint.
 */
@Named
@Dependent
public class KpiStagingWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    javax.sql.DataSource dataSource;

    private final StagingRows staging = new StagingRows();

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        ImportRun run = ImportRun.of(job);
        List<RowResolver.Resolved> rows = new ArrayList<>(items.size());
        List<RowProblem> problems = new ArrayList<>();
        List<RowResolver.UnknownAccount> unknown = new ArrayList<>();
        long skipped = 0;
        for (Object item : items) {
            RowOutcome o = (RowOutcome) item;
            if (o.skipped()) {
                skipped++;
            } else if (o.resolved() != null) {
                rows.add(o.resolved());
            } else {
                problems.addAll(o.problems());
                if (o.unknown() != null) {
                    unknown.add(o.unknown());
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Long> duplicates = staging.write(c, run.importId, run.vendorId, rows);
            duplicates.forEach((row, first) -> problems.add(
                    new RowProblem(row, null, null, "kpi.row.duplicate", first)));
            problems.sort(java.util.Comparator.comparingLong(RowProblem::row));
            storeProblems(c, run, problems);
            storeUnknown(c, run, unknown);
            long errorRows = problems.stream().mapToLong(RowProblem::row).distinct().count();
            try (PreparedStatement ps = c.prepareStatement("UPDATE kpi_import SET rows_read = rows_read + ?,"
                    + " rows_imported = rows_imported + ?, rows_skipped = rows_skipped + ?,"
                    + " error_count = error_count + ?, progress = ?, heartbeat_at = ?, version = version + 1"
                    + " WHERE id = ?")) {
                // Every item is one data row read below the header: imported, skipped or in error.
                ps.setLong(1, items.size());
                ps.setLong(2, rows.size() - duplicates.size());
                ps.setLong(3, skipped);
                ps.setLong(4, errorRows);
                ps.setBigDecimal(5, BigDecimal.valueOf(Math.min(run.file.progress(), 0.9999))
                        .setScale(4, RoundingMode.DOWN));
                ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                ps.setLong(7, run.importId);
                ps.executeUpdate();
            }
        }
    }

    private static void storeProblems(Connection c, ImportRun run, List<RowProblem> problems) throws SQLException {
        int room = (int) Math.max(0, ImportRun.MAX_STORED_ERRORS - run.errorsStored);
        if (problems.isEmpty() || room == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi_import_error (import_id, seq, row_no,"
                + " column_name, cell_value, message_key, message_args) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RowProblem p : problems.subList(0, Math.min(room, problems.size()))) {
                ps.setLong(1, run.importId);
                ps.setLong(2, ++run.errorsStored);
                ps.setLong(3, p.row());
                ps.setString(4, clip(p.column(), 200));
                ps.setString(5, clip(p.value(), 500));
                ps.setString(6, p.key());
                ps.setString(7, MessageArgs.toJson(p.arguments()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void storeUnknown(Connection c, ImportRun run, List<RowResolver.UnknownAccount> unknown)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpi_import_unknown_account (import_id,"
                + " store_id, account_name, first_row) VALUES (?, ?, ?, ?)")) {
            int batched = 0;
            for (RowResolver.UnknownAccount u : unknown) {
                if (run.unknownAccounts.size() < ImportRun.MAX_UNKNOWN_ACCOUNTS && u.account().length() <= 100
                        && run.unknownAccounts.add(u.storeId() + "\t" + u.account())) {
                    ps.setLong(1, run.importId);
                    ps.setLong(2, u.storeId());
                    ps.setString(3, u.account());
                    ps.setLong(4, u.row());
                    ps.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
