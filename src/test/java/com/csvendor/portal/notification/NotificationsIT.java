package com.csvendor.portal.notification;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.BusinessTime;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's notifications, received by a real SMTP server (GreenMail) that this test runs in its
 * own JVM on the loopback port the failsafe configuration points every portal at
 * ({@code PORTAL_MAIL_HOST}/{@code PORTAL_MAIL_PORT}, with a user and password, without TLS). Each
 * test makes its own store (code starting {@code H18M}), vendor, users with addresses of their own
 * and contracts numbered {@code H18M-…} over fixed past months (statements need a closed cycle, SLA
 * windows a past day), triggers the event through the REST API as the users would, and reads the
 * mails: recipient, subject and language; a user who opted out gets nothing, and a step rolled back
 * sends nothing. The contracts and what was written about them are removed afterwards and the users
 * deactivated, so that no later test mails them.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    static final String PREFIX = "H18M-";
    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3025);
    static final String BASE_URL = "http://portal.test:8080/";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withConfiguration(GreenMailConfiguration.aConfig()
                    .withUser("portal-it", "portal-it-smtp")).withPerMethodLifecycle(false);

    private static final List<Long> USERS = new ArrayList<>();
    private static Api admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private Fixture fixture;

    /** A store, a vendor, the store's manager and the vendor's lead, made for one test. */
    private record Party(long storeId, String storeCode, String storeName, long vendorId, String vendorName,
            User manager, User lead) {
    }

    /** A user made for a test, with an address of their own. */
    private record User(long id, Api.Login login, String email) {
    }

    @BeforeEach
    void connect() {
        api = new Api(Deployments.onLoopback(base));
        admin = api;
        fixture = new Fixture(api);
    }

    @AfterAll
    static void removeMadeUp() throws SQLException {
        SettlementData.removeMadeUp(PREFIX);
        for (long id : USERS) {
            admin.post(ADMIN, "api/users/" + id + "/deactivate", null);
        }
    }

    @Test
    void anIssuedStatementMailsTheVendorsLeadsInTheirLanguageAndADisputedOneMailsFinance() throws Exception {
        Party p = party("en");
        User quietLead = user("VENDOR_LEAD", p.vendorId(), null, "zh");
        optOut(quietLead, "STATEMENT_ISSUED");
        User financeZh = user("FINANCE", null, null, "zh");
        User quietFinance = user("FINANCE", null, null, "en");
        optOut(quietFinance, "STATEMENT_DISPUTED");
        long contract = contract(p, LocalDate.of(2025, 1, 1), SettlementData.terms(LocalDate.of(2025, 1, 1)));
        JsonObject statement = generate(contract, LocalDate.of(2025, 1, 1));
        long id = statement.getJsonNumber("id").longValue();
        String number = statement.getString("number");

        step(FINANCE, id, "issue", Json.createObjectBuilder());
        MimeMessage issued = awaitMail(p.lead().email());
        assertEquals("Statement " + number + " is issued: please confirm or dispute it", issued.getSubject());
        assertEquals("en", issued.getHeader("Content-Language", null));
        String body = text(issued);
        assertTrue(body.contains(p.storeName()) && body.contains(p.vendorName()) && body.contains("¥"), body);
        assertTrue(body.contains(BASE_URL + "settlement/statement.xhtml?id=" + id), body);
        assertEquals("portal-it@csvendor.test", issued.getFrom()[0].toString());

        step(p.lead().login(), id, "dispute", Json.createObjectBuilder().add("comment", "坐席人数与排班不符"));
        MimeMessage disputed = awaitMail(financeZh.email());
        assertEquals(p.vendorName() + "对结算单 " + number + " 提出异议", disputed.getSubject());
        assertEquals("zh-CN", disputed.getHeader("Content-Language", null));
        assertTrue(text(disputed).contains("坐席人数与排班不符"), () -> text(disputed));

        assertNoMail(quietLead.email(), "opted out of issued statements");
        assertNoMail(quietFinance.email(), "opted out of disputed statements");
        assertNoMail(p.manager().email(), "a manager is told of neither");
        assertEquals(1, mailsTo(p.lead().email()).size(), "one mail per event");
    }

    @Test
    void aRaisedDisputeMailsTheStoresManagersAndItsDecisionMailsTheVendorsLeads() throws Exception {
        Party p = party("en");
        User quietManager = user("STORE_MANAGER", null, p.storeId(), "zh");
        optOut(quietManager, "DISPUTE_RAISED");
        LocalDate month = LocalDate.of(2025, 2, 1);
        long contract = contract(p, month, SettlementData.terms(month));
        long incident = expect(201, api.post(p.manager().login(), "api/incidents", Json.createObjectBuilder()
                .add("contractId", contract).add("occurredOn", month.plusDays(9).toString())
                .add("type", "FORBIDDEN_PHRASE").add("evidence", "会话截图：使用了禁用语").build())).json()
                .getJsonNumber("id").longValue();
        long dispute = expect(201, api.post(p.lead().login(), "api/disputes", Json.createObjectBuilder()
                .add("subjectType", "INCIDENT").add("subjectId", incident).add("comment", "顾客先使用了该词语").build()))
                .json().getJsonNumber("id").longValue();

        MimeMessage raised = awaitMail(p.manager().email());
        // The incident in the words of the manager's home queue (SlaSubjects): its day and type.
        assertEquals("待处理异议：" + p.vendorName() + "对2025-02-10 使用禁用语提出异议", raised.getSubject());
        assertEquals("zh-CN", raised.getHeader("Content-Language", null));
        assertTrue(text(raised).contains("顾客先使用了该词语") && text(raised).contains(BASE_URL
                + "sla/contract.xhtml?id=" + contract), () -> text(raised));

        expect(200, api.post(p.manager().login(), "api/disputes/" + dispute + "/reject", Json.createObjectBuilder()
                .add("comment", "录音证实为坐席先说").build()));
        MimeMessage decided = awaitMail(p.lead().email());
        assertTrue(decided.getSubject().startsWith("Dispute rejected: Forbidden phrase used on 2025-02-10 "),
                decided.getSubject());
        assertEquals("en", decided.getHeader("Content-Language", null));
        assertTrue(text(decided).contains("录音证实为坐席先说"), () -> text(decided));

        assertNoMail(quietManager.email(), "opted out of raised disputes");
        assertEquals(1, mailsTo(p.manager().email()).size(), "the manager is not told of their own decision");
    }

    @Test
    void aRefusedImportMailsItsUploaderOnly() throws Exception {
        Party p = party("zh");
        LocalDate month = LocalDate.of(2025, 3, 1);
        contract(p, month, SettlementData.terms(month));
        String file = "h18m-refused-" + System.nanoTime() + ".csv";
        long id = upload(p, file, row("h18m-nobody", month.plusDays(4), 100, "20"));
        assertEquals("REJECTED", awaitImport(p.lead().login(), id));

        MimeMessage refused = awaitMail(p.lead().email());
        assertEquals("KPI 导入被拒绝：" + file, refused.getSubject());
        String body = text(refused);
        assertTrue(body.contains(p.storeName()) && body.contains(BASE_URL + "kpi/import.xhtml?id=" + id), body);
        assertTrue(!body.contains("kpi.import.") && !body.contains("{0}"), body);
        assertNoMail(p.manager().email(), "an import is its uploader's business");
    }

    @Test
    void reachingATerminationRightMailsTheStoresManagers() throws Exception {
        Party p = party("en");
        LocalDate month = LocalDate.of(2025, 4, 1);
        ContractTerms terms = SettlementData.terms(month);
        SlaTarget firstResponse = new SlaTarget();
        firstResponse.setMetric(Metric.FIRST_RESPONSE_SECONDS);
        firstResponse.setComparator(Comparator.LE);
        firstResponse.setThreshold(new BigDecimal("30"));
        firstResponse.setWindow(SlaWindow.DAILY);
        firstResponse.setMinimumSample(1);
        terms.getSlaTargets().add(firstResponse);
        terms.getPenalties().setTerminationAfterBreaches(2);
        long contract = contract(p, month, terms);
        String account = "h18m-" + Long.toString(System.nanoTime(), 36);
        expect(201, api.post(ADMIN, "api/vendors/" + p.vendorId() + "/agents", Json.createObjectBuilder()
                .add("displayName", "坐席 " + account).add("accounts", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("storeId", p.storeId()).add("accountName", account))).build()));
        long id = upload(p, "h18m-breaches.csv", row(account, month.plusDays(6), 100, "90")
                + row(account, month.plusDays(7), 100, "95"));
        assertEquals("PUBLISHED", awaitImport(p.lead().login(), id));

        MimeMessage right = awaitMail(p.manager().email());
        assertTrue(right.getSubject().startsWith("已达合同解除条件：" + p.vendorName() + "，合同 " + PREFIX),
                right.getSubject());
        assertEquals("zh-CN", right.getHeader("Content-Language", null), "the manager reads Chinese");
        assertTrue(text(right).contains("已连续 2 个考核窗口未达标") && text(right).contains(p.storeName()),
                () -> text(right));
        assertNoMail(p.lead().email(), "the vendor is not told of the store's right");
        assertEquals(1, mailsTo(p.manager().email()).size(), "one mail, however many cycles were recomputed");
    }

    /**
     * A contract in force from the day before yesterday (Beijing time) whose reports are due at midnight
     * after their day: the day before yesterday was never uploaded, yesterday's report came before its due
     * time, today's is not due yet. The hourly check (run now, as an administrator may) mails the missing
     * day to the vendor's lead and the store's manager, each in their language, and nothing on a second run.
     */
    @Test
    void aDailyReportMissingPastItsDueTimeMailsTheVendorsLeadsAndTheStoresManagersOnce() throws Exception {
        Party p = party("en");
        User quietLead = user("VENDOR_LEAD", p.vendorId(), null, "zh");
        optOut(quietLead, "REPORT_MISSING");
        User quietManager = user("STORE_MANAGER", null, p.storeId(), "en");
        optOut(quietManager, "REPORT_MISSING");
        clearOfTheHourlyCheck();
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        LocalDate missing = today.minusDays(2);
        LocalDate onTime = today.minusDays(1);
        ContractTerms terms = SettlementData.terms(missing);
        terms.getPenalties().getDailyReport().setDueDaysAfter(1);
        terms.getPenalties().getDailyReport().setDueTime(LocalTime.MIDNIGHT);
        long contract = contract(p, missing, terms);
        String account = "h18m-" + Long.toString(System.nanoTime(), 36);
        expect(201, api.post(ADMIN, "api/vendors/" + p.vendorId() + "/agents", Json.createObjectBuilder()
                .add("displayName", "坐席 " + account).add("accounts", Json.createArrayBuilder().add(Json
                        .createObjectBuilder().add("storeId", p.storeId()).add("accountName", account))).build()));
        long id = upload(p, "h18m-on-time.csv", row(account, onTime, 100, "20"));
        assertEquals("PUBLISHED", awaitImport(p.lead().login(), id));
        // The test cannot wait for a due time to pass: the receipt is moved to 23:00 Beijing time of its day,
        // before the report's due time (midnight), as if the vendor had uploaded it then.
        try (Connection c = db(); PreparedStatement received = c.prepareStatement("UPDATE kpi_report_day SET"
                + " received_at = ? WHERE store_id = ? AND vendor_id = ? AND business_date = ?")) {
            received.setObject(1, onTime.atTime(15, 0));
            received.setLong(2, p.storeId());
            received.setLong(3, p.vendorId());
            received.setObject(4, onTime);
            assertEquals(1, received.executeUpdate());
        }

        expect(200, api.post(ADMIN, "api/report-deadlines/check", null));
        MimeMessage toLead = awaitMail(p.lead().email());
        assertEquals("Daily report missing: " + p.vendorName() + " for " + p.storeName() + ", " + missing,
                toLead.getSubject());
        assertEquals("en", toLead.getHeader("Content-Language", null));
        assertTrue(text(toLead).contains("was due at " + onTime + " 00:00 Beijing time") && text(toLead)
                .contains(BASE_URL + "contracts/reports.xhtml?id=" + contract), () -> text(toLead));
        MimeMessage toManager = awaitMail(p.manager().email());
        assertEquals("日报缺失：" + p.vendorName() + "（" + p.storeName() + "）" + missing, toManager.getSubject());
        assertEquals("zh-CN", toManager.getHeader("Content-Language", null));
        assertTrue(text(toManager).contains("北京时间 " + onTime + " 00:00"), () -> text(toManager));

        expect(200, api.post(ADMIN, "api/report-deadlines/check", null));
        assertNoMail(quietLead.email(), "opted out of missing reports");
        assertNoMail(quietManager.email(), "opted out of missing reports");
        assertEquals(List.of(toLead.getSubject()), subjects(p.lead().email()), "one mail per missing day, however many runs");
        assertEquals(List.of(toManager.getSubject()), subjects(p.manager().email()),
                "one mail per missing day, however many runs");
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(
                "SELECT business_date FROM report_day_missed WHERE contract_id = ?")) {
            q.setLong(1, contract);
            List<LocalDate> announced = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    announced.add(r.getDate(1).toLocalDate());
                }
            }
            assertEquals(List.of(missing), announced, "the day uploaded before its due time is not announced");
        }
    }

    @Test
    void aStatementStepThatRollsBackMailsNothing() throws Exception {
        Party p = party("en");
        LocalDate month = LocalDate.of(2025, 5, 1);
        long contract = contract(p, month, SettlementData.terms(month));
        long id = generate(contract, month).getJsonNumber("id").longValue();
        long version = expect(200, api.get(ADMIN, "api/statements/" + id)).json().getJsonNumber("version").longValue();
        Api.Reply refused;
        try (Connection c = db()) {
            c.setAutoCommit(false);
            // Someone else changes the statement and holds its row: the issue below passes its version check,
            // fires its event, then waits at its write and fails when this commits — its transaction rolls back.
            try (PreparedStatement bump = c.prepareStatement("UPDATE statement SET version = version + 1 WHERE id = ?")) {
                bump.setLong(1, id);
                assertEquals(1, bump.executeUpdate());
            }
            CompletableFuture<Api.Reply> issue = CompletableFuture.supplyAsync(() -> api.post(FINANCE,
                    "api/statements/" + id + "/issue", Json.createObjectBuilder().add("version", version).build()));
            awaitBlockedUpdate(c);
            c.commit();
            refused = issue.get(60, TimeUnit.SECONDS);
        }
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("DRAFT", expect(200, api.get(ADMIN, "api/statements/" + id)).json().getString("status"));
        assertNoMail(p.lead().email(), "the issue was rolled back");

        step(FINANCE, id, "issue", Json.createObjectBuilder());
        awaitMail(p.lead().email());
        Thread.sleep(3000);
        assertEquals(1, mailsTo(p.lead().email()).size(), "only the issue that committed is announced");
    }

    /**
     * The portal's own hourly check fires at minute 7 on the test portal too. Between a contract's
     * activation and the upload of a day it would rightly find that day missing and announce it, so a
     * test that uploads a day past its due time keeps clear of it: it starts after minute 8 when it
     * would otherwise run into minute 7.
     */
    private static void clearOfTheHourlyCheck() throws InterruptedException {
        LocalTime now = LocalTime.now(BusinessTime.ZONE);
        if (now.getMinute() >= 4 && now.getMinute() < 8) {
            Thread.sleep(java.time.Duration.between(now, now.withMinute(8).withSecond(0).withNano(0)).toMillis());
        }
    }

    // --- the party, its contracts and statements

    /** A party whose manager reads Chinese and whose lead reads the language given. */
    private Party party(String leadLanguage) {
        String code = fixture.unique("H18M").toUpperCase(Locale.ROOT);
        String storeName = "通知测试店 " + code;
        long storeId = expect(201, api.post(ADMIN, "api/stores", Json.createObjectBuilder().add("code", code)
                .add("name", storeName).add("platform", "OTHER").add("timeZone", "Asia/Shanghai").build())).json()
                .getJsonNumber("id").longValue();
        JsonObject vendor = fixture.newVendor();
        long vendorId = vendor.getJsonNumber("id").longValue();
        return new Party(storeId, code, storeName, vendorId, vendor.getString("name"),
                user("STORE_MANAGER", null, storeId, "zh"), user("VENDOR_LEAD", vendorId, null, leadLanguage));
    }

    private User user(String role, Long vendorId, Long storeId, String language) {
        String name = ("h18m" + role.charAt(0) + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        String email = name + "@h18m.test";
        JsonObjectBuilder body = Json.createObjectBuilder().add("username", name).add("displayName", name)
                .add("password", "Throwaway-pw-1").add("roles", Json.createArrayBuilder().add(role))
                .add("email", email).add("language", language);
        if (vendorId != null) {
            body.add("vendorId", vendorId);
        }
        if (storeId != null) {
            body.add("storeIds", Json.createArrayBuilder().add(storeId));
        }
        JsonObject created = expect(201, api.post(ADMIN, "api/users", body.build())).json();
        assertEquals(email, created.getString("email"));
        long id = created.getJsonNumber("id").longValue();
        synchronized (USERS) {
            USERS.add(id);
        }
        return new User(id, new Api.Login(name, "Throwaway-pw-1"), email);
    }

    /** The user turns one kind off on their own settings, keeping their language. */
    private void optOut(User u, String kind) {
        JsonObject mine = expect(200, api.get(u.login(), "api/me/notification-preferences")).json();
        JsonArrayBuilder choices = Json.createArrayBuilder();
        mine.getJsonArray("notifications").getValuesAs(JsonObject.class).forEach(c -> choices.add(Json
                .createObjectBuilder().add("kind", c.getString("kind")).add("enabled", !c.getString("kind").equals(kind))));
        JsonObject saved = expect(200, api.put(u.login(), "api/me/notification-preferences", Json.createObjectBuilder()
                .add("language", mine.getString("language")).add("notifications", choices).build())).json();
        assertTrue(saved.getJsonArray("notifications").getValuesAs(JsonObject.class).stream().anyMatch(c -> c
                .getString("kind").equals(kind) && !c.getBoolean("enabled")), saved::toString);
    }

    private long contract(Party p, LocalDate month, ContractTerms terms) {
        terms.getPeriod().setStart(month);
        terms.getPeriod().setEnd(month.plusMonths(1).minusDays(1));
        String number = PREFIX + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        JsonObject draft = expect(201, api.post(p.manager().login(), "api/contracts",
                ContractJson.form(p.storeId(), p.vendorId(), number, terms))).json();
        long id = draft.getJsonNumber("id").longValue();
        expect(200, api.post(p.manager().login(), "api/contracts/" + id + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        return id;
    }

    private JsonObject generate(long contract, LocalDate cycleStart) {
        return expect(201, api.post(ADMIN, "api/statements", Json.createObjectBuilder().add("contractId", contract)
                .add("cycleStart", cycleStart.toString()).build())).json();
    }

    private void step(Api.Login who, long statement, String action, JsonObjectBuilder body) {
        expect(200, api.post(who, "api/statements/" + statement + "/" + action, body.add("version",
                expect(200, api.get(ADMIN, "api/statements/" + statement)).json().getJsonNumber("version")).build()));
    }

    // --- KPI uploads

    static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,"
            + "first_response_seconds,avg_response_seconds,responded_within_3min,ratings,satisfied_ratings";

    static String row(String account, LocalDate date, int received, String firstResponse) {
        return account + "," + date + "," + received + ",40,10,\"500.00\"," + firstResponse + ",35," + received
                + ",20,19\n";
    }

    private long upload(Party p, String fileName, String rows) {
        Api.Reply reply = api.send(p.lead().login().authorization(), "POST", "api/kpi-imports?store=" + p.storeCode()
                + "&fileName=" + fileName, HEADER + "\n" + rows, "text/csv; charset=UTF-8");
        assertTrue(reply.status() == 202 || reply.status() == 200, reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private String awaitImport(Api.Login lead, long id) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            String status = expect(200, api.get(lead, "api/kpi-imports/" + id)).json().getString("status");
            if (!List.of("QUEUED", "RUNNING").contains(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    // --- the mailbox

    private static List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            Address[] to = m.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<String> subjects(String address) throws MessagingException {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : mailsTo(address)) {
            out.add(m.getSubject());
        }
        return out;
    }

    /** The first mail to the address, waiting up to 60 s for it (the portal sends after the commit, asynchronously). */
    private static MimeMessage awaitMail(String address) throws Exception {
        for (int i = 0; i < 240; i++) {
            List<MimeMessage> found = mailsTo(address);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address);
    }

    /** Nothing for the address, 3 s after the mails of the same event arrived elsewhere. */
    private static void assertNoMail(String address, String why) throws Exception {
        Thread.sleep(3000);
        List<MimeMessage> found = mailsTo(address);
        assertTrue(found.isEmpty(), () -> why + ": " + found.size() + " mail(s) to " + address);
    }

    private static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the database

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** Waits until another connection of the portal's user waits to write the statement row. */
    private static void awaitBlockedUpdate(Connection holder) throws Exception {
        try (Connection c = db(); PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM"
                + " information_schema.PROCESSLIST WHERE ID <> ? AND INFO LIKE 'UPDATE statement %'")) {
            long holderId;
            try (ResultSet r = holder.createStatement().executeQuery("SELECT CONNECTION_ID()")) {
                r.next();
                holderId = r.getLong(1);
            }
            q.setLong(1, holderId);
            for (int i = 0; i < 200; i++) {
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the issue never reached its write of the statement");
    }
}
