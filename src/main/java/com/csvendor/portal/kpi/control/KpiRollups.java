package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the maintained rollups ({@code kpi_vendor_store_day}, {@code kpi_vendor_store_month}), never
 * the raw agent-day rows: what SLA evaluation and the dashboards are computed from.
 */
@ApplicationScoped
public class KpiRollups {

    @PersistenceContext
    EntityManager em;

    /** A vendor's sums in a store for each day from {@code from} to {@code to} that has figures. */
    public SortedMap<LocalDate, KpiSums> days(long storeId, long vendorId, LocalDate from, LocalDate to) {
        SortedMap<LocalDate, KpiSums> out = new TreeMap<>();
        for (Object o : em.createNativeQuery("SELECT business_date, " + KpiSums.COLUMNS
                + " FROM kpi_vendor_store_day WHERE store_id = ?1 AND vendor_id = ?2"
                + " AND business_date BETWEEN ?3 AND ?4").setParameter(1, storeId).setParameter(2, vendorId)
                .setParameter(3, from).setParameter(4, to).getResultList()) {
            Object[] row = (Object[]) o;
            out.put(KpiTables.date(row[0]), KpiSums.of(row, 1));
        }
        return out;
    }
}
