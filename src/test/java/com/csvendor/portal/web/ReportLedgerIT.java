package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The skip-a-bad-day loophole closed, end to end on MariaDB: vendors of their own, each with a
 * contract over a month of its own long ago in PETS-TM with a DAILY satisfaction target (¥100 per
 * breached day), upload every day of the month but the 3rd and the 4th through the import REST path.
 * Under the default rule the two days are breached for the missing report — exactly two breaches,
 * two ¥100 lines on the statement — and a later upload of the 3rd turns it late and judged on its
 * figures. Under the fixed-fine rule (¥200 a report) the days stay not judged and the statement has
 * one ¥400 line naming them. The contract's "Daily reports" grid is checked in a real browser, in
 * English (the demo store manager, from the contract view) and Chinese (the vendor's own lead); one
 * deployment for both, so the class lives with the page tests.
 */
@ExtendWith(ArquillianExtension.class)
class ReportLedgerIT {

    private static final String PREFIX = "RLEDGER-IT-";

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
    void aVendorThatSkipsTwoDaysIsBreachedOnThemUntilItUploadsOneLate() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        Vendor v = vendor(api, MissingReportRule.BREACH_DAILY_TARGETS);
        LocalDate start = new SettlementData(api).start(v.contract());
        LocalDate third = start.plusDays(2);
        LocalDate fourth = start.plusDays(3);
        publish(api, v, everyDayBut(v, start, Set.of(third, fourth)));
        evaluate(api, v.contract(), start);

        List<JsonObject> breached = breachedDays(api, v.contract(), start);
        assertEquals(List.of(third.toString(), fourth.toString()),
                breached.stream().map(r -> r.getString("windowStart")).toList(), breached::toString);
        assertTrue(breached.stream().allMatch(r -> r.getBoolean("reportMissing")), breached::toString);

        JsonObject ledger = ledger(api, v.contract(), start);
        assertEquals(2, ledger.getInt("missing"), ledger::toString);
        int days = start.lengthOfMonth();
        assertEquals(days - 2, ledger.getInt("late"), "uploaded long after the due time: late");
        assertEquals("MISSING", day(ledger, third).getString("status"));
        assertTrue(day(ledger, start).getJsonArray("metrics").toString().contains("SATISFACTION_RATE"));

        try (Browser manager = new Browser(Deployments.onLoopback(base), "en")) {
            manager.signIn("manager", "manager123");
            manager.open("contracts/view.xhtml?id=" + v.contract());
            manager.clickAndWaitForPage(By.id("contract-form:reports"));
            assertTrue(manager.find("day-" + third).getText().contains("Missing"), manager.text());
            String first = manager.find("day-" + start).getText();
            assertTrue(first.contains("Late") && first.contains("Satisfaction") && first.contains("Import #"), first);
            assertTrue(manager.find("reports-form:summary").getText().contains("2 missing"),
                    manager.find("reports-form:summary").getText());
        }
        try (Browser lead = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            lead.signIn(v.lead().username(), v.lead().password());
            lead.open("contracts/reports.xhtml?id=" + v.contract());
            assertTrue(lead.find("day-" + fourth).getText().contains("缺报"), lead.text());
            assertTrue(lead.find("day-" + start).getText().contains("逾期提交"), lead.text());
        }

        JsonObject statement = new SettlementData(api).generate(v.contract());
        List<JsonObject> penalties = penaltyLines(statement);
        assertEquals(List.of("FIXED", "FIXED"), penalties.stream().map(l -> l.getString("type")).toList(),
                statement::toString);
        assertEquals(0, new BigDecimal("200.00").compareTo(statement.getJsonNumber("penaltyTotal").bigDecimalValue()
                .abs()), statement::toString);

        // The 3rd uploaded now: late, judged on its figures (met), no longer a breach for a missing report.
        publish(api, v, header() + v.account() + "," + third + ",100,10,10\n");
        evaluate(api, v.contract(), start);
        JsonObject after = ledger(api, v.contract(), start);
        assertEquals("LATE", day(after, third).getString("status"));
        assertEquals(1, after.getInt("missing"));
        assertEquals(List.of(fourth.toString()), breachedDays(api, v.contract(), start).stream()
                .map(r -> r.getString("windowStart")).toList());
    }

    @Test
    void underTheFixedFineRuleTheMissingDaysAreOneLineOnTheStatementAndNoBreach() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        Vendor v = vendor(api, MissingReportRule.FIXED_FINE);
        LocalDate start = new SettlementData(api).start(v.contract());
        LocalDate third = start.plusDays(2);
        LocalDate fourth = start.plusDays(3);
        publish(api, v, everyDayBut(v, start, Set.of(third, fourth)));
        evaluate(api, v.contract(), start);
        assertEquals(List.of(), breachedDays(api, v.contract(), start));

        JsonObject statement = new SettlementData(api).generate(v.contract());
        List<JsonObject> penalties = penaltyLines(statement);
        assertEquals(1, penalties.size(), statement::toString);
        JsonObject line = penalties.get(0);
        assertEquals("MISSING_REPORTS", line.getString("type"));
        assertEquals(0, new BigDecimal("-400.00").compareTo(line.getJsonNumber("amount").bigDecimalValue()),
                line::toString);
        assertTrue(line.getString("explanation").contains(third + ", " + fourth), line::toString);
        JsonObject cycle = expect(200, api.get(MANAGER, "api/sla-results/cycles/" + v.contract())).array()
                .getValuesAs(JsonObject.class).get(0);
        assertEquals(0, new BigDecimal("400.00").compareTo(cycle.getJsonNumber("penaltyTotal").bigDecimalValue()),
                cycle::toString);
    }

    private record Vendor(long id, long contract, String account, Api.Login lead) {
    }

    /** A new vendor with a contract of its own month in PETS-TM under the rule, an agent there and a lead. */
    private static Vendor vendor(Api api, MissingReportRule rule) {
        Fixture fixture = new Fixture(api);
        long store = fixture.storeId("PETS-TM");
        long id = fixture.newVendor().getJsonNumber("id").longValue();
        LocalDate month = SettlementData.nextMonth();
        ContractTerms terms = SettlementData.terms(month);
        SlaTarget daily = new SlaTarget();
        daily.setMetric(Metric.SATISFACTION_RATE);
        daily.setComparator(Comparator.GE);
        daily.setThreshold(new BigDecimal("90"));
        daily.setWindow(SlaWindow.DAILY);
        daily.setPenaltyPerBreach(new BigDecimal("100.00"));
        terms.setSlaTargets(List.of(daily));
        terms.getPenalties().getDailyReport().setMissing(rule);
        if (rule == MissingReportRule.FIXED_FINE) {
            terms.getPenalties().getDailyReport().setFinePerMissing(new BigDecimal("200.00"));
        }
        String number = PREFIX + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts", ContractJson.form(store, id, number, terms)))
                .json();
        long contract = draft.getJsonNumber("id").longValue();
        expect(200, api.post(MANAGER, "api/contracts/" + contract + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        String account = fixture.unique("ledger");
        expect(201, api.post(ADMIN, "api/vendors/" + id + "/agents", Json.createObjectBuilder()
                .add("displayName", fixture.unique("坐席")).add("accounts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("storeId", store).add("accountName", account))).build()));
        String lead = fixture.unique("rllead").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", lead)
                .add("displayName", "日报主管").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("VENDOR_LEAD")).add("vendorId", id).build()));
        return new Vendor(id, contract, account, new Api.Login(lead, "Throwaway-pw-1"));
    }

    private static String header() {
        return "agent_account,date,received,ratings,satisfied_ratings\n";
    }

    /** Every day of the month but the skipped ones, each meeting the target (10 of 10 satisfied). */
    private static String everyDayBut(Vendor v, LocalDate start, Set<LocalDate> skipped) {
        StringBuilder csv = new StringBuilder(header());
        for (LocalDate d = start; d.getMonth() == start.getMonth(); d = d.plusDays(1)) {
            if (!skipped.contains(d)) {
                csv.append(v.account()).append(',').append(d).append(",100,10,10\n");
            }
        }
        return csv.toString();
    }

    private static void publish(Api api, Vendor v, String csv) throws InterruptedException {
        Api.Reply reply = api.send(v.lead().authorization(), "POST", "api/kpi-imports?store=PETS-TM"
                + "&fileName=daily.csv", csv, "text/csv; charset=UTF-8");
        assertEquals(202, reply.status(), reply::toString);
        long id = reply.json().getJsonNumber("id").longValue();
        api.published(id, 480);
    }

    private static void evaluate(Api api, long contract, LocalDate start) {
        expect(200, api.post(MANAGER, "api/sla-results/evaluate?contract=" + contract + "&from=" + start + "&to="
                + start.plusMonths(1).minusDays(1), Json.createObjectBuilder().build()));
    }

    private static List<JsonObject> breachedDays(Api api, long contract, LocalDate start) {
        return expect(200, api.get(MANAGER, "api/sla-results?contract=" + contract + "&window=DAILY&breachedOnly=true"
                + "&from=" + start + "&to=" + start.plusMonths(1).minusDays(1))).array().getValuesAs(JsonObject.class)
                .stream().sorted(java.util.Comparator.comparing(r -> r.getString("windowStart"))).toList();
    }

    private static JsonObject ledger(Api api, long contract, LocalDate start) {
        JsonObject view = expect(200, api.get(MANAGER, "api/contracts/" + contract + "/report-ledger?from=" + start
                + "&to=" + start.plusMonths(1).minusDays(1))).json();
        assertFalse(view.getJsonArray("days").isEmpty());
        return view;
    }

    private static JsonObject day(JsonObject ledger, LocalDate date) {
        return ledger.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(date.toString())).findFirst().orElseThrow();
    }

    private static List<JsonObject> penaltyLines(JsonObject statement) {
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("section").equals("PENALTY")).toList();
    }
}
