package com.csvendor.portal.sla;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SLA evaluation on MariaDB through the REST API, checked against the raw rows with SQL: figures
 * uploaded by 云帆客服's lead for PETS-TM are judged against the seat contract YF-PETS (first
 * response ≤ 30 s each day, over at least 50 sessions; tiers: shortfall over 10 % → 5 % of the
 * cycle fee, prorated by the window's days), a re-upload re-judges the day, an accepted dispute
 * waives the breach and lowers the cycle's penalties, and the access rules hold. Each test uses
 * days of its own inside the demo contract but before the demo data's 90 days of figures, so that
 * the day's figures are exactly the test's.
 */
@ExtendWith(ArquillianExtension.class)
class SlaIT {

    static final ZoneId ZONE = BusinessTime.ZONE;
    static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,"
            + "first_response_seconds,avg_response_seconds,responded_within_3min,ratings,satisfied_ratings";
    private static final AtomicInteger FILES = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.onLoopback(base));
    }

    @Test
    void aDayIsJudgedFromTheRatioOfSumsAndItsBreachCostsATierOfTheCycleFee() throws Exception {
        LocalDate day = LocalDate.now(ZONE).minusDays(120);
        // 小美 40 s over 100 sessions, 阿杰 10.5 s over 21: weighted 34.88 s (breached by 16.27 %);
        // the average of the two agents' times, 25.25 s, would have met the target.
        publish(row("小美", day, 100, "40") + row("阿杰", day, 21, "10.5"));
        long contract = contractId("YF-PETS-");
        Map<String, String> r = awaitResult(contract, day, "BREACHED");
        try (Connection c = db()) {
            BigDecimal bySql = new BigDecimal(text(c, "SELECT SUM(d.first_response_seconds * d.response_sessions)"
                    + " / SUM(d.response_sessions) FROM kpi_daily d JOIN store s ON s.id = d.store_id JOIN vendor v"
                    + " ON v.id = d.vendor_id WHERE s.code = 'PETS-TM' AND v.name = '云帆客服' AND d.business_date = ?",
                    day)).setScale(2, RoundingMode.HALF_UP);
            assertEquals(new BigDecimal("34.88"), bySql);
            assertEquals(0, bySql.compareTo(new BigDecimal(r.get("measured"))), r::toString);
            assertEquals("121", r.get("sample"));
            // (34.8801… − 30) / 30, rounded up to 4 decimals.
            assertEquals(0, new BigDecimal("16.2673").compareTo(new BigDecimal(r.get("shortfall_percent"))),
                    r::toString);
            Map<String, String> cycle = cycle(c, contract, day);
            BigDecimal tier = tierPenalty(cycle, day);
            assertTrue(tier.signum() > 0, cycle::toString);
            assertTrue(new BigDecimal(cycle.get("breach_penalty")).compareTo(tier) >= 0, cycle::toString);
            assertTrue(Integer.parseInt(cycle.get("windows_breached")) >= 1, cycle::toString);
        }
        JsonArray listed = expect(200, api.get(MANAGER, "api/sla-results?contract=" + contract
                + "&window=DAILY&from=" + day + "&to=" + day + "&breachedOnly=true")).array();
        assertEquals(1, listed.size(), listed::toString);
        assertEquals("BREACHED", listed.getJsonObject(0).getString("outcome"));
        assertEquals(0, new BigDecimal("34.88").compareTo(listed.getJsonObject(0).getJsonNumber("measured")
                .bigDecimalValue()));
    }

    @Test
    void reUploadedFiguresReJudgeTheDay() throws Exception {
        LocalDate day = LocalDate.now(ZONE).minusDays(124);
        publish(row("小美", day, 100, "40") + row("阿杰", day, 21, "10.5"));
        long contract = contractId("YF-PETS-");
        String id = awaitResult(contract, day, "BREACHED").get("id");
        // Replaced, never added: (20 × 100 + 10.5 × 21) / 121 = 18.35 s.
        publish(row("小美", day, 100, "20") + row("阿杰", day, 21, "10.5"));
        Map<String, String> again = awaitResult(contract, day, "MET");
        assertEquals(id, again.get("id"), "the same window's result is updated, not duplicated");
        assertEquals(0, new BigDecimal("18.35").compareTo(new BigDecimal(again.get("measured"))), again::toString);
        try (Connection c = db()) {
            assertEquals("1", text(c, "SELECT COUNT(*) FROM sla_result WHERE contract_id = ? AND target_no = 1"
                    + " AND sla_window = 'DAILY' AND window_start = ?", contract, day));
        }
    }

    @Test
    void anAcceptedDisputeWaivesTheBreachAndLowersTheCyclesPenalties() throws Exception {
        LocalDate day = LocalDate.now(ZONE).minusDays(128);
        // (35 × 100 + 31 × 21) / 121 = 34.31 s: 14.35 % short, the 5 % tier.
        publish(row("小美", day, 100, "35") + row("阿杰", day, 21, "31"));
        long contract = contractId("YF-PETS-");
        long resultId = Long.parseLong(awaitResult(contract, day, "BREACHED").get("id"));
        BigDecimal before;
        BigDecimal tier;
        try (Connection c = db()) {
            Map<String, String> cycle = cycle(c, contract, day);
            before = new BigDecimal(cycle.get("penalty_total"));
            tier = tierPenalty(cycle, day);
        }
        JsonObject dispute = expect(201, api.post(LEAD, "api/disputes", Json.createObjectBuilder()
                .add("subjectType", "BREACH").add("subjectId", resultId)
                .add("comment", "当日千牛平台故障，响应时间统计异常").build())).json();
        assertEquals("OPEN", dispute.getString("status"));
        Api.Reply twice = api.post(LEAD, "api/disputes", Json.createObjectBuilder().add("subjectType", "BREACH")
                .add("subjectId", resultId).add("comment", "再次申诉").build());
        assertEquals(409, twice.status(), twice::toString);
        long disputeId = dispute.getJsonNumber("id").longValue();
        JsonObject accepted = expect(200, api.post(MANAGER, "api/disputes/" + disputeId + "/accept",
                Json.createObjectBuilder().add("comment", "平台已确认故障").build())).json();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("manager", accepted.getString("decidedBy"));
        Api.Reply again = api.post(MANAGER, "api/disputes/" + disputeId + "/reject",
                Json.createObjectBuilder().add("comment", "改主意").build());
        assertEquals(400, again.status(), "a decided dispute never changes: " + again);
        JsonObject seenByLead = expect(200, api.get(LEAD, "api/disputes/" + disputeId)).json();
        assertEquals("ACCEPTED", seenByLead.getString("status"));
        JsonObject result = expect(200, api.get(LEAD, "api/sla-results?contract=" + contract + "&window=DAILY&from="
                + day + "&to=" + day)).array().getJsonObject(0);
        assertTrue(result.getBoolean("waived"), result::toString);
        assertEquals("ACCEPTED", result.getString("disputeStatus"));
        try (Connection c = db()) {
            BigDecimal after = new BigDecimal(cycle(c, contract, day).get("penalty_total"));
            assertEquals(0, before.subtract(tier).compareTo(after), "before " + before + ", tier " + tier);
            assertEquals("1", text(c, "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'SLA_DISPUTE'"
                    + " AND subject_id = ? AND action = 'ACCEPTED' AND actor = 'manager'", disputeId));
            assertEquals("1", text(c, "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'SLA_DISPUTE'"
                    + " AND subject_id = ? AND action = 'RAISED' AND actor = 'vendor'", disputeId));
        }
    }

    @Test
    void aRecordedIncidentAddsItsClausesFineToTheCycle() throws Exception {
        long contract = contractId("YF-PETS-");
        LocalDate day = LocalDate.now(ZONE).minusDays(2);
        BigDecimal before;
        try (Connection c = db()) {
            before = incidentPenalty(c, contract, day);
        }
        JsonObject incident = expect(201, api.post(MANAGER, "api/incidents", Json.createObjectBuilder()
                .add("contractId", contract).add("occurredOn", day.toString()).add("type", "FORBIDDEN_PHRASE")
                .add("evidence", "客服对顾客说“爱买不买”").build())).json();
        assertEquals(0, new BigDecimal("200").compareTo(incident.getJsonNumber("amount").bigDecimalValue()));
        assertTrue(incident.getString("clause").contains("incidentFines"), incident::toString);
        try (Connection c = db()) {
            assertEquals(0, before.add(new BigDecimal("200")).compareTo(incidentPenalty(c, contract, day)));
        }
        Api.Reply future = api.post(MANAGER, "api/incidents", Json.createObjectBuilder().add("contractId", contract)
                .add("occurredOn", LocalDate.now(ZONE).plusDays(3).toString()).add("type", "DATA_LEAK")
                .add("evidence", "x").build());
        assertEquals(400, future.status(), future::toString);
    }

    @Test
    void aLeadCannotDisputeAnotherVendorsResultsAndAnotherStoresManagerSeesNothing() throws Exception {
        long rival = contractId("SL-PETS-");
        LocalDate today = LocalDate.now(ZONE);
        expect(200, api.post(MANAGER, "api/sla-results/evaluate?contract=" + rival + "&from=" + today.minusDays(3)
                + "&to=" + today, null));
        JsonArray rivalResults = expect(200, api.get(MANAGER, "api/sla-results?contract=" + rival)).array();
        assertTrue(!rivalResults.isEmpty(), "evaluated results of SL-PETS");
        long foreignResult = rivalResults.getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply dispute = api.post(LEAD, "api/disputes", Json.createObjectBuilder().add("subjectType", "BREACH")
                .add("subjectId", foreignResult).add("comment", "不是我们的").build());
        assertEquals(404, dispute.status(), dispute::toString);
        assertEquals(404, api.get(LEAD, "api/sla-results?contract=" + rival).status());
        Api.Reply evaluateByLead = api.post(LEAD, "api/sla-results/evaluate?contract=" + rival + "&from=" + today
                + "&to=" + today, null);
        assertEquals(403, evaluateByLead.status(), evaluateByLead::toString);

        long own = contractId("YF-PETS-");
        JsonObject incident = expect(201, api.post(MANAGER, "api/incidents", Json.createObjectBuilder()
                .add("contractId", own).add("occurredOn", today.minusDays(1).toString()).add("type", "OTHER")
                .add("evidence", "未按约定时间上线").build())).json();
        long disputeId = expect(201, api.post(LEAD, "api/disputes", Json.createObjectBuilder()
                .add("subjectType", "INCIDENT").add("subjectId", incident.getJsonNumber("id").longValue())
                .add("comment", "已提前报备").build())).json().getJsonNumber("id").longValue();
        Api.Login beauty = storeManager("BEAUTY-DY");
        assertEquals(404, api.get(beauty, "api/disputes/" + disputeId).status());
        assertEquals(404, api.post(beauty, "api/disputes/" + disputeId + "/accept",
                Json.createObjectBuilder().build()).status());
        assertEquals(404, api.get(beauty, "api/incidents/" + incident.getJsonNumber("id")).status());
        assertEquals(404, api.get(beauty, "api/sla-results?contract=" + own).status());
        assertEquals(404, api.post(beauty, "api/sla-results/evaluate?contract=" + own + "&from=" + today
                + "&to=" + today, null).status());
        assertEquals(403, api.post(Api.FINANCE, "api/disputes/" + disputeId + "/reject",
                Json.createObjectBuilder().add("comment", "x").build()).status());
        JsonObject rejected = expect(200, api.post(MANAGER, "api/disputes/" + disputeId + "/reject",
                Json.createObjectBuilder().add("comment", "未见报备记录").build())).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("RECORDED", expect(200, api.get(Api.FINANCE, "api/incidents/"
                + incident.getJsonNumber("id"))).json().getString("status"));
    }

    /**
     * Issue 13, item 7: a window that has not ended is provisional. Today's day of figures breaches
     * the daily first-response target, but today is not over in Beijing: the API says
     * PROVISIONAL_BREACHED with {@code provisional: true}, the cycle's penalties and runs do not move,
     * and a dispute is refused with 409 and a message in the caller's language. (The window has to be
     * the one running now, so this test alone takes today; the closed windows of the tests above are
     * judged for good.) The cycle is compared between the same agent-days of today meeting the target
     * and breaching it: today's agent-days are part of the running cycle's fee to date, of which the
     * penalties of its earlier breached windows are shares (the demo's skipped daily reports breach
     * from the 4th of a month on), so adding agent-days moves those penalties, not today's breach.
     */
    @Test
    void aWindowStillRunningIsProvisionalCountsForNothingAndCannotBeDisputed() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        long contract = contractId("YF-PETS-");
        Map<String, String> before;
        String earlierDays;
        try (Connection c = db()) {
            earlierDays = dailyResultsBefore(c, contract, today);
        }
        // (10 × 100 + 10.5 × 21) / 121 = 10.09 s: met so far.
        publish(row("小美", today, 100, "10") + row("阿杰", today, 21, "10.5"));
        awaitResult(contract, today, "PROVISIONAL_MET", "10.09");
        try (Connection c = db()) {
            before = cycleCounts(c, contract, today);
        }
        publish(row("小美", today, 100, "40") + row("阿杰", today, 21, "10.5"));
        // Other tests may have judged today before: wait for this import's figures.
        Map<String, String> stored = awaitResult(contract, today, "PROVISIONAL_BREACHED", "34.88");
        JsonObject listed = expect(200, api.get(LEAD, "api/sla-results?contract=" + contract + "&window=DAILY&from="
                + today + "&to=" + today + "&breachedOnly=true")).array().getJsonObject(0);
        assertEquals("PROVISIONAL_BREACHED", listed.getString("outcome"), listed::toString);
        assertTrue(listed.getBoolean("provisional"), listed::toString);
        try (Connection c = db()) {
            assertEquals(earlierDays, dailyResultsBefore(c, contract, today),
                    "evaluating today leaves the results of the earlier days of its week and cycle as they were");
            assertEquals(before, cycleCounts(c, contract, today),
                    "a provisional breach costs nothing and runs no count");
        }
        long id = Long.parseLong(stored.get("id"));
        Api.Reply refused = api.post(LEAD, "api/disputes", Json.createObjectBuilder().add("subjectType", "BREACH")
                .add("subjectId", id).add("comment", "窗口还没结束").build());
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("title").contains("provisional")
                && refused.json().getString("title").contains(today.toString()), refused::toString);
        Api.Reply inChinese = api.inLanguage("zh").post(LEAD, "api/disputes", Json.createObjectBuilder()
                .add("subjectType", "BREACH").add("subjectId", id).add("comment", "窗口还没结束").build());
        assertEquals(409, inChinese.status(), inChinese::toString);
        assertTrue(inChinese.json().getString("title").contains("暂定"), inChinese::toString);
        try (Connection c = db()) {
            assertEquals("0", text(c, "SELECT COUNT(*) FROM sla_dispute WHERE subject_type = 'BREACH'"
                    + " AND subject_id = ?", id));
        }
    }

    // --- helpers

    static String row(String agent, LocalDate date, int received, String firstResponse) {
        return "萌宠旗舰店:" + agent + "," + date + "," + received + ",40,10,\"500.00\"," + firstResponse + ",35,"
                + received + ",20,19\n";
    }

    private void publish(String rows) throws InterruptedException {
        Api.Reply reply = api.send(LEAD.authorization(), "POST", "api/kpi-imports?store=PETS-TM&fileName=sla-"
                + FILES.incrementAndGet() + ".csv", HEADER + "\n" + rows, "text/csv; charset=UTF-8");
        assertTrue(reply.status() == 202 || reply.status() == 200, reply::toString);
        long id = reply.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 240; i++) {
            String status = expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json().getString("status");
            if (!List.of("QUEUED", "RUNNING").contains(status)) {
                assertEquals("PUBLISHED", status);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private long contractId(String prefix) {
        return expect(200, api.get(ADMIN, "api/contracts")).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("number").startsWith(prefix) && c.getString("status").equals("ACTIVE"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The first-response result of the day once the evaluation after the import has written it with that outcome. */
    private Map<String, String> awaitResult(long contract, LocalDate day, String outcome) throws Exception {
        return awaitResult(contract, day, outcome, null);
    }

    /** The same, once its measured value is {@code measured} when one is given. */
    private Map<String, String> awaitResult(long contract, LocalDate day, String outcome, String measured)
            throws Exception {
        Map<String, String> last = null;
        for (int i = 0; i < 120; i++) {
            try (Connection c = db()) {
                last = row(c, "SELECT id, measured, sample, outcome, shortfall_percent FROM sla_result"
                        + " WHERE contract_id = ? AND target_no = 1 AND sla_window = 'DAILY' AND window_start = ?",
                        contract, day);
            }
            if (last != null && outcome.equals(last.get("outcome"))
                    && (measured == null || last.get("measured") != null
                            && new BigDecimal(measured).compareTo(new BigDecimal(last.get("measured"))) == 0)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + outcome + " result " + (measured == null ? "" : measured + " ") + "for " + day
                + ": " + last);
    }

    private static Map<String, String> cycle(Connection c, long contract, LocalDate day) throws SQLException {
        Map<String, String> cycle = row(c, "SELECT cycle_start, cycle_end, service_fee, breach_penalty,"
                + " incident_penalty, penalty_cap, penalty_total, windows_breached FROM sla_cycle"
                + " WHERE contract_id = ? AND cycle_start = ?", contract, day.withDayOfMonth(1));
        assertTrue(cycle != null, "no cycle for " + day);
        return cycle;
    }

    /** The contract's daily results of the fortnight before the day: id, day and outcome. */
    private static String dailyResultsBefore(Connection c, long contract, LocalDate day) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, window_start, outcome FROM sla_result"
                + " WHERE contract_id = ? AND sla_window = 'DAILY' AND window_start BETWEEN ? AND ? ORDER BY id")) {
            ps.setLong(1, contract);
            ps.setObject(2, day.minusDays(14));
            ps.setObject(3, day.minusDays(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                            .append('\n');
                }
            }
        }
        assertTrue(out.length() > 0, "the demo data's figures are judged for the days before " + day);
        return out.toString();
    }

    /** What a cycle counts: fee, penalties, windows judged and breached, the run of breaches (zeros before any). */
    private static Map<String, String> cycleCounts(Connection c, long contract, LocalDate day) throws SQLException {
        Map<String, String> counts = row(c, "SELECT service_fee, breach_penalty, windows_judged, windows_breached,"
                + " consecutive_breaches, termination_right FROM sla_cycle WHERE contract_id = ? AND cycle_start = ?",
                contract, day.withDayOfMonth(1));
        return counts != null ? counts : Map.of("service_fee", "0.00", "breach_penalty", "0.00", "windows_judged", "0",
                "windows_breached", "0", "consecutive_breaches", "0", "termination_right", "0");
    }

    /** A daily breach over 10 % short: 5 % of the month's fee × 1 day / the month's days, to the fen. */
    private static BigDecimal tierPenalty(Map<String, String> cycle, LocalDate day) {
        return new BigDecimal(cycle.get("service_fee")).multiply(new BigDecimal("0.05"))
                .divide(BigDecimal.valueOf(day.lengthOfMonth()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal incidentPenalty(Connection c, long contract, LocalDate day) throws SQLException {
        Map<String, String> cycle = row(c, "SELECT incident_penalty FROM sla_cycle WHERE contract_id = ?"
                + " AND cycle_start = ?", contract, day.withDayOfMonth(1));
        return cycle == null ? BigDecimal.ZERO : new BigDecimal(cycle.get("incident_penalty"));
    }

    private Api.Login storeManager(String storeCode) {
        long storeId = expect(200, api.get(ADMIN, "api/stores")).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(storeCode)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String name = ("slamgr" + System.nanoTime()).toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", name).add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("STORE_MANAGER"))
                .add("storeIds", Json.createArrayBuilder().add(storeId)).build()));
        return new Api.Login(name, "Throwaway-pw-1");
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    static String text(Connection c, String sql, Object... args) throws SQLException {
        Map<String, String> row = row(c, sql, args);
        assertTrue(row != null, sql);
        return row.values().iterator().next();
    }

    static Map<String, String> row(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, String> out = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    out.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
                }
                return out;
            }
        }
    }
}
