package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Finds the rows of an import that would replace a figure already in the portal with no figure:
 * publishing replaces a store's agent-day whole, so a row with an empty cell where the stored row
 * has a value would erase it (a cut-off or partial export). Such a row is an error unless the
 * uploader allowed it. Cheap where nothing is replaced, the common case: the days the vendor
 * already has in a store are read once per import from the day rollup, and only rows on those
 * days are looked up in {@code kpi_daily}, one query per store and chunk. Reads what is committed,
 * so the import's own load, running in its own transaction, is not seen. One per import.
 */
public final class EmptierFigures {

    private static final List<KpiField> STORED = KpiField.stored();

    private final long vendorId;
    private final Map<Long, Set<LocalDate>> publishedDays = new HashMap<>();

    public EmptierFigures(long vendorId) {
        this.vendorId = vendorId;
    }

    /**
     * The problem of each row that would empty a stored figure, by row number; {@code header}
     * names a field's column as the file writes it ({@code null}: the file has none).
     */
    public Map<Long, RowProblem> check(Connection c, List<RowResolver.Resolved> rows,
            BiFunction<Long, KpiField, String> header) throws SQLException {
        Map<Long, List<RowResolver.Resolved>> onPublishedDays = new HashMap<>();
        for (RowResolver.Resolved r : rows) {
            if (days(c, r.storeId()).contains(r.values().date())) {
                onPublishedDays.computeIfAbsent(r.storeId(), s -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, RowProblem> problems = new HashMap<>();
        for (Map.Entry<Long, List<RowResolver.Resolved>> store : onPublishedDays.entrySet()) {
            Map<String, Map<KpiField, String>> stored = stored(c, store.getKey(), store.getValue());
            for (RowResolver.Resolved r : store.getValue()) {
                Map<KpiField, String> existing = stored.get(key(r.agentId(), r.values().date()));
                KpiField emptied = existing == null ? null : firstEmptied(existing, r.values());
                if (emptied != null) {
                    String column = header.apply(r.values().rowNumber(), emptied);
                    String label = column != null ? column : emptied.templateHeader(false);
                    problems.put(r.values().rowNumber(), new RowProblem(r.values().rowNumber(), column,
                            column == null ? null : "", "kpi.row.emptier", label, r.values().date().toString(),
                            existing.get(emptied)));
                }
            }
        }
        return problems;
    }

    /** The first stored field that has a figure in the portal and none in the row, or {@code null}. */
    static KpiField firstEmptied(Map<KpiField, String> existing, KpiValues row) {
        for (KpiField field : STORED) {
            if (existing.get(field) != null && !row.has(field)) {
                return field;
            }
        }
        return null;
    }

    private Set<LocalDate> days(Connection c, long storeId) throws SQLException {
        Set<LocalDate> days = publishedDays.get(storeId);
        if (days == null) {
            days = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT business_date FROM kpi_vendor_store_day"
                    + " WHERE store_id = ? AND vendor_id = ?")) {
                ps.setLong(1, storeId);
                ps.setLong(2, vendorId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(rs.getDate(1).toLocalDate());
                    }
                }
            }
            publishedDays.put(storeId, days);
        }
        return days;
    }

    /** The stored figures of the rows' agents and days in a store, as text, by agent and day. */
    private static Map<String, Map<KpiField, String>> stored(Connection c, long storeId,
            List<RowResolver.Resolved> rows) throws SQLException {
        Set<Long> agents = rows.stream().map(RowResolver.Resolved::agentId).collect(Collectors.toSet());
        LocalDate first = rows.stream().map(r -> r.values().date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(r -> r.values().date()).max(LocalDate::compareTo).orElseThrow();
        Map<String, Map<KpiField, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT agent_id, business_date, "
                + STORED.stream().map(KpiField::column).collect(Collectors.joining(", "))
                + " FROM kpi_daily WHERE store_id = ? AND business_date BETWEEN ? AND ? AND agent_id IN ("
                + String.join(", ", Collections.nCopies(agents.size(), "?")) + ")")) {
            int i = 0;
            ps.setLong(++i, storeId);
            ps.setDate(++i, Date.valueOf(first));
            ps.setDate(++i, Date.valueOf(last));
            for (long agent : agents) {
                ps.setLong(++i, agent);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<KpiField, String> figures = new HashMap<>();
                    for (int f = 0; f < STORED.size(); f++) {
                        figures.put(STORED.get(f), rs.getString(3 + f));
                    }
                    out.put(key(rs.getLong(1), rs.getDate(2).toLocalDate()), figures);
                }
            }
        }
        return out;
    }

    private static String key(long agentId, LocalDate date) {
        return agentId + "/" + date;
    }
}
