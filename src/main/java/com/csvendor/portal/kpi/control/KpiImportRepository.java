package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.ImportStatus;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class KpiImportRepository {

    @PersistenceContext
    EntityManager em;

    public KpiImport add(KpiImport kpiImport) {
        em.persist(kpiImport);
        em.flush();
        return kpiImport;
    }

    public Optional<KpiImport> findImport(long id) {
        return Optional.ofNullable(em.find(KpiImport.class, id));
    }

    public KpiImport getImport(long id) {
        return findImport(id).orElseThrow(() -> new NotFoundException("kpiImport", id));
    }

    /** The first published import of the vendor with these bytes. */
    public Optional<KpiImport> findPublished(String sha256, long vendorId) {
        return em.createNamedQuery("KpiImport.findPublishedBySha", KpiImport.class).setParameter("sha", sha256)
                .setParameter("vendorId", vendorId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Imports still queued or running whose job has not been heard of since {@code before}. */
    public List<KpiImport> findStale(Instant before) {
        return em.createNamedQuery("KpiImport.findStale", KpiImport.class)
                .setParameter("statuses", EnumSet.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .setParameter("before", before).getResultList();
    }

    /** Imports still queued or running that this portal instance was running. */
    public List<KpiImport> findUnfinishedOf(String instance) {
        return em.createNamedQuery("KpiImport.findUnfinishedOf", KpiImport.class)
                .setParameter("statuses", EnumSet.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .setParameter("instance", instance).getResultList();
    }

    /**
     * Newest first. {@code vendorId} and {@code storeIds} narrow to a scope when not null: a store
     * manager sees the imports that concern one of their stores.
     */
    public List<KpiImport> history(Long vendorId, Collection<Long> storeIds, int max) {
        return history(vendorId, storeIds, null, null, null, max);
    }

    /**
     * As {@link #history(Long, Collection, int)}, narrowed further to the imports that concern
     * {@code storeId} and whose report dates overlap {@code from} – {@code to}, each when not null.
     */
    public List<KpiImport> history(Long vendorId, Collection<Long> storeIds, Long storeId, LocalDate from,
            LocalDate to, int max) {
        StringBuilder jpql = new StringBuilder("SELECT i FROM KpiImport i WHERE 1 = 1");
        if (vendorId != null) {
            jpql.append(" AND i.vendorId = :vendorId");
        }
        if (storeIds != null) {
            if (storeIds.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND (i.storeId IN :storeIds OR i.id IN (SELECT s.importId FROM KpiImportStore s"
                    + " WHERE s.storeId IN :storeIds))");
        }
        if (storeId != null) {
            jpql.append(" AND (i.storeId = :storeId OR i.id IN (SELECT t.importId FROM KpiImportStore t"
                    + " WHERE t.storeId = :storeId))");
        }
        if (from != null) {
            jpql.append(" AND i.lastDate >= :from");
        }
        if (to != null) {
            jpql.append(" AND i.firstDate <= :to");
        }
        var query = em.createQuery(jpql.append(" ORDER BY i.id DESC").toString(), KpiImport.class).setMaxResults(max);
        if (vendorId != null) {
            query.setParameter("vendorId", vendorId);
        }
        if (storeIds != null) {
            query.setParameter("storeIds", storeIds);
        }
        if (storeId != null) {
            query.setParameter("storeId", storeId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    /**
     * The codes of the imports' upload stores, in one query (a history page must not ask per import).
     * Asked for an import without an upload store (the file names its stores), the map answers null.
     */
    public java.util.Map<Long, String> storeCodes(Collection<KpiImport> kpiImports) {
        java.util.Set<Long> ids = kpiImports.stream().map(KpiImport::getStoreId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        if (ids.isEmpty()) {
            // Not Map.of(): its get(null) throws, and a history of such imports answered 500.
            return java.util.Collections.emptyMap();
        }
        return em.createQuery("SELECT s.id, s.code FROM Store s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** Whether one of the stores is among those the import concerns. */
    public boolean concernsAny(KpiImport kpiImport, Collection<Long> storeIds) {
        if (kpiImport.getStoreId() != null && storeIds.contains(kpiImport.getStoreId())) {
            return true;
        }
        return !storeIds.isEmpty() && em.createQuery("SELECT COUNT(s) FROM KpiImportStore s WHERE s.importId = :id"
                + " AND s.storeId IN :storeIds", Long.class).setParameter("id", kpiImport.getId())
                .setParameter("storeIds", storeIds).getSingleResult() > 0;
    }

    public List<ImportError> errors(long importId, int max) {
        List<?> rows = em.createNativeQuery("SELECT row_no, column_name, cell_value, message_key, message_args"
                + " FROM kpi_import_error WHERE import_id = ?1 ORDER BY seq").setParameter(1, importId)
                .setMaxResults(max).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new ImportError(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** The files of an import read from a ZIP of reports, in reading order; empty for a single report. */
    public List<String> files(long importId) {
        return em.createNativeQuery("SELECT file_name FROM kpi_import_file WHERE import_id = ?1 ORDER BY seq")
                .setParameter(1, importId).getResultList().stream().map(String.class::cast).toList();
    }

    /** The files of those imports read from a ZIP of reports, by import, in reading order. */
    public java.util.Map<Long, List<String>> files(Collection<KpiImport> kpiImports) {
        if (kpiImports.isEmpty()) {
            return java.util.Map.of();
        }
        // The ids are numbers the portal generated, so they are written into the statement.
        String ids = kpiImports.stream().map(i -> Long.toString(i.getId())).collect(java.util.stream.Collectors.joining(","));
        List<?> rows = em.createNativeQuery("SELECT import_id, file_name FROM kpi_import_file WHERE import_id IN ("
                + ids + ") ORDER BY import_id, seq").getResultList();
        java.util.Map<Long, List<String>> files = new java.util.HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            files.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>()).add((String) r[1]);
        }
        return files;
    }

    public List<UnknownAccountRow> unknownAccounts(long importId) {
        List<?> rows = em.createNativeQuery("SELECT u.store_id, s.code, u.account_name, u.first_row"
                + " FROM kpi_import_unknown_account u JOIN store s ON s.id = u.store_id WHERE u.import_id = ?1"
                + " ORDER BY u.first_row").setParameter(1, importId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new UnknownAccountRow(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    /** One stored row error: its message key and arguments (JSON array of strings). */
    public record ImportError(long row, String column, String value, String key, String argsJson) {
    }

    public record UnknownAccountRow(long storeId, String storeCode, String account, long firstRow) {
    }
}
