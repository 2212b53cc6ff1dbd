package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.control.KpiRollups.StoreVendor;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contract's daily-report ledger from the stored receipts ({@code kpi_report_day}) and day sums
 * ({@code kpi_vendor_store_day}) of its store and vendor — two set-wise reads, then
 * {@link ReportLedger}. Many contracts' receipts are read together by {@link #receipts(Collection,
 * LocalDate, LocalDate)}: one query for all their vendor-store pairs.
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
        return of(c, from, to, now, days, receipts(c.getStore().getId(), c.getVendor().getId(), from, to));
    }

    /**
     * With the day sums and the receipts of the contract's store and vendor already read (covering
     * from..to at least: days outside it are not looked at).
     */
    public static List<ReportDay> of(Contract c, LocalDate from, LocalDate to, Instant now,
            Map<LocalDate, KpiSums> days, Map<LocalDate, ReportLedger.Receipt> receipts) {
        return of(c, ContractVersion::getTerms, from, to, now, days, receipts);
    }

    /** With the versions' terms as {@code termsOf} gives them (an evaluation copies each out of its version once). */
    static List<ReportDay> of(Contract c, Function<ContractVersion, ContractTerms> termsOf, LocalDate from,
            LocalDate to, Instant now, Map<LocalDate, KpiSums> days, Map<LocalDate, ReportLedger.Receipt> receipts) {
        return ReportLedger.days(c.dates(), v -> termsOf.apply(v).getPenalties().getDailyReport(), from, to, now,
                receipts, days);
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
        StoreVendor pair = new StoreVendor(storeId, vendorId);
        return receipts(List.of(pair), from, to).get(pair);
    }

    /**
     * The receipts of many vendor-store pairs from {@code from} to {@code to}, in one query (as
     * {@link KpiRollups#days(Collection, LocalDate, LocalDate)} reads their day sums): each pair's
     * first receipt of each day that has one (a pair without any maps to an empty map).
     */
    public Map<StoreVendor, Map<LocalDate, ReportLedger.Receipt>> receipts(Collection<StoreVendor> pairs,
            LocalDate from, LocalDate to) {
        Map<StoreVendor, Map<LocalDate, ReportLedger.Receipt>> out = new HashMap<>();
        pairs.forEach(p -> out.put(p, new HashMap<>()));
        if (pairs.isEmpty() || to.isBefore(from)) {
            return out;
        }
        for (Object o : em.createNativeQuery("SELECT store_id, vendor_id, business_date, import_id, received_at"
                + " FROM kpi_report_day WHERE " + KpiRollups.pairsIn(pairs)
                + " AND business_date BETWEEN ?1 AND ?2").setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] row = (Object[]) o;
            Map<LocalDate, ReportLedger.Receipt> days = out.get(new StoreVendor(((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue()));
            if (days != null) {
                days.put(KpiTables.date(row[2]), new ReportLedger.Receipt(((Number) row[3]).longValue(),
                        utc(row[4])));
            }
        }
        return out;
    }

    private static Instant utc(Object value) {
        LocalDateTime t = value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
        return t.toInstant(ZoneOffset.UTC);
    }
}
