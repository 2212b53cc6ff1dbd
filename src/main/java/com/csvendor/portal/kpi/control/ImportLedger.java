package com.csvendor.portal.kpi.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.kpi.entity.KpiImportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The import job's bookkeeping, each method one transaction: an import starts, is rejected, fails
 * or is published. Publishing replaces the canonical records, recomputes the rollups, records the
 * stores and marks the import published in one transaction — the figures appear all at once.
 */
@ApplicationScoped
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

    private final Clock clock = Clock.systemUTC();

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
        imports.add(upload);
        audit.record("KPI_IMPORT", upload.getId(), original.isPresent() ? "DUPLICATE" : "UPLOADED",
                upload.getUploadedBy(), upload.getFileName() + " sha256=" + upload.getSha256(), null, null);
        return new Registered(upload, unused);
    }

    /** A recorded import and the stored file it does not need ({@code null} if none). */
    public record Registered(KpiImport kpiImport, String unusedFile) {
    }

    @Transactional
    public void started(long importId, long executionId) {
        imports.getImport(importId).started(executionId, clock.instant());
    }

    @Transactional
    public void described(long importId, String profileCode, String encoding, List<String> unknownColumns) {
        String unknown = unknownColumns.isEmpty() ? null : String.join(", ", unknownColumns);
        if (unknown != null && unknown.length() > 2000) {
            unknown = unknown.substring(0, 1999) + "…";
        }
        imports.getImport(importId).described(profileCode, encoding, unknown);
    }

    /** Ends an import that found problems: nothing of it is published. */
    @Transactional
    public void reject(long importId, String key, Object... args) {
        KpiImport i = imports.getImport(importId);
        if (!i.getStatus().finished()) {
            i.reject(key, MessageArgs.toJson(args), clock.instant());
            audit.record("KPI_IMPORT", importId, "REJECTED", i.getUploadedBy(), key, null, null);
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
     * Ends an import whose rows are all staged: rejected for a problem with the file, for row
     * errors or for having no rows; otherwise published.
     */
    @Transactional
    public void finish(long importId, com.csvendor.portal.shared.BusinessException fileProblem) {
        KpiImport i = imports.getImport(importId);
        if (fileProblem != null) {
            reject(importId, fileProblem.messageKey(), fileProblem.arguments());
        } else if (i.getErrorCount() > 0) {
            reject(importId, "kpi.import.rowErrors", i.getErrorCount());
        } else if (i.getRowsImported() == 0) {
            reject(importId, "kpi.import.noRows");
        } else {
            publish(i);
        }
    }

    private void publish(KpiImport i) {
        long importId = i.getId();
        long started = System.nanoTime();
        List<KpiTables.Touched> touched = tables.touched(importId);
        int written = tables.upsert(importId);
        long upserted = System.nanoTime();
        LocalDate first = null;
        LocalDate last = null;
        for (KpiTables.Touched t : touched) {
            tables.rollUp(i.getVendorId(), t);
            em.persist(new KpiImportStore(importId, t.storeId()));
            first = first == null || t.first().isBefore(first) ? t.first() : first;
            last = last == null || t.last().isAfter(last) ? t.last() : last;
        }
        Instant now = clock.instant();
        i.published(first, last, now);
        audit.record("KPI_IMPORT", importId, "PUBLISHED", i.getUploadedBy(),
                i.getRowsImported() + " rows " + first + ".." + last + " " + i.getFileName(), null, null);
        published.fire(new com.csvendor.portal.kpi.entity.KpiPublished(importId, i.getVendorId(), touched.stream()
                .map(t -> new com.csvendor.portal.kpi.entity.KpiPublished.StoreDates(t.storeId(), t.first(), t.last()))
                .toList()));
        LOG.info(() -> String.format("KPI import %d published: %d rows (%d written) in %d stores, records %d ms,"
                + " rollups %d ms", importId, i.getRowsImported(), written, touched.size(),
                (upserted - started) / 1_000_000, (System.nanoTime() - upserted) / 1_000_000));
    }

    /** Deletes up to {@code limit} staged rows of a finished import; answers how many went. */
    @Transactional
    public int clearStaging(long importId, boolean mysql, int limit) {
        return tables.clearStaging(importId, mysql, limit);
    }
}
