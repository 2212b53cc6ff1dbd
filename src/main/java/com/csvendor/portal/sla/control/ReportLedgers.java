package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.kpi.control.KpiTables;
import com.csvendor.portal.kpi.entity.KpiSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A contract's daily-report ledger from the stored receipts ({@code kpi_report_day}) and day sums
 * ({@code kpi_vendor_store_day}) of its store and vendor — two set-wise reads, then
 * {@link ReportLedger}.
 */
@ApplicationScoped
public class ReportLedgers {

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiRollups rollups;

    public List<ReportDay> of(Contract c, LocalDate from, LocalDate to, Instant now) {
        return of(c, from, to, now, rollups.days(c.getStore().getId(), c.getVendor().getId(), from, to));
    }

    /** With the day sums of the contract's store and vendor already read (covering from..to). */
    public List<ReportDay> of(Contract c, LocalDate from, LocalDate to, Instant now, Map<LocalDate, KpiSums> days) {
        return ReportLedger.days(c.dates(), v -> v.getTerms().getPenalties().getDailyReport(), from, to, now,
                receipts(c.getStore().getId(), c.getVendor().getId(), from, to), days);
    }

    /** The fines of the days whose report is missing past its due time under the fixed-fine rule, by day. */
    public static SortedMap<LocalDate, BigDecimal> fines(List<ReportDay> days) {
        SortedMap<LocalDate, BigDecimal> out = new TreeMap<>();
        days.stream().filter(d -> d.status().missing() && d.rule() == MissingReportRule.FIXED_FINE && d.fine() != null)
                .forEach(d -> out.put(d.day(), d.fine()));
        return out;
    }

    /** The days of from..to whose report is missing past its due time, under the given rule. */
    public static Set<LocalDate> missing(List<ReportDay> days, MissingReportRule rule) {
        return days.stream().filter(d -> d.status().missing() && d.rule() == rule).map(ReportDay::day)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Map<LocalDate, ReportLedger.Receipt> receipts(long storeId, long vendorId, LocalDate from, LocalDate to) {
        Map<LocalDate, ReportLedger.Receipt> out = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT business_date, import_id, received_at FROM kpi_report_day"
                + " WHERE store_id = ?1 AND vendor_id = ?2 AND business_date BETWEEN ?3 AND ?4")
                .setParameter(1, storeId).setParameter(2, vendorId).setParameter(3, from).setParameter(4, to)
                .getResultList()) {
            Object[] row = (Object[]) o;
            out.put(KpiTables.date(row[0]), new ReportLedger.Receipt(((Number) row[1]).longValue(), utc(row[2])));
        }
        return out;
    }

    private static Instant utc(Object value) {
        LocalDateTime t = value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
        return t.toInstant(ZoneOffset.UTC);
    }
}
