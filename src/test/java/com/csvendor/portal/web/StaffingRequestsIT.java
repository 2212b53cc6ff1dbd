package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staffing requests and dedicated agents end to end on MariaDB, with a vendor of its own serving
 * PETS-TM (a dedicated contract: 7 days' notice, at most 5 more agents) and HOME-JD (not dedicated).
 * One of its agents reports in both stores on one day: one agent-day flagged on the PETS-TM contract,
 * the other store never named, nothing on the HOME-JD one. The manager's requests are refused for
 * short notice and above the maximum, with the reason; the lead accepts once and only once. The
 * staffing page is checked in a real browser, in English (the demo manager requests) and Chinese
 * (the vendor's own lead declines with a reason).
 */
@ExtendWith(ArquillianExtension.class)
class StaffingRequestsIT {

    private static final String PREFIX = "STAFF-IT-";
    private static final LocalDate TODAY = LocalDate.now(BusinessTime.ZONE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void removeContracts() throws Exception {
        SettlementData.removeMadeUp(PREFIX);
    }

    private record Vendor(long id, long pets, long home, String petsNumber, String shared, String sharedName,
            String own, Api.Login lead) {
    }

    @Test
    void aDedicatedAgentSeenInAnotherStoreIsCountedWithoutNamingIt() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        Vendor v = vendor(api);
        LocalDate d1 = TODAY.minusDays(10);
        LocalDate d2 = TODAY.minusDays(9);
        publish(api, v, "PETS-TM", v.shared() + "," + d1 + ",100,10,10\n" + v.shared() + "," + d2 + ",100,10,10\n"
                + v.own() + "," + d1 + ",100,10,10\n");
        publish(api, v, "HOME-JD", v.shared().replace("pets", "home") + "," + d1 + ",100,10,10\n");

        JsonObject flags = expect(200, api.get(MANAGER, "api/contracts/" + v.pets() + "/dedicated-agent-flags?from="
                + d1 + "&to=" + d2)).json();
        assertTrue(flags.getBoolean("dedicated"), flags::toString);
        assertEquals(1, flags.getInt("agentDays"), flags::toString);
        assertEquals(1, flags.getInt("agents"), flags::toString);
        JsonObject agent = flags.getJsonArray("byAgent").getJsonObject(0);
        assertEquals(v.sharedName(), agent.getString("name"));
        assertEquals(1, agent.getInt("days"));
        assertEquals(d1.toString(), flags.getJsonArray("days").getJsonObject(0).getString("date"));
        assertFalse(flags.toString().contains("HOME-JD") || flags.toString().contains("好家居"), flags::toString);

        JsonObject home = expect(200, api.get(MANAGER, "api/contracts/" + v.home() + "/dedicated-agent-flags?from="
                + d1 + "&to=" + d2)).json();
        assertFalse(home.getBoolean("dedicated"), home::toString);
        assertEquals(0, home.getInt("agentDays"), home::toString);

        // The demo manager's queue holds other classes' contracts too (at most 10 shown): at least this one.
        JsonObject queue = queue(api, MANAGER, "DEDICATED_ELSEWHERE");
        assertTrue(queue.getInt("count") >= 1, queue::toString);
        assertFalse(queue.toString().contains(v.sharedName()), "counts only on the home page");
    }

    @Test
    void theContractsNoticeAndMaximumAreCheckedAndADecisionIsFinal() {
        Api api = new Api(Deployments.onLoopback(base));
        Vendor v = vendor(api);
        String path = "api/contracts/" + v.pets() + "/staffing-requests";

        Api.Reply shortNotice = api.inLanguage("en").post(MANAGER, path, request(2, TODAY.plusDays(3), null));
        assertEquals(400, shortNotice.status(), shortNotice::toString);
        assertTrue(shortNotice.body().contains("7 days' notice") && shortNotice.body().contains(
                TODAY.plusDays(7).toString()), shortNotice::toString);

        JsonObject first = expect(201, api.post(MANAGER, path, request(3, TODAY.plusDays(10), TODAY.plusDays(20))))
                .json();
        assertEquals("REQUESTED", first.getString("status"));
        Api.Reply tooMany = api.inLanguage("zh-CN").post(MANAGER, path, request(3, TODAY.plusDays(15), null));
        assertEquals(400, tooMany.status(), tooMany::toString);
        assertTrue(tooMany.body().contains("最多增加 5 名客服"), tooMany::toString);
        // Not sharing a day with the first, 5 more fit.
        expect(201, api.post(MANAGER, path, request(5, TODAY.plusDays(21), TODAY.plusDays(25))));

        JsonObject toAnswer = queue(api, v.lead(), "STAFFING_TO_ANSWER");
        assertEquals(2, toAnswer.getInt("count"), toAnswer::toString);
        assertTrue(toAnswer.toString().contains(v.petsNumber() + ": ")
                && toAnswer.toString().contains("asks for 3 more agents"), toAnswer::toString);
        String decide = "api/staffing-requests/" + first.getJsonNumber("id") + "/";
        Api.Reply stale = api.post(v.lead(), decide + "accept", Json.createObjectBuilder().add("version", 99).build());
        assertEquals(409, stale.status(), stale::toString);
        Api.Reply noReason = api.post(v.lead(), decide + "decline", Json.createObjectBuilder().build());
        assertEquals(400, noReason.status(), noReason::toString);
        expect(403, api.post(v.lead(), decide + "withdraw", Json.createObjectBuilder().build()));
        JsonObject accepted = expect(200, api.post(v.lead(), decide + "accept", Json.createObjectBuilder()
                .add("note", "已安排").build())).json();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals(v.lead().username(), accepted.getString("decidedBy"));
        Api.Reply again = api.inLanguage("en").post(MANAGER, decide + "withdraw", Json.createObjectBuilder().build());
        assertEquals(400, again.status(), again::toString);
        assertTrue(again.body().contains("already accepted"), again::toString);

        assertEquals(0, queue(api, v.lead(), "STAFFING_TO_ANSWER").getInt("count") - 1, "one answered, one left");
        assertTrue(queue(api, MANAGER, "STAFFING_ANSWERED").getInt("count") >= 1);
        String audit = expect(200, api.get(ADMIN, "api/contracts/" + v.pets() + "/audit")).body();
        assertTrue(audit.contains("STAFFING_REQUESTED") && audit.contains("STAFFING_ACCEPTED"), audit);
    }

    @Test
    void theManagerRequestsInEnglishAndTheLeadDeclinesInChinese() {
        Api api = new Api(Deployments.onLoopback(base));
        Vendor v = vendor(api);
        LocalDate from = TODAY.plusDays(30);
        try (Browser manager = new Browser(Deployments.onLoopback(base), "en")) {
            manager.signIn("manager", "manager123");
            manager.open("contracts/view.xhtml?id=" + v.pets());
            manager.clickAndWaitForPage(By.id("contract-form:staffing"));
            assertTrue(manager.find("staffing-form:terms").getText().contains("7 days' notice"), manager.text());
            manager.usable("staffing-form:agents_input").sendKeys("2");
            manager.date("staffing-form:from_input", from);
            manager.usable("staffing-form:note").sendKeys("年终盘点");
            manager.usable("staffing-form:send").click();
            manager.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("staffing-form:requests"), "waiting for the vendor"));
            String table = manager.find("staffing-form:requests").getText();
            assertTrue(table.contains("from " + from + " until the contract ends") && table.contains("年终盘点"), table);
        }
        try (Browser lead = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            lead.signIn(v.lead().username(), v.lead().password());
            lead.open("contracts/staffing.xhtml?id=" + v.pets());
            assertTrue(lead.find("dedicated-summary").getText().contains("个人天"), lead.text());
            lead.usable("staffing-form:requests:0:note").sendKeys("人手不足");
            lead.usable("staffing-form:requests:0:decline").click();
            lead.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("staffing-form:requests"), "人手不足"));
            assertTrue(lead.find("staffing-form:requests").getText().contains("拒绝"), lead.text());
            assertFalse(lead.present("staffing-form:send"), "only the store's manager requests");
        }
        List<JsonObject> requests = expect(200, api.get(MANAGER, "api/contracts/" + v.pets() + "/staffing-requests"))
                .array().getValuesAs(JsonObject.class);
        assertEquals(List.of("DECLINED"), requests.stream().map(r -> r.getString("status")).toList());
    }

    /**
     * An accepted request raises the headcount checked on its days, and what was stored before it — the
     * SLA cycle evaluated, the draft statement generated — follows. A seat contract from the first of last
     * month (2 agents a day, ¥50 per missing agent-day) has both agents on the 10th of last month: kept,
     * no fine. The manager asks for 1 more agent; the request's day is then moved back to that 10th in the
     * database, as time would have (the store asked with notice, the vendor answers after the day was
     * uploaded and judged). Once the lead accepts, the 10th is 2 of 3 committed: the stored cycle is
     * recomputed at once with the ¥50 fine, and the draft generated again has the shortfall line.
     */
    @Test
    void anAcceptedRequestRaisesTheCheckedHeadcountAndTheCyclesMoneyFollows() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        Fixture fixture = new Fixture(api);
        LocalDate start = TODAY.withDayOfMonth(1).minusMonths(1);
        LocalDate day = start.plusDays(9);
        long vendor = fixture.newVendor().getJsonNumber("id").longValue();
        ContractTerms t = ContractJson.terms(start, TODAY.plusMonths(6));
        t.getScope().setServiceTypes(EnumSet.of(ServiceType.REVIEW_FOLLOW_UP));
        t.getHours().setShifts(List.of(Terms.shift("白班", LocalTime.of(9, 0), LocalTime.of(18, 0), 2)));
        t.getStaffing().setAddNoticeDays(7);
        t.getStaffing().setMaxAdditionalAgents(5);
        t.getStaffing().setPromotions(List.of());
        t.getStaffing().setFinePerMissingAgentDay(new BigDecimal("50.00"));
        long contract = active(api, fixture.storeId("PETS-TM"), vendor, number(), t);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            String account = fixture.unique("pets");
            agent(api, vendor, fixture.unique("增员坐席"), List.of(fixture.storeId("PETS-TM")), List.of(account));
            rows.append(account).append(',').append(day).append(",100,10,10\n");
        }
        String leadName = fixture.unique("stlead").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", leadName)
                .add("displayName", "增员主管").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("VENDOR_LEAD")).add("vendorId", vendor).build()));
        Api.Login lead = new Api.Login(leadName, "Throwaway-pw-1");
        publish(api, lead, "PETS-TM", rows.toString());
        expect(200, api.post(MANAGER, "api/sla-results/evaluate?contract=" + contract + "&from=" + start + "&to=" + day,
                Json.createObjectBuilder().build()));

        assertEquals("2/2 missing 0", staffingDay(api, contract, day));
        assertEquals(0, BigDecimal.ZERO.compareTo(penalties(api, contract, start)), "kept: no fine");
        SettlementData settlement = new SettlementData(api);
        assertFalse(settlement.generate(contract).toString().contains("STAFFING_SHORTFALL"));

        long request = expect(201, api.post(MANAGER, "api/contracts/" + contract + "/staffing-requests",
                request(1, TODAY.plusDays(7), TODAY.plusDays(7)))).json().getJsonNumber("id").longValue();
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement s = c.prepareStatement(
                        "UPDATE staffing_request SET from_date = ?, to_date = ? WHERE id = ?")) {
            s.setObject(1, day);
            s.setObject(2, day);
            s.setLong(3, request);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals("2/2 missing 0", staffingDay(api, contract, day), "asked for, not accepted: not counted");
        expect(200, api.post(lead, "api/staffing-requests/" + request + "/accept", Json.createObjectBuilder().build()));

        assertEquals("2/3 missing 1", staffingDay(api, contract, day));
        assertEquals(0, new BigDecimal("50.00").compareTo(penalties(api, contract, start)),
                "the stored cycle is recomputed on acceptance: 1 missing agent-day × ¥50");
        JsonObject regenerated = settlement.generate(contract);
        assertEquals("DRAFT", regenerated.getString("status"), regenerated::toString);
        JsonObject shortfall = regenerated.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals("STAFFING_SHORTFALL")).findFirst()
                .orElseThrow(() -> new AssertionError(regenerated.toString()));
        assertEquals(0, new BigDecimal("-50.00").compareTo(shortfall.getJsonNumber("amount").bigDecimalValue()),
                shortfall::toString);
        assertTrue(shortfall.getString("explanation").contains(day + " (2/3)"), shortfall::toString);
    }

    /** present/committed and the missing agents of one day of the contract's staffing reconciliation. */
    private static String staffingDay(Api api, long contract, LocalDate day) {
        JsonObject d = expect(200, api.get(MANAGER, "api/contracts/" + contract + "/staffing?from=" + day + "&to="
                + day)).json().getJsonArray("days").getJsonObject(0);
        return d.getInt("present") + "/" + d.getInt("committed") + " missing " + d.getInt("missing");
    }

    /** The penalties of the stored SLA cycle starting on {@code cycleStart}. */
    private static BigDecimal penalties(Api api, long contract, LocalDate cycleStart) {
        return expect(200, api.get(MANAGER, "api/sla-results/cycles/" + contract)).array()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("cycleStart").equals(cycleStart
                        .toString())).findFirst().orElseThrow().getJsonNumber("penaltyTotal").bigDecimalValue();
    }

    private static JsonObject request(int agents, LocalDate from, LocalDate to) {
        var body = Json.createObjectBuilder().add("agents", agents).add("fromDate", from.toString());
        if (to != null) {
            body.add("toDate", to.toString());
        }
        return body.build();
    }

    private static JsonObject queue(Api api, Api.Login who, String kind) {
        return expect(200, api.inLanguage("en").get(who, "api/me/work")).array().getValuesAs(JsonObject.class)
                .stream().filter(q -> q.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    /**
     * A new vendor with a dedicated contract in PETS-TM (7 days' notice, at most 5 more agents) and one
     * not dedicated in HOME-JD, both in force from 20 days ago for half a year; an agent with accounts
     * in both stores, one in PETS-TM only, and a lead.
     */
    private static Vendor vendor(Api api) {
        Fixture fixture = new Fixture(api);
        long pets = fixture.storeId("PETS-TM");
        long homeStore = fixture.storeId("HOME-JD");
        long id = fixture.newVendor().getJsonNumber("id").longValue();
        ContractTerms dedicated = terms(true);
        String petsNumber = number();
        long petsContract = active(api, pets, id, petsNumber, dedicated);
        long homeContract = active(api, homeStore, id, number(), terms(false));
        String shared = fixture.unique("pets");
        String sharedName = fixture.unique("共享坐席");
        String own = fixture.unique("pets");
        agent(api, id, sharedName, List.of(pets, homeStore), List.of(shared, shared.replace("pets", "home")));
        agent(api, id, fixture.unique("专属坐席"), List.of(pets), List.of(own));
        String lead = fixture.unique("stlead").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", lead)
                .add("displayName", "增员主管").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("VENDOR_LEAD")).add("vendorId", id).build()));
        return new Vendor(id, petsContract, homeContract, petsNumber, shared, sharedName, own,
                new Api.Login(lead, "Throwaway-pw-1"));
    }

    private static ContractTerms terms(boolean dedicated) {
        ContractTerms t = ContractJson.terms(TODAY.minusDays(20), TODAY.plusMonths(6));
        t.getScope().setServiceTypes(EnumSet.of(ServiceType.REVIEW_FOLLOW_UP));
        t.getHours().setDedicatedAgents(dedicated);
        t.getStaffing().setAddNoticeDays(7);
        t.getStaffing().setMaxAdditionalAgents(5);
        t.getStaffing().setPromotions(List.of());
        return t;
    }

    private static String number() {
        return PREFIX + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static long active(Api api, long store, long vendor, String number, ContractTerms terms) {
        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts", ContractJson.form(store, vendor, number,
                terms))).json();
        long contract = draft.getJsonNumber("id").longValue();
        expect(200, api.post(MANAGER, "api/contracts/" + contract + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        return contract;
    }

    private static void agent(Api api, long vendor, String name, List<Long> stores, List<String> accounts) {
        var list = Json.createArrayBuilder();
        for (int i = 0; i < stores.size(); i++) {
            list.add(Json.createObjectBuilder().add("storeId", stores.get(i)).add("accountName", accounts.get(i)));
        }
        expect(201, api.post(ADMIN, "api/vendors/" + vendor + "/agents", Json.createObjectBuilder()
                .add("displayName", name).add("accounts", list).build()));
    }

    private static void publish(Api api, Vendor v, String store, String rows) throws InterruptedException {
        publish(api, v.lead(), store, rows);
    }

    private static void publish(Api api, Api.Login lead, String store, String rows) throws InterruptedException {
        Api.Reply reply = api.send(lead.authorization(), "POST", "api/kpi-imports?store=" + store
                + "&fileName=staffing.csv", "agent_account,date,received,ratings,satisfied_ratings\n" + rows,
                "text/csv; charset=UTF-8");
        assertEquals(202, reply.status(), reply::toString);
        api.published(reply.json().getJsonNumber("id").longValue(), 480);
    }
}
