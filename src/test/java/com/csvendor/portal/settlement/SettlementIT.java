package com.csvendor.portal.settlement;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settlement statements on MariaDB through the REST API, checked against the stored rows with SQL.
 * Each test makes its own contract in PETS-TM (the demo manager's store) with a vendor made for it
 * and a lead of that vendor, over one month long ago ({@link SettlementData}: minimum fee ¥8,000, 6 %
 * VAT on top, special invoice, temporary agents ¥300 a day). The made-up contracts and everything
 * about them are removed after the class.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

    static final ZoneId ZONE = BusinessTime.ZONE;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private SettlementData data;
    private Fixture fixture;

    /** The made-up vendor of one test, its lead and its contract. */
    private record Party(long vendorId, Api.Login lead, long contractId) {
    }

    @BeforeEach
    void connect() {
        api = new Api(Deployments.onLoopback(base));
        data = new SettlementData(api);
        fixture = new Fixture(api);
    }

    @AfterAll
    static void removeMadeUpRows() throws SQLException {
        SettlementData.removeMadeUp();
    }

    private Party party() {
        long vendor = fixture.newVendor().getJsonNumber("id").longValue();
        Api.Login lead = data.user("VENDOR_LEAD", vendor, null);
        return new Party(vendor, lead, data.contract(MANAGER, fixture.storeId("PETS-TM"), vendor));
    }

    @Test
    void aStatementOnDemandHasLinesThatSumToItsTotalsAndIsGeneratedOnce() throws Exception {
        Party p = party();
        LocalDate start = data.start(p.contractId());
        expect(201, api.post(FINANCE, "api/temporary-agents", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("workFrom", start.plusDays(10).toString())
                .add("workTo", start.plusDays(13).toString()).add("agents", 3).add("note", "618 大促").build()));
        Api.Reply created = api.post(FINANCE, "api/statements", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("cycleStart", start.toString()).build());
        JsonObject s = expect(201, created).json();
        long id = s.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElse("").endsWith("/api/statements/" + id), created::toString);
        assertEquals("DRAFT", s.getString("status"));
        assertEquals("finance", s.getString("generatedBy"));
        // Minimum fee ¥8,000 for the whole month, temporary agents 3 × 4 days × ¥300 = ¥3,600; 6 % on top.
        assertMoney("11600.00", s, "feeTotal");
        assertMoney("11600.00", s, "subtotal");
        assertMoney("696.00", s, "taxAmount");
        assertMoney("12296.00", s, "total");
        assertMoney("12296.00", s, "amountDue");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonObject line : s.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            sum = sum.add(line.getJsonNumber("amount").bigDecimalValue());
            assertTrue(!line.getString("explanation").isBlank() && !line.getString("explanation").startsWith("settlement."),
                    line::toString);
        }
        assertEquals(0, sum.compareTo(s.getJsonNumber("subtotal").bigDecimalValue()), s::toString);
        assertTrue(s.getJsonArray("lines").getValuesAs(JsonObject.class).stream().anyMatch(l ->
                l.getString("type").equals("TEMPORARY_AGENTS") && l.getString("source").startsWith("temporary_agents:")
                        && l.getJsonNumber("amount").bigDecimalValue().compareTo(new BigDecimal("3600")) == 0),
                s::toString);
        JsonObject zh = expect(200, api.inLanguage("zh-CN").get(FINANCE, "api/statements/" + id)).json();
        assertNotEquals(s.getJsonArray("lines").getJsonObject(0).getString("explanation"),
                zh.getJsonArray("lines").getJsonObject(0).getString("explanation"), "explanations in the caller's language");
        try (Connection c = db()) {
            assertEquals("12296.00", text(c, "SELECT total FROM statement WHERE id = ?", id));
            assertEquals(text(c, "SELECT subtotal FROM statement WHERE id = ?", id),
                    text(c, "SELECT SUM(amount) FROM statement_line WHERE statement_id = ?", id));
        }

        Api.Reply again = api.post(FINANCE, "api/statements", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("cycleStart", start.plusDays(5).toString()).build());
        assertEquals(200, again.status(), "the cycle's DRAFT is recomputed in place: " + again);
        assertEquals(id, again.json().getJsonNumber("id").longValue());
        try (Connection c = db()) {
            assertEquals("1", text(c, "SELECT COUNT(*) FROM statement WHERE contract_id = ?", p.contractId()));
        }
    }

    @Test
    void twoConcurrentGenerationsOfACycleWriteOneStatement() throws Exception {
        Party p = party();
        JsonObject body = Json.createObjectBuilder().add("contractId", p.contractId())
                .add("cycleStart", data.start(p.contractId()).toString()).build();
        List<Api.Reply> replies = concurrently(() -> api.post(FINANCE, "api/statements", body),
                () -> api.post(ADMIN, "api/statements", body));
        List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 201), statuses, replies::toString);
        assertEquals(replies.get(0).json().getJsonNumber("id"), replies.get(1).json().getJsonNumber("id"));
        try (Connection c = db()) {
            assertEquals("1", text(c, "SELECT COUNT(*) FROM statement WHERE contract_id = ?", p.contractId()));
        }
    }

    /**
     * "Generate all" runs in the background: 202 with the job's Location; a second request while it
     * runs joins it (the same job, no second run); polled to DONE, every contract is done and each
     * cycle has exactly one statement; a request after it ended starts a new job, which writes none again.
     */
    @Test
    void generateAllRunsOneBackgroundJobAtATimeAndWritesEachStatementOnce() throws Exception {
        Party p = party();
        JsonObject body = Json.createObjectBuilder().add("upTo", LocalDate.now(ZONE).toString()).build();
        List<Api.Reply> replies = concurrently(() -> api.post(FINANCE, "api/statements/generate", body),
                () -> api.post(ADMIN, "api/statements/generate", body));
        for (Api.Reply r : replies) {
            assertEquals(202, r.status(), r::toString);
        }
        long job = replies.get(0).json().getJsonNumber("id").longValue();
        assertEquals(job, replies.get(1).json().getJsonNumber("id").longValue(), "the second joins the running job");
        String location = replies.get(0).header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/statements/jobs/" + job), location);
        JsonObject done = finished(location);
        assertEquals("DONE", done.getString("state"), done::toString);
        assertEquals(done.getInt("total"), done.getInt("done"), done::toString);
        assertTrue(done.getString("summary").matches("(No statement|1 statement|[\\d,]+ statements) written.*"), done::toString);
        assertEquals(403, api.get(MANAGER, "api/statements/jobs/" + job).status());
        long written;
        try (Connection c = db()) {
            written = Long.parseLong(text(c, "SELECT COUNT(*) FROM statement WHERE contract_id = ?", p.contractId()));
            assertTrue(written >= 1, "the contract's closed month is settled");
            assertEquals(text(c, "SELECT COUNT(*) FROM statement WHERE contract_id = ?", p.contractId()),
                    text(c, "SELECT COUNT(DISTINCT cycle_start) FROM statement WHERE contract_id = ?", p.contractId()),
                    "one statement per cycle");
        }

        Api.Reply next = expect(202, api.post(FINANCE, "api/statements/generate", body));
        assertNotEquals(job, next.json().getJsonNumber("id").longValue(), "the first ended: a new job");
        assertEquals("DONE", finished(next.header("Location").orElseThrow()).getString("state"));
        try (Connection c = db()) {
            assertEquals(String.valueOf(written),
                    text(c, "SELECT COUNT(*) FROM statement WHERE contract_id = ?", p.contractId()));
        }
    }

    /**
     * A job that finds nothing to do ends DONE, every time: it once failed now and then with "closed
     * EntityManager" when its first read ran before the request that started it had returned (the job
     * thread shared that request's non-transactional persistence context, closed at its end).
     */
    @Test
    void generateAllWithNothingToDoEndsDoneEveryTime() throws Exception {
        party();
        JsonObject body = Json.createObjectBuilder().add("upTo", LocalDate.now(ZONE).toString()).build();
        finished(expect(202, api.post(FINANCE, "api/statements/generate", body)).header("Location").orElseThrow());
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            JsonObject done = finished(expect(202, api.post(FINANCE, "api/statements/generate", body))
                    .header("Location").orElseThrow());
            states.add(done.getString("state") + (done.containsKey("error") ? " " + done.get("error") : ""));
        }
        assertEquals(Collections.nCopies(40, "DONE"), states);
    }

    /** Polls a job's status until it ended (at most two minutes). */
    private JsonObject finished(String location) throws InterruptedException {
        String path = location.substring(location.indexOf("api/statements/jobs/"));
        for (int i = 0; i < 1200; i++) {
            JsonObject status = expect(200, api.get(FINANCE, path)).json();
            if (!status.getString("state").matches("QUEUED|RUNNING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + location + " still running after two minutes");
    }

    @Test
    void theVendorLeadDisputesAndConfirmsAndFinanceApprovesAndPaysButNeverItsOwnStatement() throws Exception {
        Party p = party();
        long id = data.generate(p.contractId()).getJsonNumber("id").longValue();
        assertEquals(404, api.get(p.lead(), "api/statements/" + id).status(), "a lead never sees a draft");
        assertTrue(expect(200, api.get(p.lead(), "api/statements")).array().isEmpty());
        assertEquals("ISSUED", data.stepOk(FINANCE, id, "issue", Json.createObjectBuilder()).getString("status"));
        JsonObject seen = expect(200, api.get(p.lead(), "api/statements/" + id)).json();
        assertTrue(seen.getJsonObject("actions").getBoolean("dispute"), seen::toString);
        Api.Reply bare = data.step(p.lead(), id, "dispute", Json.createObjectBuilder());
        assertEquals(400, bare.status(), "a dispute needs a comment: " + bare);
        JsonObject disputed = data.stepOk(p.lead(), id, "dispute", Json.createObjectBuilder()
                .add("comment", "10 日至 13 日无临时客服"));
        assertEquals("DISPUTED", disputed.getString("status"));
        assertEquals("10 日至 13 日无临时客服", disputed.getString("vendorComment"));
        assertEquals(403, data.step(p.lead(), id, "revise", Json.createObjectBuilder()).status());
        JsonObject revised = data.stepOk(FINANCE, id, "revise", Json.createObjectBuilder().add("comment", "已核实"));
        assertEquals("DRAFT", revised.getString("status"));
        assertEquals("finance", revised.getString("generatedBy"), "who recomputed it counts as its generator");
        data.stepOk(FINANCE, id, "issue", Json.createObjectBuilder());
        assertEquals("CONFIRMED", data.stepOk(p.lead(), id, "confirm", Json.createObjectBuilder()).getString("status"));

        Api.Reply own = data.step(FINANCE, id, "approve", Json.createObjectBuilder());
        assertEquals(409, own.status(), "the generator never approves: " + own);
        assertTrue(own.body().contains("finance"), own::toString);
        Api.Login second = data.user("FINANCE", null, null);
        JsonObject approved = data.stepOk(second, id, "approve", Json.createObjectBuilder());
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(second.username(), approved.getString("approvedBy"));
        assertEquals(LocalDate.now(ZONE).plusDays(30).toString(), approved.getString("paymentDueOn"));
        JsonObject dashboard = expect(200, api.get(FINANCE, "api/finance/dashboard")).json();
        JsonObject due = dashboard.getJsonArray("due").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("approved and unpaid, so due: " + dashboard));
        assertEquals(approved.getString("paymentDueOn"), due.getString("paymentDueOn"));
        assertTrue(dashboard.getJsonArray("perVendorMonth").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("vendorId").longValue() == p.vendorId()), dashboard::toString);
        Api.Reply unpaid = data.step(FINANCE, id, "pay", Json.createObjectBuilder().add("paidOn", "2026-01-05"));
        assertEquals(400, unpaid.status(), "a payment needs its reference: " + unpaid);
        JsonObject paid = data.stepOk(FINANCE, id, "pay", Json.createObjectBuilder().add("paidOn", "2026-01-05")
                .add("paymentReference", "CMB-20260105-0042"));
        assertEquals("PAID", paid.getString("status"));
        assertEquals("CMB-20260105-0042", paid.getString("paymentReference"));
        assertTrue(expect(200, api.get(FINANCE, "api/finance/dashboard")).json().getJsonArray("due")
                .getValuesAs(JsonObject.class).stream().noneMatch(d -> d.getJsonNumber("id").longValue() == id));
        try (Connection c = db()) {
            assertEquals("GENERATED,ISSUED,DISPUTED,REVISED,ISSUED,CONFIRMED,APPROVED,PAID", text(c,
                    "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE subject_type = 'STATEMENT'"
                            + " AND subject_id = ?", id));
            assertEquals(second.username(), text(c, "SELECT actor FROM audit_entry WHERE subject_type = 'STATEMENT'"
                    + " AND subject_id = ? AND action = 'APPROVED'", id));
        }
    }

    @Test
    void ofTwoConcurrentApprovalsExactlyOneSucceeds() throws Exception {
        Party p = party();
        long id = data.statementIn("CONFIRMED", p.contractId(), p.lead());
        Api.Login second = data.user("FINANCE", null, null);
        long version = data.read(id).getJsonNumber("version").longValue();
        JsonObject body = Json.createObjectBuilder().add("version", version).build();
        List<Api.Reply> replies = concurrently(() -> api.post(FINANCE, "api/statements/" + id + "/approve", body),
                () -> api.post(second, "api/statements/" + id + "/approve", body));
        List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, replies::toString);
        String winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .getString("approvedBy");
        try (Connection c = db()) {
            assertEquals(winner, text(c, "SELECT approved_by FROM statement WHERE id = ?", id));
            assertEquals("1", text(c, "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'STATEMENT'"
                    + " AND subject_id = ? AND action = 'APPROVED'", id));
        }
    }

    @Test
    void whoIssuedAStatementGeneratedByAnotherNeverApprovesItAndIsNotOfferedTo() throws Exception {
        Party p = party();
        long id = data.generate(p.contractId()).getJsonNumber("id").longValue();
        assertEquals("admin", data.read(id).getString("generatedBy"), "not finance's own, as the system's are not");
        data.stepOk(FINANCE, id, "issue", Json.createObjectBuilder());
        data.stepOk(p.lead(), id, "confirm", Json.createObjectBuilder());
        JsonObject seen = expect(200, api.get(FINANCE, "api/statements/" + id)).json();
        assertFalse(seen.getJsonObject("actions").getBoolean("approve"), "the issuer is not offered approval: " + seen);
        JsonObject version = Json.createObjectBuilder().add("version", seen.getJsonNumber("version")).build();
        Api.Reply en = api.inLanguage("en").post(FINANCE, "api/statements/" + id + "/approve", version);
        assertEquals(409, en.status(), en::toString);
        assertTrue(en.body().contains("issued by finance") && en.body().contains("may not approve"), en::toString);
        Api.Reply zh = api.inLanguage("zh-CN").post(FINANCE, "api/statements/" + id + "/approve", version);
        assertTrue(zh.status() == 409 && zh.body().contains("由 finance 发出"), zh::toString);

        Api.Login second = data.user("FINANCE", null, null);
        assertTrue(expect(200, api.get(second, "api/statements/" + id)).json().getJsonObject("actions")
                .getBoolean("approve"));
        assertEquals(second.username(), data.stepOk(second, id, "approve", Json.createObjectBuilder())
                .getString("approvedBy"));
    }

    @Test
    void anApprovedStatementNeverChangesAndItsCycleIsLocked() throws Exception {
        Party p = party();
        long id = data.statementIn("CONFIRMED", p.contractId(), p.lead());
        expect(200, api.put(FINANCE, "api/statements/" + id + "/invoice", invoice("8000.00", "480.00", "8480.00")
                .add("type", "SPECIAL").build()));
        data.stepOk(FINANCE, id, "approve", Json.createObjectBuilder());
        JsonObject approved = data.read(id);
        LocalDate start = data.start(p.contractId());

        Api.Reply regenerate = api.post(FINANCE, "api/statements", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("cycleStart", start.toString()).build());
        assertEquals(409, regenerate.status(), regenerate::toString);
        assertEquals(409, data.step(FINANCE, id, "issue", Json.createObjectBuilder()).status());
        assertEquals(409, api.put(FINANCE, "api/statements/" + id + "/invoice", invoice("8000.00", "480.00",
                "8480.00").add("type", "GENERAL").build()).status(), "the invoice of an approved statement stays");
        Api.Reply agents = api.post(MANAGER, "api/temporary-agents", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("workFrom", start.plusDays(3).toString())
                .add("workTo", start.plusDays(4).toString()).add("agents", 2).build());
        assertEquals(409, agents.status(), "temporary agents in a settled cycle: " + agents);
        Api.Reply incident = api.post(MANAGER, "api/incidents", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("occurredOn", start.plusDays(3).toString())
                .add("type", "FORBIDDEN_PHRASE").add("evidence", "会话记录：客服回复“自己看”").build());
        assertEquals(409, incident.status(), "an incident in a settled cycle: " + incident);

        Api.Reply adjusted = api.post(FINANCE, "api/statements/" + id + "/adjustments", Json.createObjectBuilder()
                .add("reason", "漏计加班").add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", "加班 2 小时").add("amount", 100))).build());
        JsonObject adjustment = expect(201, adjusted).json();
        assertEquals("ADJUSTMENT", adjustment.getString("kind"));
        assertEquals(id, adjustment.getJsonNumber("adjustsId").longValue());
        assertEquals(approved.getString("number") + "-A1", adjustment.getString("number"));
        assertEquals("DRAFT", adjustment.getString("status"));
        // Nothing changed in the cycle: the recomputed lines cancel the reversed ones; the manual ¥100 + 6 %.
        assertMoney("100.00", adjustment, "subtotal");
        assertMoney("106.00", adjustment, "total");
        assertTrue(adjustment.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("section").equals("ADJUSTMENT") && l.getString("source")
                        .startsWith("reverses:" + approved.getString("number"))), adjustment::toString);

        JsonObject after = data.read(id);
        assertEquals(approved.getJsonNumber("version"), after.getJsonNumber("version"));
        assertEquals(approved.get("lines"), after.get("lines"));
        assertEquals(approved.get("total"), after.get("total"));
        assertEquals("PAID", data.stepOk(FINANCE, id, "pay", Json.createObjectBuilder()
                .add("paidOn", LocalDate.now(ZONE).toString()).add("paymentReference", "ICBC-77")).getString("status"));
    }

    @Test
    void aSettledCycleTakesNoKpiRowsAndNoAcceptedDispute() throws Exception {
        Party p = party();
        LocalDate start = data.start(p.contractId());
        long store = fixture.storeId("PETS-TM");
        String account = fixture.unique("settled");
        expect(201, api.post(ADMIN, "api/vendors/" + p.vendorId() + "/agents", Json.createObjectBuilder()
                .add("displayName", account).add("accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("storeId", store).add("accountName", account))).build()));
        long incident = expect(201, api.post(MANAGER, "api/incidents", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("occurredOn", start.plusDays(2).toString())
                .add("type", "OTHER").add("evidence", "未按约定时间上线").build())).json().getJsonNumber("id").longValue();
        long dispute = expect(201, api.post(p.lead(), "api/disputes", Json.createObjectBuilder()
                .add("subjectType", "INCIDENT").add("subjectId", incident).add("comment", "已提前报备").build()))
                .json().getJsonNumber("id").longValue();
        long id = data.statementIn("APPROVED", p.contractId(), p.lead());
        String number = data.read(id).getString("number");

        Api.Reply accept = api.post(MANAGER, "api/disputes/" + dispute + "/accept",
                Json.createObjectBuilder().add("comment", "同意").build());
        assertEquals(409, accept.status(), "accepting a dispute in a settled cycle: " + accept);
        assertEquals("REJECTED", expect(200, api.post(MANAGER, "api/disputes/" + dispute + "/reject",
                Json.createObjectBuilder().add("comment", "周期已结算").build())).json().getString("status"));

        String csv = "agent_account,date,received,inquiries,paid_buyers,sales_amount,first_response_seconds,"
                + "avg_response_seconds,responded_within_3min,ratings,satisfied_ratings\n"
                + account + "," + start.plusDays(5) + ",120,60,20,100,12.5,30,118,20,18\n";
        Api.Reply upload = api.send(p.lead().authorization(), "POST", "api/kpi-imports?store=PETS-TM&fileName=late.csv",
                csv, "text/csv; charset=UTF-8");
        assertTrue(upload.status() == 202 || upload.status() == 200, upload::toString);
        long importId = upload.json().getJsonNumber("id").longValue();
        JsonObject done = null;
        for (int i = 0; i < 120 && (done == null || List.of("QUEUED", "RUNNING").contains(done.getString("status")));
                i++) {
            Thread.sleep(done == null ? 0 : 500);
            done = expect(200, api.get(p.lead(), "api/kpi-imports/" + importId)).json();
        }
        assertEquals("REJECTED", done.getString("status"), done::toString);
        JsonObject error = done.getJsonArray("errors").getJsonObject(0);
        assertEquals(2, error.getInt("row"), error::toString);
        assertEquals("date", error.getString("column"), error::toString);
        assertTrue(error.toString().contains(number), "the error names the approved statement: " + error);
    }

    /**
     * Issue 14, item 5: once a cycle's statement is approved, neither an amendment nor a status change
     * may take effect inside it (or before it): both are refused with 409 naming the statement, and
     * the contract keeps its single version and status. A change after the settled period goes through.
     */
    @Test
    void aBackDatedAmendmentOrStatusChangeIntoASettledCycleIsRefused() throws Exception {
        Party p = party();
        LocalDate start = data.start(p.contractId());
        long id = data.statementIn("APPROVED", p.contractId(), p.lead());
        String number = data.read(id).getString("number");
        String path = "api/contracts/" + p.contractId();
        long version = expect(200, api.get(MANAGER, path)).json().getJsonNumber("version").longValue();

        ContractTerms raised = SettlementData.terms(start);
        raised.getFees().setMinimumMonthlyFee(new BigDecimal("9000.00"));
        Api.Reply amended = api.post(MANAGER, path + "/amendments", ContractJson.amendment(start.plusDays(10),
                "补充协议：追溯调价", raised, version));
        assertEquals(409, amended.status(), amended::toString);
        assertTrue(amended.json().getString("title").contains(number), "names the approved statement: " + amended);

        Api.Reply terminated = api.post(MANAGER, path + "/status", Json.createObjectBuilder().add("status", "TERMINATED")
                .add("on", start.plusDays(10).toString()).add("reason", "追溯解约").add("version", version).build());
        assertEquals(409, terminated.status(), terminated::toString);
        assertTrue(terminated.json().getString("title").contains(number), terminated::toString);
        Api.Reply inChinese = api.inLanguage("zh-CN").post(MANAGER, path + "/status", Json.createObjectBuilder()
                .add("status", "TERMINATED").add("on", start.toString()).add("reason", "追溯解约")
                .add("version", version).build());
        assertEquals(409, inChinese.status(), inChinese::toString);
        assertTrue(inChinese.json().getString("title").contains("结算单 " + number), inChinese::toString);

        JsonObject contract = expect(200, api.get(MANAGER, path)).json();
        assertEquals("ACTIVE", contract.getString("status"));
        assertEquals(1, contract.getInt("versionNumber"), contract::toString);
        try (Connection c = db()) {
            assertEquals("1", text(c, "SELECT COUNT(*) FROM contract_version WHERE contract_id = ?", p.contractId()));
        }
        JsonObject suspended = expect(200, api.post(MANAGER, path + "/status", Json.createObjectBuilder()
                .add("status", "SUSPENDED").add("on", LocalDate.now(ZONE).toString()).add("version", version)
                .build())).json();
        assertEquals("SUSPENDED", suspended.getString("status"), "a change after the settled period is allowed");
    }

    @Test
    void anInvoiceIsFlaggedWhereItDiffersFromTheContractAndTheStatement() {
        Party p = party();
        long id = data.statementIn("ISSUED", p.contractId(), p.lead());
        assertMoney("8480.00", data.read(id), "total");
        Api.Reply malformed = api.put(FINANCE, "api/statements/" + id + "/invoice", invoice("8000.00", "480.00",
                "8480.00").add("type", "SPECIAL").add("number", "1234").build());
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals(403, api.put(p.lead(), "api/statements/" + id + "/invoice", invoice("8000.00", "480.00",
                "8480.00").add("type", "SPECIAL").build()).status());

        JsonObject flagged = expect(200, api.put(FINANCE, "api/statements/" + id + "/invoice",
                invoice("8000.00", "400.00", "8400.00").add("type", "GENERAL").build())).json().getJsonObject("invoice");
        assertEquals(List.of("TYPE", "TAX_RATE", "AMOUNT"), flagged.getJsonArray("flags").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertMoney("-80.00", flagged, "difference");
        assertMoney("5.00", flagged, "impliedRate");

        JsonObject arithmetic = expect(200, api.put(FINANCE, "api/statements/" + id + "/invoice",
                invoice("8000.00", "480.00", "8490.00").add("type", "SPECIAL").add("code", "144031900111")
                        .add("number", "00012345").build())).json().getJsonObject("invoice");
        assertEquals(List.of("AMOUNT", "ARITHMETIC"), arithmetic.getJsonArray("flags").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("144031900111", arithmetic.getString("code"));

        JsonObject clean = expect(200, api.put(FINANCE, "api/statements/" + id + "/invoice",
                invoice("8000.00", "480.00", "8480.00").add("type", "SPECIAL").build())).json().getJsonObject("invoice");
        assertTrue(clean.getJsonArray("flags").isEmpty(), clean::toString);
        assertTrue(!clean.containsKey("code") || clean.isNull("code"), clean::toString);
    }

    @Test
    void anotherVendorsLeadAndAnotherStoresManagerFindNothing() {
        Party p = party();
        long id = data.statementIn("ISSUED", p.contractId(), p.lead());
        expect(200, api.get(p.lead(), "api/statements/" + id));
        expect(200, api.get(MANAGER, "api/statements/" + id));
        Api.Reply otherLead = api.get(LEAD, "api/statements/" + id);
        assertEquals(404, otherLead.status(), otherLead::toString);
        assertEquals(404, data.step(LEAD, id, "confirm", Json.createObjectBuilder()).status());
        assertTrue(expect(200, api.get(LEAD, "api/statements")).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getJsonNumber("id").longValue() == id));
        Api.Login beauty = data.user("STORE_MANAGER", null, fixture.storeId("BEAUTY-DY"));
        assertEquals(404, api.get(beauty, "api/statements/" + id).status());
        assertEquals(404, api.get(beauty, "api/statements?contractId=" + p.contractId()).status());
        assertEquals(404, api.post(beauty, "api/temporary-agents", Json.createObjectBuilder()
                .add("contractId", p.contractId()).add("workFrom", data.start(p.contractId()).toString())
                .add("workTo", data.start(p.contractId()).toString()).add("agents", 1).build()).status());
        assertTrue(expect(200, api.get(beauty, "api/statements")).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getJsonNumber("id").longValue() == id));
    }

    // --- helpers

    private static JsonObjectBuilder invoice(String excl, String tax, String total) {
        return Json.createObjectBuilder().add("number", "26442000000012345678").add("issuedOn", "2026-01-03")
                .add("amountExclTax", new BigDecimal(excl)).add("tax", new BigDecimal(tax))
                .add("total", new BigDecimal(total));
    }

    private static void assertMoney(String expected, JsonObject o, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(o.getJsonNumber(field).bigDecimalValue()),
                () -> field + " of " + o);
    }

    /** Runs the calls at the same moment, each on its own thread, and answers their replies in order. */
    @SafeVarargs
    private static List<Api.Reply> concurrently(Callable<Api.Reply>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }
}
