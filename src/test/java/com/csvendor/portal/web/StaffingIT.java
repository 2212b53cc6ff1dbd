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
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.Surcharge;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * Issue 17's end-to-end case on MariaDB: a vendor of its own with a contract over December 2000 in
 * PETS-TM — seats at ¥5,000 a month, 2 agents a day, 5 committed for 双12 (11–12 December) with a 50 %
 * surcharge, ¥50 per missing agent-day, ¥200 per missing daily report — uploads 2 agents a day
 * through the import REST path but skips the 3rd and the 4th, brings 5 agents on the 11th, only 3 on
 * the 12th and 1 on the 20th. Its statement has exactly the lines computed by hand below, to the
 * fen, and its SLA cycle and the vendor comparison agree with it; the SLA page's staffing strip shows
 * the short day, in English and Chinese, with a dispute button for the vendor's lead. The lead then
 * disputes the 12th, the store manager upholds it, and the regenerated draft statement neither fines
 * the 12th nor withholds its surcharge.
 */
@ExtendWith(ArquillianExtension.class)
class StaffingIT {

    private static final String PREFIX = "STAFF-IT-";
    private static final LocalDate START = LocalDate.of(2000, 12, 1);
    private static final LocalDate END = LocalDate.of(2000, 12, 31);

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

    @Test
    void aVendorThatUnderStaffs12December12AndSkipsTwoReportsGetsExactlyTheExpectedLines() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        Fixture fixture = new Fixture(api);
        long store = fixture.storeId("PETS-TM");
        long vendor = fixture.newVendor().getJsonNumber("id").longValue();

