package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.DaySums;
import com.csvendor.portal.kpi.control.FollowingPublish;
import com.csvendor.portal.kpi.control.KpiTables;
import com.csvendor.portal.kpi.control.SpoolTail;
import com.csvendor.portal.kpi.control.MessageArgs;
import com.csvendor.portal.kpi.control.ParsedRow;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.RowProblem;
import com.csvendor.portal.kpi.control.RowKeys;
import com.csvendor.portal.kpi.control.RowResolver;
import com.csvendor.portal.kpi.control.RowSpool;
import com.csvendor.portal.kpi.control.SetRows;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.platform.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parses, checks and writes one chunk: the valid rows to the import's {@link RowSpool} (a row repeating the store,
 * agent and date of an earlier row is a problem instead), then, in the chunk's transaction, the
 * problems (up to {@link ImportRun#MAX_STORED_ERRORS}) and unknown accounts to the import, and the
 * import's counts, progress and heartbeat. The checkpoint is the spool's length: a restart cuts
 * the spool back to the last committed chunk, so the counts always agree with the rows spooled.
 * Nothing of the rows is in the database before the publish step.
 */
@Named
@Dependent
public class KpiSpoolWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    UploadStore uploads;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    javax.sql.DataSource dataSource;

    /** Rows of a chunk below which it is parsed on one thread. */
    static final int PARALLEL_FROM = 1000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    FollowingPublish publisher;

    /** Whether MySQL/MariaDB loads the rows while they are read (off: after the last chunk). */
    @Inject
    @ConfigProperty(name = "portal.kpi.load-while-reading", defaultValue = "true")
    boolean loadWhileReading;

    private RowSpool spool;

    @Override
    public void open(Serializable checkpoint) {
        ImportRun run = ImportRun.of(job);
        long length = checkpoint == null ? 0L : (Long) checkpoint;
        Path path = uploads.spool(run.importId);
        spool = RowSpool.open(path, length);
        run.keys = new RowKeys();
        run.sums = length == 0 ? new DaySums() : null;
        RowSpool.keys(path, length, k -> run.keys.add(k.storeId(), k.agentId(), k.date()));
        if (length == 0 && loadWhileReading && publisher != null && mySql()) {
            // Only from the start: a restarted step publishes after its last chunk, as on H2.
            run.tail = new SpoolTail(path);
            run.following = publisher.publish(run.importId, run.tail);
        }
    }

    private boolean mySql() {
        try (Connection c = dataSource.getConnection()) {
            return KpiTables.isMySql(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        ImportRun run = ImportRun.of(job);
        List<RowOutcome> outcomes = outcomes(run, items);
        List<RowProblem> problems = new ArrayList<>();
        List<RowResolver.UnknownAccount> unknown = new ArrayList<>();
        List<RowResolver.Resolved> repeated = new ArrayList<>();
        long skipped = 0;
        long spooled = 0;
        java.util.Map<Long, RowProblem> emptying = emptying(run, outcomes);
        for (RowOutcome o : outcomes) {
            if (o.skipped()) {
                skipped++;
            } else if (o.resolved() != null && emptying.containsKey(o.resolved().values().rowNumber())) {
                problems.add(emptying.get(o.resolved().values().rowNumber()));
            } else if (o.resolved() != null) {
                RowResolver.Resolved r = o.resolved();
                if (!run.keys.add(r.storeId(), r.agentId(), r.values().date())) {
                    repeated.add(r);
                } else {
                    spool.add(run.importId, run.vendorId, r);
                    if (run.sums != null) {
                        run.sums.add(r.storeId(), r.values());
                    }
                    spooled++;
                }
            } else {
                problems.addAll(o.problems());
                if (o.unknown() != null) {
                    unknown.add(o.unknown());
                }
            }
        }
        spool.flush();
        problems.addAll(repeats(run, repeated));
        if (run.tail != null) {
            if (problems.isEmpty()) {
                run.tail.grown(spool.length());
            } else {
                // Never published now: the load stops early and rolls back while the errors are collected.
                run.tail.abort("rows in error");
            }
        }
        try (Connection c = dataSource.getConnection()) {
            problems.sort(java.util.Comparator.comparingLong(RowProblem::row));
            storeProblems(c, run, problems);
            storeUnknown(c, run, unknown);
            long errorRows = problems.stream().mapToLong(RowProblem::row).distinct().count();
            try (PreparedStatement ps = c.prepareStatement("UPDATE kpi_import SET rows_read = rows_read + ?,"
                    + " rows_imported = rows_imported + ?, rows_skipped = rows_skipped + ?,"
                    + " error_count = error_count + ?, progress = ?, heartbeat_at = ?, version = version + 1"
                    + " WHERE id = ?")) {
                // Every outcome is one data row read below the header: spooled, skipped or in error.
                ps.setLong(1, outcomes.size());
                ps.setLong(2, spooled);
                ps.setLong(3, skipped);
                ps.setLong(4, errorRows);
                ps.setBigDecimal(5, BigDecimal.valueOf(Math.min(run.progress(), 0.9999))
                        .setScale(4, RoundingMode.DOWN));
                ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                ps.setLong(7, run.importId);
                ps.executeUpdate();
            }
        }
    }

    /** The rows that would replace figures in the portal with no figure, unless the uploader allowed it. */
    private java.util.Map<Long, RowProblem> emptying(ImportRun run, List<RowOutcome> outcomes) throws SQLException {
        if (run.replaceEmptier) {
            return java.util.Map.of();
        }
        List<RowResolver.Resolved> rows = outcomes.stream().map(RowOutcome::resolved)
                .filter(java.util.Objects::nonNull).toList();
        if (rows.isEmpty()) {
            return java.util.Map.of();
        }
        if (run.emptier == null) {
            run.emptier = new com.csvendor.portal.kpi.control.EmptierFigures(run.vendorId);
        }
        try (Connection c = dataSource.getConnection()) {
            // Each row is named by the header of its own file (a set of files may spell a column differently).
            return run.emptier.check(c, rows, (row, field) -> run.set.layout(SetRows.file(row)).headerOf(field));
        }
    }

    /**
     * Parses the chunk's rows, the second half on another thread of the server's managed executor
     * while this one parses the first (parsing is pure and most of an import's work; the database
     * is idle until the publish step), then matches them to stores and agents in order here.
     */
    private List<RowOutcome> outcomes(ImportRun run, List<Object> items) {
        int n = items.size();
        ParsedRow[] parsed = new ParsedRow[n];
        int half = n >= PARALLEL_FROM && executor != null ? n / 2 : n;
        if (half < n) {
            // Whoever claims the second half parses it: this thread does if the executor has not
            // started it by the time the first half is done, so a busy executor never blocks the job.
            AtomicBoolean claimed = new AtomicBoolean();
            CompletableFuture<Void> second = new CompletableFuture<>();
            Runnable secondHalf = () -> {
                if (claimed.compareAndSet(false, true)) {
                    try {
                        parse(run, items, parsed, half, n);
                        second.complete(null);
                    } catch (RuntimeException | Error e) {
                        second.completeExceptionally(e);
                    }
                }
            };
            try {
                executor.execute(secondHalf);
            } catch (RejectedExecutionException busy) {
                // parsed below
            }
            parse(run, items, parsed, 0, half);
            secondHalf.run();
            try {
                second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while parsing a chunk", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        } else {
            parse(run, items, parsed, 0, n);
        }
        List<RowOutcome> outcomes = new ArrayList<>(n);
        for (ParsedRow p : parsed) {
            outcomes.add(switch (p.status()) {
                case SKIPPED -> RowOutcome.SKIPPED;
                case INVALID -> new RowOutcome(null, p.problems(), null);
                case DATA -> {
                    RowResolver.Outcome o = run.resolverOf(p.values().rowNumber()).resolve(p.values());
                    yield new RowOutcome(o.resolved(), o.problems(), o.unknown());
                }
            });
        }
        return outcomes;
    }

    private static void parse(ImportRun run, List<Object> items, ParsedRow[] parsed, int from, int to) {
        for (int i = from; i < to; i++) {
            RawRow row = (RawRow) items.get(i);
            parsed[i] = run.parserOf(row).parse(row);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return spool == null ? 0L : spool.length();
    }

    @Override
    public void close() {
        if (spool != null) {
            spool.close();
        }
    }

    /** Spool scans for the earlier rows of repeated keys, at most, per import (a bad file must fail fast). */
    static final int MAX_REPEAT_SCANS = 5;

    /**
     * The problems of rows repeating a key of an earlier row, naming that row: looked up in the spool
     * (which already holds this chunk's rows) with one pass per chunk, while the import still stores
     * errors and for its first {@link #MAX_REPEAT_SCANS} chunks with repeats; after that the message
     * says "an earlier row".
     */
    private List<RowProblem> repeats(ImportRun run, List<RowResolver.Resolved> repeated) {
        if (repeated.isEmpty()) {
            return List.of();
        }
        java.util.Map<RowSpool.Spot, Long> first = java.util.Map.of();
        if (run.repeatScans < MAX_REPEAT_SCANS && run.errorsStored < ImportRun.MAX_STORED_ERRORS) {
            run.repeatScans++;
            java.util.Set<RowSpool.Spot> wanted = new java.util.HashSet<>();
            repeated.forEach(r -> wanted.add(new RowSpool.Spot(r.storeId(), r.agentId(), r.values().date())));
            first = RowSpool.firstRows(uploads.spool(run.importId), spool.length(), wanted);
        }
        List<RowProblem> out = new ArrayList<>();
        for (RowResolver.Resolved r : repeated) {
            Long row = first.get(new RowSpool.Spot(r.storeId(), r.agentId(), r.values().date()));
            long at = r.values().rowNumber();
            if (row == null) {
                out.add(new RowProblem(at, null, null, "kpi.row.duplicateEarlier"));
            } else if (SetRows.file(row) == SetRows.file(at)) {
                out.add(new RowProblem(at, null, null, "kpi.row.duplicate", SetRows.line(row)));
            } else {
                out.add(new RowProblem(at, null, null, "kpi.row.duplicateInFile", run.fileOf(row), SetRows.line(row)));
            }
        }
        return out;
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
