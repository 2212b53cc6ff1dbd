package com.csvendor.portal.kpi.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.kpi.entity.KpiImportStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The import job's bookkeeping, each method one transaction: an import starts, is rejected, fails
 * or is published. Publishing replaces the canonical records with the spooled rows, recomputes the
 * rollups, records the stores and marks the import published in one transaction — the figures
 * appear all at once.
 *
 * <p>{@code @Dependent} on purpose: each user of the ledger (an import job's listener, reader and
 * batchlet, the upload EJB) gets an instance — and an interceptor instance — of its own. Payara's
 * {@code @Transactional} interceptor keeps the caller's transaction-operations manager in a field
 * of the interceptor instance while the method runs; shared by an application-scoped bean, a job
 * thread and an upload thread inside the EJB interleaved there, and the job thread got the EJB's
 * container-managed context back: the job's next step then failed at its start with "Lookup of
 * java:comp/UserTransaction not allowed for Container managed Transaction beans" (the load
 * benchmark, 21 of 157 uploads; KpiConcurrentUploadsIT).
 */
@Dependent
public class ImportLedger {

    private static final Logger LOG = Logger.getLogger(ImportLedger.class.getName());

    @Inject
    KpiImportRepository imports;

    @Inject
    KpiTables tables;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<com.csvendor.portal.kpi.entity.KpiPublished> published;

    @Inject
    com.csvendor.portal.platform.InstanceName instance;

    @Inject
    jakarta.enterprise.event.Event<com.csvendor.portal.kpi.entity.KpiRejected> rejected;

    @Inject
    Clock clock;

    /**
     * Records an upload: as a duplicate of the published import with the same bytes (for the same
     * vendor), which then refers to the original's stored file, or as queued for its job.
     *
     * @return the recorded import, and the stored file it no longer needs (a duplicate's own copy,
     *         to delete once this has committed) or {@code null}
     */
    @Transactional
    public Registered register(KpiImport upload) {
        java.util.Optional<KpiImport> original = imports.findPublished(upload.getSha256(), upload.getVendorId());
        String unused = original.map(o -> upload.markDuplicateOf(o, clock.instant())).orElse(null);
        imports.add(upload.runBy(instance.get()));
        audit.record("KPI_IMPORT", upload.getId(), original.isPresent() ? "DUPLICATE" : "UPLOADED",
                upload.getUploadedBy(), upload.getFileName() + " sha256=" + upload.getSha256(), null, null);
        return new Registered(upload, unused);
    }

    /** A recorded import and the stored file it does not need ({@code null} if none). */
    public record Registered(KpiImport kpiImport, String unusedFile) {
    }

    @Transactional
    public void started(long importId, long executionId) {
        imports.getImport(importId).runBy(instance.get()).started(executionId, clock.instant());
    }

    @Transactional
    public void described(long importId, String profileCode, String encoding, List<String> unknownColumns) {
        String unknown = unknownColumns.isEmpty() ? null : String.join(", ", unknownColumns);
        if (unknown != null && unknown.length() > 2000) {
            unknown = unknown.substring(0, 1999) + "…";
        }
        imports.getImport(importId).described(profileCode, encoding, unknown);
    }

    /** The files of a ZIP of reports, in reading order (again on a restart). */
    @Transactional
    public void files(long importId, List<String> names) {
        em.createNativeQuery("DELETE FROM kpi_import_file WHERE import_id = ?1").setParameter(1, importId).executeUpdate();
        for (int i = 0; i < names.size(); i++) {
            em.createNativeQuery("INSERT INTO kpi_import_file (import_id, seq, file_name) VALUES (?1, ?2, ?3)")
                    .setParameter(1, importId).setParameter(2, i).setParameter(3, names.get(i)).executeUpdate();
        }
    }

    /** The file of a ZIP of reports whose problem as a whole ends the import. */
    @Transactional
    public void failedIn(long importId, String file) {
        imports.getImport(importId).failedIn(file);
    }

    /** Ends an import that found problems: nothing of it is published. */
    @Transactional
    public void reject(long importId, String key, Object... args) {
        KpiImport i = imports.getImport(importId);
        if (!i.getStatus().finished()) {
            i.reject(key, MessageArgs.toJson(args), clock.instant());
            audit.record("KPI_IMPORT", importId, "REJECTED", i.getUploadedBy(), key, null, null);
            rejected.fire(new com.csvendor.portal.kpi.entity.KpiRejected(importId));
        }
    }

    /** Ends an import that was interrupted (a fault, a crash, a shutdown): nothing of it is published. */
    @Transactional
    public boolean fail(long importId, String key, Object... args) {
        KpiImport i = imports.getImport(importId);
        if (i.getStatus().finished()) {
            return false;
        }
        i.fail(key, MessageArgs.toJson(args), clock.instant());
        audit.record("KPI_IMPORT", importId, "FAILED", "system", key, null, null);
        return true;
    }

    /**
     * Ends an import whose rows are all spooled: rejected for a problem with the file, for row
     * errors or for having no rows; otherwise published from the spool.
     */
    @Transactional
    public void finish(long importId, com.csvendor.portal.shared.BusinessException fileProblem, Spooled rows) {
        KpiImport i = imports.getImport(importId);
        if (i.getStatus().finished()) {
            return;
        }
        if (fileProblem != null) {
            reject(importId, fileProblem.messageKey(), fileProblem.arguments());
        } else if (i.getErrorCount() > 0) {
            reject(importId, "kpi.import.rowErrors", i.getErrorCount());
        } else if (i.getRowsImported() == 0) {
            reject(importId, "kpi.import.noRows");
        } else {
            publish(i, rows);
        }
    }

