package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the maintained rollups ({@code kpi_vendor_store_day}, {@code kpi_vendor_store_month}), never
 * the raw agent-day rows: what SLA evaluation and the dashboards are computed from. The one
 * exception is {@link #agents}, a drill-down bounded to one vendor, its stores and a period.
 */
@ApplicationScoped
public class KpiRollups {

    @PersistenceContext
    EntityManager em;

    /** The first day a vendor has figures in a store, if any. */
    public Optional<LocalDate> firstDay(long storeId, long vendorId) {
        Object first = em.createNativeQuery("SELECT MIN(business_date) FROM kpi_vendor_store_day"
                + " WHERE store_id = ?1 AND vendor_id = ?2").setParameter(1, storeId).setParameter(2, vendorId)
                .getSingleResult();
        return Optional.ofNullable(first).map(KpiTables::date);
    }

    /** A vendor's sums in a store for each day from {@code from} to {@code to} that has figures. */
    public SortedMap<LocalDate, KpiSums> days(long storeId, long vendorId, LocalDate from, LocalDate to) {
        StoreVendor pair = new StoreVendor(storeId, vendorId);
        return days(List.of(pair), from, to).get(pair);
    }

    /** A vendor in a store: whose day sums a contract is judged and priced on. */
    public record StoreVendor(long storeId, long vendorId) {
    }

    /**
     * The condition {@code store_id IN (…) AND vendor_id IN (…)} covering the pairs (ids are numbers,
     * written as such); it lets through other pairs of those stores and vendors, which the caller skips.
     */
    public static String pairsIn(Collection<StoreVendor> pairs) {
        return "store_id IN (" + pairs.stream().map(p -> String.valueOf(p.storeId())).distinct()
                .collect(Collectors.joining(",")) + ") AND vendor_id IN (" + pairs.stream()
                .map(p -> String.valueOf(p.vendorId())).distinct().collect(Collectors.joining(",")) + ")";
    }

    /**
     * {@link #days} of many vendor-store pairs at once, in one query: each pair's sums for each day
     * from {@code from} to {@code to} that has figures (a pair without any maps to an empty map).
     */
    public Map<StoreVendor, SortedMap<LocalDate, KpiSums>> days(Collection<StoreVendor> pairs, LocalDate from,
            LocalDate to) {
        Map<StoreVendor, SortedMap<LocalDate, KpiSums>> out = new HashMap<>();
        pairs.forEach(p -> out.put(p, new TreeMap<>()));
        if (pairs.isEmpty() || to.isBefore(from)) {
            return out;
        }
        for (Object o : em.createNativeQuery("SELECT store_id, vendor_id, business_date, " + KpiSums.COLUMNS
                + " FROM kpi_vendor_store_day WHERE " + pairsIn(pairs)
                + " AND business_date BETWEEN ?1 AND ?2").setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] row = (Object[]) o;
            SortedMap<LocalDate, KpiSums> days = out.get(new StoreVendor(((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue()));
            if (days != null) {
                days.put(KpiTables.date(row[2]), KpiSums.of(row, 3));
            }
        }
        return out;
    }

    /** The sums of one vendor in one store and calendar month, over the days from {@code from} to {@code to}. */
    public record MonthCell(long storeId, long vendorId, LocalDate month, KpiSums sums) {
    }

    /**
     * Every vendor's sums in the stores, per store and calendar month, over the days from
     * {@code from} to {@code to}, in one query: whole months from the month rollup, the partial
     * months at either edge summed from the day rollup.
     */
    public List<MonthCell> months(Collection<Long> storeIds, LocalDate from, LocalDate to) {
        if (storeIds.isEmpty() || from.isAfter(to)) {
            return List.of();
        }
        String stores = storeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> parts = new ArrayList<>();
        List<LocalDate> params = new ArrayList<>();
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWhole = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to.withDayOfMonth(1)
                : to.withDayOfMonth(1).minusMonths(1);
        if (!firstWhole.isAfter(lastWhole)) {
            parts.add("SELECT store_id, vendor_id, month_start, " + KpiSums.COLUMNS + " FROM kpi_vendor_store_month"
                    + " WHERE store_id IN (" + stores + ") AND month_start BETWEEN ?" + (params.size() + 1) + " AND ?"
                    + (params.size() + 2));
            params.add(firstWhole);
            params.add(lastWhole);
        }
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            if (!month.isBefore(firstWhole) && !month.isAfter(lastWhole)) {
                continue;
            }
            LocalDate start = month.isBefore(from) ? from : month;
            LocalDate end = month.plusMonths(1).minusDays(1).isAfter(to) ? to : month.plusMonths(1).minusDays(1);
            int p = params.size();
            parts.add("SELECT store_id, vendor_id, CAST(?" + (p + 1) + " AS DATE), " + sums()
                    + " FROM kpi_vendor_store_day WHERE store_id IN (" + stores + ") AND business_date BETWEEN ?"
                    + (p + 2) + " AND ?" + (p + 3) + " GROUP BY store_id, vendor_id");
            params.add(month);
            params.add(start);
            params.add(end);
        }
        Query q = em.createNativeQuery(String.join(" UNION ALL ", parts));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<MonthCell> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new MonthCell(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    KpiTables.date(row[2]), KpiSums.of(row, 3)));
        }
        return out;
    }

    /** The sums of one vendor in one store over the days from {@code from} to {@code to} (day rollup). */
    public KpiSums between(long storeId, long vendorId, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT " + sums() + " FROM kpi_vendor_store_day"
                + " WHERE store_id = ?1 AND vendor_id = ?2 AND business_date BETWEEN ?3 AND ?4")
                .setParameter(1, storeId).setParameter(2, vendorId).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        return row[0] == null ? KpiSums.ZERO : KpiSums.of(row, 0);
    }

    /** One agent's sums in one store: a row of the drill-down. */
    public record AgentCell(long agentId, String agentName, long storeId, KpiSums sums) {
    }

    /**
     * A vendor's agents in the stores over the days from {@code from} to {@code to}, per agent and
     * store, from the agent-day records: bounded by one vendor, a few stores and the period.
     */
    public List<AgentCell> agents(long vendorId, Collection<Long> storeIds, LocalDate from, LocalDate to) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        String stores = storeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<AgentCell> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT d.agent_id, MAX(a.display_name), d.store_id, "
                + KpiTables.dailySums() + " FROM kpi_daily d JOIN agent a ON a.id = d.agent_id"
                + " WHERE d.vendor_id = ?1 AND d.store_id IN (" + stores + ") AND d.business_date BETWEEN ?2 AND ?3"
                + " GROUP BY d.agent_id, d.store_id").setParameter(1, vendorId).setParameter(2, from)
                .setParameter(3, to).getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new AgentCell(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                    KpiSums.of(row, 3)));
        }
        return out;
    }

    private static String sums() {
        return java.util.Arrays.stream(KpiSums.COLUMNS.split(",")).map(c -> "SUM(" + c.trim() + ")")
                .collect(Collectors.joining(", "));
    }
}
