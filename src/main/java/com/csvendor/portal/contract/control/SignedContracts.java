package com.csvendor.portal.contract.control;

import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.TermsJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The signed contracts of a set of stores over a period as dashboards need them — dates, parties
 * and version dates in one query, without loading the entities or their terms. A version's terms
 * never change once signed, so each is read from its document once and kept.
 */
@ApplicationScoped
public class SignedContracts {

    private static final int MAX_CACHED = 10_000;

    private final Map<Long, ContractTerms> termsByVersion = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** A version: its id (for its terms) and the day it takes effect. */
    public record VersionDate(long id, int number, LocalDate effectiveFrom) {
    }

    /** A signed contract's parties, dates and versions in order. */
    public record Signed(long id, long storeId, long vendorId, String vendorName, ContractStatus status,
            LocalDate statusSince, LocalDate start, LocalDate end, List<VersionDate> versions) {
    }

    /** Signed (not draft) contracts of the stores whose dates overlap the days from {@code from} to {@code to}. */
    public List<Signed> overlapping(Collection<Long> storeIds, LocalDate from, LocalDate to) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        String stores = storeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Signed> out = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("SELECT c.id, c.store_id, c.vendor_id, v.name, c.status, c.status_since,"
                + " c.start_date, c.end_date, cv.id, cv.number, cv.effective_from FROM contract c"
                + " JOIN vendor v ON v.id = c.vendor_id JOIN contract_version cv ON cv.contract_id = c.id"
                + " WHERE c.store_id IN (" + stores + ") AND c.status <> 'DRAFT' AND c.start_date <= ?1"
                + " AND c.end_date >= ?2 ORDER BY c.id, cv.number").setParameter(1, to).setParameter(2, from)
                .getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            Signed s = out.computeIfAbsent(id, k -> new Signed(k, ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), (String) r[3], ContractStatus.valueOf((String) r[4]), date(r[5]),
                    date(r[6]), date(r[7]), new ArrayList<>()));
            s.versions().add(new VersionDate(((Number) r[8]).longValue(), ((Number) r[9]).intValue(), date(r[10])));
        }
        return List.copyOf(out.values());
    }

    /** A signed version's terms, read once; not to be changed by the caller. */
    public ContractTerms terms(long versionId) {
        if (termsByVersion.size() > MAX_CACHED) {
            termsByVersion.clear();
        }
        return termsByVersion.computeIfAbsent(versionId, id -> TermsJson.read((String) em.createNativeQuery(
                "SELECT terms FROM contract_version WHERE id = ?1").setParameter(1, id).getSingleResult()));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