    /** Whether an import whose rows are all spooled is to be published: no file problem, no row errors, some rows. */
    @Transactional
    public boolean publishable(long importId, com.csvendor.portal.shared.BusinessException fileProblem) {
        KpiImport i = imports.getImport(importId);
        return fileProblem == null && !i.getStatus().finished() && i.getErrorCount() == 0 && i.getRowsImported() > 0;
    }

    /**
     * Publishes an import while its chunk step still spools the rows: loads them as they come
     * ({@link SpoolTail}), and once the tail is complete does the rest of {@link #publish} — all in
     * this one transaction, so nothing is visible before the import is published. Throws, rolling
     * back every row loaded, if the tail was aborted (row errors, a failed job) or the import turns
     * out not to be publishable after all.
     */
    @Transactional
    public long publishFollowing(long importId, SpoolTail tail) {
        long started = System.nanoTime();
        long written;
        try (Connection c = tables.connection(); java.io.InputStream in = tail.stream()) {
            written = tables.loadFollowing(c, in);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Publishing KPI import " + importId + ": " + e.getMessage(), e);
        }
        if (tail.aborted()) {
            throw new IllegalStateException("KPI import " + importId + " not published: " + tail.abortReason());
        }
        long loaded = System.nanoTime();
        // A locking read: the chunks' counts as committed now, whatever this transaction saw before.
        KpiImport i = em.find(KpiImport.class, importId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (i.getStatus().finished() || i.getErrorCount() > 0 || i.getRowsImported() == 0) {
            throw new IllegalStateException("KPI import " + importId + " is not publishable after all");
        }
        Spooled rows = new Spooled(null, tail.touched(), tail.sums());
        publishLoaded(i, rows, written, started, loaded, rollUp(i, rows));
        return written;
    }

    /** An import's spool, the stores and days its rows touch and their day sums ({@code null}: unknown). */
    public record Spooled(Path spool, List<RowKeys.StoreDays> touched, DaySums sums) {
    }

    /**
     * The one place an import is published: its rows replace the canonical ones, the rollups of the
     * days it touched are recomputed, its stores are recorded and it is marked published — all in
     * the caller's transaction.
     */
    private void publish(KpiImport i, Spooled rows) {
        long started = System.nanoTime();
        long written;
        try (Connection c = tables.connection()) {
            written = tables.load(c, rows.spool());
        } catch (SQLException e) {
            throw new IllegalStateException("Publishing KPI import " + i.getId() + ": " + e.getMessage(), e);
        }
        long loaded = System.nanoTime();
        publishLoaded(i, rows, written, started, loaded, rollUp(i, rows));
    }

    /**
     * The rollups of the days the rows touch and their receipts in the daily-report ledger; answers how
     * many stores' days came from the sums.
     * Its own connection handle, closed before EclipseLink writes (a handle left open across the
     * persistence context's work on a batch thread broke the next job's transaction: XAER_RMFAIL).
     */
    private int rollUp(KpiImport i, Spooled rows) {
        int fromSums = 0;
        Instant now = clock.instant();
        try (Connection c = tables.connection()) {
            tables.lockStores(c, rows.touched().stream().map(RowKeys.StoreDays::storeId).toList());
            for (RowKeys.StoreDays t : rows.touched()) {
                fromSums += tables.rollUp(c, i.getVendorId(), t, rows.sums()) ? 1 : 0;
                tables.recordReceipts(c, i.getId(), i.getVendorId(), t, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Publishing KPI import " + i.getId() + ": " + e.getMessage(), e);
        }
        return fromSums;
    }

    /** What follows the rows' load and rollups: the stores, the status, the audit and the event. */
    private void publishLoaded(KpiImport i, Spooled rows, long written, long started, long loaded, int fromSums) {
        long importId = i.getId();
        LocalDate first = null;
        LocalDate last = null;
        for (RowKeys.StoreDays t : rows.touched()) {
            em.persist(new KpiImportStore(importId, t.storeId()));
            first = first == null || t.first().isBefore(first) ? t.first() : first;
            last = last == null || t.last().isAfter(last) ? t.last() : last;
        }
        Instant now = clock.instant();
        i.published(first, last, now);
        audit.record("KPI_IMPORT", importId, "PUBLISHED", i.getUploadedBy(),
                i.getRowsImported() + " rows " + first + ".." + last + " " + i.getFileName(), null, null);
        published.fire(new com.csvendor.portal.kpi.entity.KpiPublished(importId, i.getVendorId(), rows.touched().stream()
                .map(t -> new com.csvendor.portal.kpi.entity.KpiPublished.StoreDates(t.storeId(), t.first(), t.last()))
                .toList()));
        long done = System.nanoTime();
        int summed = fromSums;
        LOG.info(() -> String.format("KPI import %d published: %d rows (%d written) in %d stores, records %d ms,"
                + " rollups %d ms (%d stores' days from the import's sums)%s", importId, i.getRowsImported(), written,
                rows.touched().size(), (loaded - started) / 1_000_000, (done - loaded) / 1_000_000, summed,
                rows.spool() == null ? ", loaded while the rows were read" : ""));
    }
}
