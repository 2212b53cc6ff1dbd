package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored copies of uploads as the import records see them: bytes per vendor, and which may go. */
@ApplicationScoped
public class StoredUploads {

    /** One stored copy: the newest upload referring to it and the states of all imports that do. */
    public record Copy(String storedAs, Instant newestUpload, List<ImportStatus> states) {
    }

    @PersistenceContext
    EntityManager em;

    /** The bytes of the vendor's stored copies not yet removed (a copy shared by duplicates counts once). */
    public long storedBytes(long vendorId) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(size), 0) FROM (SELECT stored_as, MAX(file_size) AS size"
                + " FROM kpi_import WHERE vendor_id = ? AND file_removed_at IS NULL GROUP BY stored_as) copies")
                .setParameter(1, vendorId).getSingleResult();
        return ((Number) sum).longValue();
    }

    /** The copies not yet removed that some import uploaded before {@code cutoff} refers to. */
    public List<Copy> olderThan(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT stored_as, uploaded_at, status FROM kpi_import"
                + " WHERE file_removed_at IS NULL AND stored_as IN (SELECT stored_as FROM kpi_import"
                + " WHERE uploaded_at < ? AND file_removed_at IS NULL) ORDER BY stored_as")
                .setParameter(1, utc(cutoff)).getResultList();
        Map<String, Copy> copies = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String storedAs = (String) row[0];
            Instant uploaded = instant(row[1]);
            ImportStatus status = ImportStatus.valueOf((String) row[2]);
            Copy known = copies.get(storedAs);
            List<ImportStatus> states = known == null ? new ArrayList<>() : new ArrayList<>(known.states());
            states.add(status);
            Instant newest = known == null || uploaded.isAfter(known.newestUpload()) ? uploaded : known.newestUpload();
            copies.put(storedAs, new Copy(storedAs, newest, List.copyOf(states)));
        }
        return List.copyOf(copies.values());
    }

    /** Notes on every import referring to the copy that it is gone. */
    public void markRemoved(String storedAs, Instant at) {
        em.createNativeQuery("UPDATE kpi_import SET file_removed_at = ? WHERE stored_as = ?")
                .setParameter(1, utc(at)).setParameter(2, storedAs).executeUpdate();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        LocalDateTime local = value instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