        ContractTerms negative = terms();
        negative.getStaffing().setFinePerMissingAgentDay(new BigDecimal("-1"));
        Api.Reply refused = api.post(MANAGER, "api/contracts", ContractJson.form(store, vendor, number(), negative));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("finePerMissingAgentDay"), refused::toString);

        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts", ContractJson.form(store, vendor, number(),
                terms()))).json();
        long contract = draft.getJsonNumber("id").longValue();
        expect(200, api.post(MANAGER, "api/contracts/" + contract + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String account = fixture.unique("staff" + i);
            expect(201, api.post(ADMIN, "api/vendors/" + vendor + "/agents", Json.createObjectBuilder()
                    .add("displayName", fixture.unique("坐席")).add("accounts", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("storeId", store).add("accountName", account)))
                    .build()));
            agents.add(account);
        }
        String lead = fixture.unique("stlead").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", lead)
                .add("displayName", "排班主管").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("VENDOR_LEAD")).add("vendorId", vendor).build()));
        Api.Login leadLogin = new Api.Login(lead, "Throwaway-pw-1");

        StringBuilder csv = new StringBuilder("agent_account,date,received,ratings,satisfied_ratings\n");
        for (LocalDate d = START; !d.isAfter(END); d = d.plusDays(1)) {
            int present = switch (d.getDayOfMonth()) {
                case 3, 4 -> 0;
                case 11 -> 5;
                case 12 -> 3;
                case 20 -> 1;
                default -> 2;
            };
            for (int i = 0; i < present; i++) {
                csv.append(agents.get(i)).append(',').append(d).append(",100,10,10\n");
            }
        }
        Api.Reply upload = api.send(leadLogin.authorization(), "POST", "api/kpi-imports?store=PETS-TM"
                + "&fileName=staffing.csv", csv.toString(), "text/csv; charset=UTF-8");
        assertEquals(202, upload.status(), upload::toString);
        api.published(upload.json().getJsonNumber("id").longValue(), 480);
        expect(200, api.post(MANAGER, "api/sla-results/evaluate?contract=" + contract + "&from=" + START + "&to=" + END,
                Json.createObjectBuilder().build()));

        JsonObject staffing = expect(200, api.get(MANAGER, "api/contracts/" + contract + "/staffing?from=" + START
                + "&to=" + END)).json();
        assertEquals(31, staffing.getJsonArray("days").size(), staffing::toString);
        assertEquals(2, staffing.getInt("shortDays"), staffing::toString);
        // Judged: 29 days; committed 26 × 2 + 5 + 5 + 2 = 64 agent-days, kept 52 + 5 + 3 + 1 = 61.
        assertEquals(64, staffing.getInt("committedAgentDays"));
        assertEquals(61, staffing.getInt("keptAgentDays"));
        assertEquals(0, new BigDecimal("95.31").compareTo(staffing.getJsonNumber("keptPercent").bigDecimalValue()));
        JsonObject twelfth = day(staffing, "2000-12-12");
        assertEquals(5, twelfth.getInt("committed"));
        assertEquals(3, twelfth.getInt("present"));
        assertEquals(2, twelfth.getInt("missing"));
        assertTrue(twelfth.getBoolean("shortfall") && twelfth.getBoolean("surchargeWithheld"), twelfth::toString);
        assertEquals("双12", twelfth.getString("promotion"));
        JsonObject third = day(staffing, "2000-12-03");
        assertFalse(third.getBoolean("judged"), "no rows that day: not 0 present");
        assertFalse(third.containsKey("present"), third::toString);
        expect(200, api.get(leadLogin, "api/contracts/" + contract + "/staffing"));

        // The calendar strip on the contract's SLA page: the manager in English, the vendor's lead in Chinese.
        try (Browser manager = new Browser(Deployments.onLoopback(base), "en")) {
            manager.signIn("manager", "manager123");
            manager.open("sla/contract.xhtml?id=" + contract);
            assertEquals("2000-12", manager.find("sla-form:staffing-month").getText());
            WebElement short12 = manager.find("staffing-2000-12-12");
            assertTrue(short12.getText().contains("3 / 5") && short12.getText().contains("Short")
                    && short12.getAttribute("class").contains("portal-staffing-short"), short12.getText());
            WebElement kept11 = manager.find("staffing-2000-12-11");
            assertTrue(kept11.getText().contains("5 / 5") && !kept11.getText().contains("Short"), kept11.getText());
            assertFalse(short12.getText().contains("Dispute"), "only the vendor's lead disputes: " + short12.getText());
            assertTrue(manager.find("staffing-2000-12-03").getText().contains("— / 2"), "no rows: not judged");
            String summary = manager.find("sla-form:staffing-summary").getText();
            assertTrue(summary.contains("61 of 64") && summary.contains("95.31 %") && summary.contains("2 short days"),
                    summary);
            manager.usable("sla-form:staffing-next").click();
            manager.waiting().until(d -> manager.find("sla-form:staffing-month").getText().equals("2001-01"));
            assertTrue(manager.present("sla-form:staffing-nothing"), manager.text());
        }
        try (Browser zh = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            zh.signIn(leadLogin.username(), leadLogin.password());
            zh.open("sla/contract.xhtml?id=" + contract);
            assertTrue(zh.find("staffing-2000-12-12").getText().contains("不足"), zh.text());
            assertTrue(zh.find("staffing-2000-12-12").getText().contains("申诉"), "the lead's dispute button: " + zh.text());
            assertFalse(zh.find("staffing-2000-12-11").getText().contains("申诉"), "a kept day is not disputable");
            assertTrue(zh.find("sla-form:staffing-summary").getText().contains("人员达标"), zh.text());
        }

        JsonObject statement = new SettlementData(api).generate(contract);
        // Seats: 61 agent-days × 5,000 / 31 = 9,838.71. 双12 surcharge: 50 % of the 11th and 12th's seats
        // (8 × 5,000 / 31 = 1,290.32) = 645.16; the 12th was short, its 3 × 5,000 / 31 = 483.87 earn none: −241.94.
        assertEquals(List.of("SEAT 9838.71", "SURCHARGE 645.16", "SURCHARGE_WITHHELD -241.94",
                "MISSING_REPORTS -400.00", "STAFFING_SHORTFALL -150.00"), lines(statement), statement::toString);
        JsonObject shortfall = line(statement, "STAFFING_SHORTFALL");
        assertTrue(shortfall.getString("explanation").contains("2000-12-12 (3/5), 2000-12-20 (1/2)"), shortfall::toString);
        assertEquals(0, new BigDecimal("3").compareTo(shortfall.getJsonNumber("quantity").bigDecimalValue()),
                "3 missing agent-days");
        assertTrue(line(statement, "SURCHARGE_WITHHELD").getString("explanation").contains("2000-12-12"));
        assertTrue(line(statement, "MISSING_REPORTS").getString("explanation").contains("2000-12-03, 2000-12-04"));

        JsonObject cycle = expect(200, api.get(MANAGER, "api/sla-results/cycles/" + contract)).array()
                .getValuesAs(JsonObject.class).get(0);
        assertEquals(0, new BigDecimal("10241.93").compareTo(cycle.getJsonNumber("serviceFee").bigDecimalValue()),
                cycle::toString);
        assertEquals(0, new BigDecimal("550.00").compareTo(cycle.getJsonNumber("penaltyTotal").bigDecimalValue()),
                cycle::toString);
        // One rule, one place: the comparison's fee of December is the statement's, the surcharge withheld.
        assertEquals(0, new BigDecimal("10241.93").compareTo(compared(api, vendor).getJsonNumber("fees")
                .bigDecimalValue()), () -> compared(api, vendor).toString());

        // The lead disputes the 12th (a kept day is refused, naming the day); the manager upholds it.
        Api.Reply kept = api.post(leadLogin, "api/disputes", staffingDispute(contract, "2000-12-11"));
        assertEquals(400, kept.status(), kept::toString);
        assertTrue(kept.body().contains("2000-12-11"), kept::toString);
        JsonObject dispute = expect(201, api.post(leadLogin, "api/disputes", staffingDispute(contract, "2000-12-12")))
                .json();
        assertEquals("STAFFING_DAY", dispute.getString("subjectType"));
        assertEquals("2000-12-12", dispute.getString("subject"));
        assertEquals(409, api.post(leadLogin, "api/disputes", staffingDispute(contract, "2000-12-12")).status(),
                "one open dispute per day");
        expect(200, api.post(MANAGER, "api/disputes/" + dispute.getJsonNumber("id") + "/accept",
                Json.createObjectBuilder().add("comment", "系统故障，当天已补人").build()));
        JsonObject waived = day(expect(200, api.get(MANAGER, "api/contracts/" + contract + "/staffing?from=" + START
                + "&to=" + END)).json(), "2000-12-12");
        assertTrue(waived.getBoolean("waived") && !waived.getBoolean("shortfall")
                && !waived.getBoolean("surchargeWithheld"), waived::toString);

        JsonObject regenerated = new SettlementData(api).generate(contract);
        assertEquals("DRAFT", regenerated.getString("status"), regenerated::toString);
        // The 12th earns its surcharge; only the 20th's 1 missing agent-day is fined.
        assertEquals(List.of("SEAT 9838.71", "SURCHARGE 645.16", "MISSING_REPORTS -400.00",
                "STAFFING_SHORTFALL -50.00"), lines(regenerated), regenerated::toString);
        assertTrue(line(regenerated, "STAFFING_SHORTFALL").getString("explanation").contains("2000-12-20 (1/2)")
                && !line(regenerated, "STAFFING_SHORTFALL").getString("explanation").contains("2000-12-12"));
        JsonObject recomputed = expect(200, api.get(MANAGER, "api/sla-results/cycles/" + contract)).array()
                .getValuesAs(JsonObject.class).get(0);
        assertEquals(0, new BigDecimal("10483.87").compareTo(recomputed.getJsonNumber("serviceFee").bigDecimalValue()),
                recomputed::toString);
        assertEquals(0, new BigDecimal("450.00").compareTo(recomputed.getJsonNumber("penaltyTotal").bigDecimalValue()),
                recomputed::toString);
        assertEquals(0, new BigDecimal("10483.87").compareTo(compared(api, vendor).getJsonNumber("fees")
                .bigDecimalValue()), () -> compared(api, vendor).toString());
    }

    private static JsonObject staffingDispute(long contract, String day) {
        return Json.createObjectBuilder().add("subjectType", "STAFFING_DAY").add("contractId", contract)
                .add("day", day).add("comment", "当天平台故障，客服在线但无数据").build();
    }

    /** The vendor's column of the comparison of PETS-TM over December 2000. */
    private static JsonObject compared(Api api, long vendor) {
        return expect(200, api.get(MANAGER, "api/comparisons?stores=PETS-TM&from=" + START + "&to=" + END)).json()
                .getJsonArray("vendors").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("vendorId").longValue() == vendor).findFirst().orElseThrow();
    }

    private static String number() {
        return PREFIX + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static ContractTerms terms() {
        ContractTerms t = SettlementData.terms(START);
        t.getHours().setShifts(List.of(Terms.shift("白班", LocalTime.of(9, 0), LocalTime.of(18, 0), 2)));
        PromotionCommitment p = new PromotionCommitment();
        p.setName("双12");
        p.setFrom(LocalDate.of(2000, 12, 11));
        p.setTo(LocalDate.of(2000, 12, 12));
        p.setHeadcount(5);
        t.getStaffing().setPromotions(List.of(p));
        t.getStaffing().setFinePerMissingAgentDay(new BigDecimal("50.00"));
        Surcharge s = new Surcharge();
        s.setName("双12");
        s.setFrom(p.getFrom());
        s.setTo(p.getTo());
        s.setUpliftPercent(new BigDecimal("50"));
        t.getFees().setSurcharges(List.of(s));
        t.getPenalties().getDailyReport().setMissing(MissingReportRule.FIXED_FINE);
        t.getPenalties().getDailyReport().setFinePerMissing(new BigDecimal("200.00"));
        return t;
    }

    private static JsonObject day(JsonObject staffing, String date) {
        return staffing.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(date)).findFirst().orElseThrow();
    }

    private static List<String> lines(JsonObject statement) {
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("type") + " " + l.getJsonNumber("amount").bigDecimalValue().toPlainString())
                .toList();
    }

    private static JsonObject line(JsonObject statement, String type) {
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals(type)).findFirst().orElseThrow();
    }
}
