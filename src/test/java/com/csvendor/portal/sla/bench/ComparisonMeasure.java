package com.csvendor.portal.sla.bench;

import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.bench.ProcessCpu;
import com.csvendor.portal.kpi.control.KpiTables;
import com.csvendor.portal.security.Api.Login;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The timings of the comparison benchmark: the comparison API at the HTTP client (sequential
 * requests after a warm-up), and beside it the same aggregation by vendor run directly over the raw
 * {@code kpi_daily} rows and over the month rollup, through JDBC. The raw and the rollup answers
 * are compared sum by sum, so the rollups measured are the right ones.
 */
final class ComparisonMeasure {

    /** Latencies in milliseconds and what was measured. */
    record Timings(String label, int count, double[] millis, String note) {

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        double max() {
            return Arrays.stream(millis).max().orElse(Double.NaN);
        }
    }

    private final Connection db;
    private final PortfolioShape shape;
    private final long[] storeIds;
    private final PrintStream log;

    ComparisonMeasure(Connection db, PortfolioShape shape, long[] storeIds, PrintStream log) {
        this.db = db;
        this.shape = shape;
        this.storeIds = storeIds;
        this.log = log;
    }

    static String rawSql(int stores) {
        return "SELECT vendor_id, " + KpiTables.rollupExpressions(false) + " FROM kpi_daily WHERE store_id IN ("
                + placeholders(stores) + ") AND business_date BETWEEN ? AND ? GROUP BY vendor_id ORDER BY vendor_id";
    }

    static String monthRollupSql(int stores) {
        return "SELECT vendor_id, " + KpiTables.rollupExpressions(true) + " FROM kpi_vendor_store_month"
                + " WHERE store_id IN (" + placeholders(stores) + ") AND month_start BETWEEN ? AND ?"
                + " GROUP BY vendor_id ORDER BY vendor_id";
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Runs a query {@code runs} times after one unmeasured run; fails if the answers differ from {@code expected}. */
    Timings sql(String label, String sql, long[] stores, int runs, List<String> expected, List<List<String>> answer)
            throws SQLException {
        if (runs == 0) {
            return new Timings(label, 0, new double[0], "not run");
        }
        List<String> first = null;
        double[] millis = new double[runs];
        for (int i = -1; i < runs; i++) {
            long t = System.nanoTime();
            List<String> rows = query(sql, stores);
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= 0) {
                millis[i] = ms;
            }
            if (first == null) {
                first = rows;
            }
        }
        if (expected != null && !expected.equals(first)) {
            throw new IllegalStateException(label + " does not give the raw rows' sums:\n" + first + "\n" + expected);
        }
        if (answer != null) {
            answer.add(first);
        }
        log.printf("%s: %d runs, p50 %.1f ms%n", label, runs, new Timings(label, runs, millis, "").percentile(50));
        return new Timings(label, runs, millis, first.size() + " vendors");
    }

    private List<String> query(String sql, long[] stores) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            int i = 1;
            for (long id : stores) {
                q.setLong(i++, id);
            }
            q.setDate(i++, Date.valueOf(shape.firstDate().withDayOfMonth(1)));
            q.setDate(i, Date.valueOf(shape.lastDate()));
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        BigDecimal v = rs.getBigDecimal(c);
                        row.append(v == null ? "null" : v.stripTrailingZeros().toPlainString()).append(' ');
                    }
                    rows.add(row.toString().trim());
                }
            }
            return rows;
        }
    }

    /**
     * GETs the comparison of the stores over the shape's year, {@code warmup} then {@code requests}
     * times; notes the CPU the server and the database spent per measured request (when their pids
     * are known), a figure the machine's load disturbs less than the latency.
     */
    Timings api(String label, URI base, String path, Login login, int[] stores, int warmup, int requests,
            long serverPid, long dbPid) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String codes = Arrays.stream(stores).mapToObj(shape::storeCode).collect(Collectors.joining(","));
        URI uri = base.resolve(path + "?stores=" + URLEncoder.encode(codes, StandardCharsets.UTF_8)
                + "&from=" + shape.firstDate() + "&to=" + shape.lastDate());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                .header("Authorization", login.authorization()).header("Accept", "application/json").GET().build();
        double[] millis = new double[requests];
        long bytes = 0;
        double serverCpu = 0;
        double dbCpu = 0;
        for (int i = -warmup; i < requests; i++) {
            if (i == 0) {
                serverCpu = ProcessCpu.seconds(serverPid);
                dbCpu = ProcessCpu.seconds(dbPid);
            }
            long t = System.nanoTime();
            HttpResponse<byte[]> reply = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - t) / 1e6;
            if (reply.statusCode() != 200) {
                String body = new String(reply.body(), StandardCharsets.UTF_8);
                return new Timings(label, 0, new double[0], "GET " + path + " answered " + reply.statusCode() + " "
                        + body.substring(0, Math.min(200, body.length())));
            }
            if (i >= 0) {
                millis[i] = ms;
                bytes = reply.body().length;
            }
        }
        serverCpu = (ProcessCpu.seconds(serverPid) - serverCpu) * 1000 / requests;
        dbCpu = (ProcessCpu.seconds(dbPid) - dbCpu) * 1000 / requests;
        log.printf("%s: %d requests, p50 %.1f ms, %d bytes%n", label, requests,
                new Timings(label, requests, millis, "").percentile(50), bytes);
        return new Timings(label, requests, millis, String.format("%d bytes of JSON; CPU per request: server %.1f ms,"
                + " database %.1f ms", bytes, serverCpu, dbCpu));
    }

    long[] storeIds(int[] stores) {
        return Arrays.stream(stores).mapToLong(s -> storeIds[s]).toArray();
    }
}
