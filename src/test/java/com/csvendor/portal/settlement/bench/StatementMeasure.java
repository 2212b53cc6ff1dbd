package com.csvendor.portal.settlement.bench;

import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.kpi.control.KpiTables;
import com.csvendor.portal.security.Api.Login;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the settlement benchmark measures besides the SLA evaluation (the seeder's): removing the
 * benchmark's statements (so a round generates them all again), reading each contract's inputs of
 * the month by plain SQL (the floor: what generation cannot do with less), the generation call
 * itself, and checking what it wrote.
 */
final class StatementMeasure {

    /** One generation call: HTTP status, wall seconds, statements the answer lists, the body's start on failure. */
    record Call(int status, double seconds, int listed, String problem) {
    }

    /** What the database holds for the month's statements of the benchmark's contracts, and the sums that must agree. */
    record Check(long statements, long lines, long finals, long withPenalty, long withDeposit, BigDecimal lineSum,
            BigDecimal subtotalPlusDeposits, BigDecimal amountDue, long mismatched, String byModel) {

        boolean agrees() {
            return mismatched == 0 && lineSum.compareTo(subtotalPlusDeposits) == 0;
        }
    }

    private final Connection db;
    private final PortfolioShape shape;

    StatementMeasure(Connection db, PortfolioShape shape) {
        this.db = db;
        this.shape = shape;
    }

    private String ours() {
        return " JOIN contract c ON c.id = s.contract_id WHERE c.number LIKE '" + shape.contractPrefix() + "%'";
    }

    /** Deletes the benchmark contracts' statements (adjustments first), their lines and invoices; answers how many. */
    int deleteStatements() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE i FROM statement_invoice i JOIN statement s ON s.id = i.statement_id" + ours());
            st.executeUpdate("DELETE l FROM statement_line l JOIN statement s ON s.id = l.statement_id" + ours());
            st.executeUpdate("DELETE s FROM statement s" + ours() + " AND s.adjusts_id IS NOT NULL");
            return st.executeUpdate("DELETE s FROM statement s" + ours());
        }
    }

    /** Statements of the benchmark's contracts now (any cycle). */
    long statements() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM statement s"
                + ours())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * For every contract, the inputs of its month by plain SQL: its versions' terms, the vendor-store
     * day rollups of the month (the KPI sums fees are priced on), its SLA results and incidents of the
     * month. Answers the seconds; the rows read go to {@code rows[0]}.
     */
    double readInputs(long[] rows) throws SQLException {
        List<long[]> contracts = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT s.id, s.store_id, s.vendor_id"
                + " FROM contract s WHERE s.number LIKE '" + shape.contractPrefix() + "%' ORDER BY s.id")) {
            while (rs.next()) {
                contracts.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        Date from = Date.valueOf(shape.firstDate());
        Date to = Date.valueOf(shape.lastDate());
        long start = System.nanoTime();
        long read = 0;
        try (PreparedStatement versions = db.prepareStatement("SELECT * FROM contract_version WHERE contract_id = ?");
                PreparedStatement days = db.prepareStatement("SELECT business_date, " + KpiTables.rollupColumns()
                        + " FROM kpi_vendor_store_day WHERE store_id = ? AND vendor_id = ? AND business_date BETWEEN ? AND ?");
                PreparedStatement results = db.prepareStatement("SELECT * FROM sla_result WHERE contract_id = ?"
                        + " AND window_start <= ? AND window_end >= ?");
                PreparedStatement incidents = db.prepareStatement("SELECT * FROM sla_incident WHERE contract_id = ?"
                        + " AND occurred_on BETWEEN ? AND ?")) {
            for (long[] c : contracts) {
                versions.setLong(1, c[0]);
                read += drain(versions);
                days.setLong(1, c[1]);
                days.setLong(2, c[2]);
                days.setDate(3, from);
                days.setDate(4, to);
                read += drain(days);
                results.setLong(1, c[0]);
                results.setDate(2, to);
                results.setDate(3, from);
                read += drain(results);
                incidents.setLong(1, c[0]);
                incidents.setDate(2, from);
                incidents.setDate(3, to);
                read += drain(incidents);
            }
        }
        rows[0] = read;
        return (System.nanoTime() - start) / 1e9;
    }

    private static long drain(PreparedStatement q) throws SQLException {
        long n = 0;
        try (ResultSet rs = q.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    /** POSTs {@code {"upTo": ...}} to the generation route as {@code login}, waiting as long as it takes. */
    static Call generate(URI base, String route, Login login, String upTo) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(route)).timeout(Duration.ofHours(1))
                .header("Authorization", login.authorization()).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("upTo", upTo).build()
                        .toString())).build();
        long start = System.nanoTime();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (reply.statusCode() / 100 != 2) {
            return new Call(reply.statusCode(), seconds, 0,
                    reply.body().substring(0, Math.min(300, reply.body().length())));
        }
        if (reply.statusCode() == 202 && reply.headers().firstValue("Location").isPresent()) {
            return followed(http, URI.create(reply.headers().firstValue("Location").get()), login, start);
        }
        return new Call(reply.statusCode(), seconds, listed(reply.body()), null);
    }

    /**
     * A background job (202 + Location): polled every 100 ms until it ends, so the time is the
     * generation's; "listed" is the number of statements its summary says were written.
     */
    private static Call followed(HttpClient http, URI job, Login login, long start) throws Exception {
        HttpRequest poll = HttpRequest.newBuilder(job).timeout(Duration.ofSeconds(30))
                .header("Authorization", login.authorization()).header("Accept", "application/json").GET().build();
        while (true) {
            HttpResponse<String> reply = http.send(poll, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (reply.statusCode() != 200) {
                return new Call(reply.statusCode(), seconds, 0, "polling " + job + ": " + reply.body());
            }
            JsonObject status;
            try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
                status = reader.readObject();
            }
            switch (status.getString("state")) {
                case "DONE" -> {
                    String summary = status.getString("summary", "");
                    String count = summary.startsWith("No ") ? "0" : summary.split(" ", 2)[0].replace(",", "");
                    return new Call(200, seconds, count.matches("\\d+") ? Integer.parseInt(count) : -1, null);
                }
                case "FAILED" -> {
                    return new Call(500, seconds, 0, "job failed: " + status.getString("error", ""));
                }
                default -> Thread.sleep(100);
            }
        }
    }

    /** How many statements an answer lists: a JSON array, or an object holding one (whatever the route answers). */
    private static int listed(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonStructure json = reader.read();
            if (json instanceof JsonArray array) {
                return array.size();
            }
            for (JsonValue v : json.asJsonObject().values()) {
                if (v instanceof JsonArray array) {
                    return array.size();
                }
            }
            return -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Checks every statement of the month against its own lines: fee and penalty totals are their
     * sections' sums, subtotal = fee + penalty, the VAT split adds up (inclusive: total = subtotal;
     * exclusive: net = subtotal), total = net + tax, the deposit total is the deposit lines' sum and
     * amount due = total + deposits. Counts the statements where any of it fails.
     */
    Check check() throws SQLException {
        String sums = "SELECT s.id, s.fee_total, s.penalty_total, s.subtotal, s.prices_include_tax, s.net_amount,"
                + " s.tax_amount, s.total, s.deposit_total, s.amount_due, s.final_statement,"
                + " COUNT(l.id) AS line_count,"
                + " COALESCE(SUM(CASE WHEN l.section = 'FEE' THEN l.amount END), 0) AS fee_lines,"
                + " COALESCE(SUM(CASE WHEN l.section = 'PENALTY' THEN l.amount END), 0) AS penalty_lines,"
                + " COALESCE(SUM(CASE WHEN l.section = 'DEPOSIT' THEN l.amount END), 0) AS deposit_lines,"
                + " COALESCE(SUM(l.amount), 0) AS all_lines"
                + " FROM statement s LEFT JOIN statement_line l ON l.statement_id = s.id"
                + " JOIN contract c ON c.id = s.contract_id WHERE c.number LIKE ? AND s.cycle_start = ?"
                + " GROUP BY s.id";
        String sql = "SELECT COUNT(*), SUM(line_count), SUM(final_statement), SUM(penalty_lines <> 0),"
                + " SUM(deposit_lines <> 0), SUM(all_lines), SUM(subtotal + deposit_total), SUM(amount_due),"
                + " SUM(fee_lines <> fee_total OR penalty_lines <> penalty_total OR subtotal <> fee_total + penalty_total"
                + " OR total <> net_amount + tax_amount OR (prices_include_tax AND total <> subtotal)"
                + " OR (NOT prices_include_tax AND net_amount <> subtotal) OR deposit_lines <> deposit_total"
                + " OR amount_due <> total + deposit_total) FROM (" + sums + ") t";
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, shape.contractPrefix() + "%");
            q.setDate(2, Date.valueOf(shape.firstDate()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Check(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        zero(rs.getBigDecimal(6)), zero(rs.getBigDecimal(7)), zero(rs.getBigDecimal(8)), rs.getLong(9),
                        lineTypes());
            }
        }
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** The lines of the month by type, "SEAT 200, SESSION_TIER 612, ..." (what kinds of work generation did). */
    private String lineTypes() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement q = db.prepareStatement("SELECT l.line_type, COUNT(*) FROM statement_line l"
                + " JOIN statement s ON s.id = l.statement_id JOIN contract c ON c.id = s.contract_id"
                + " WHERE c.number LIKE ? AND s.cycle_start = ? GROUP BY l.line_type ORDER BY COUNT(*) DESC")) {
            q.setString(1, shape.contractPrefix() + "%");
            q.setDate(2, Date.valueOf(shape.firstDate()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.append(out.length() == 0 ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
                }
            }
        }
        return out.toString();
    }
}
