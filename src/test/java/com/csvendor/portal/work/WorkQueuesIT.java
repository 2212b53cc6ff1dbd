package com.csvendor.portal.work;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET api/me/work for each role on {@link HomeData}'s world: the store manager's and the vendor lead's
 * queues hold exactly that world's work (nobody else's: their scope is that store and that vendor);
 * finance's queues, over every statement, count and add up exactly what the statement list shows with
 * the filter their link names; the list's due filters find the world's statements; administrators have
 * no queue.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueuesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private HomeData data;

    @BeforeEach
    void world() throws Exception {
        api = new Api(Deployments.onLoopback(base));
        data = HomeData.load(api);
    }

    @Test
    void theStoreManagersQueuesHoldTheirStoresWorkInOrder() {
        JsonArray queues = expect(200, api.inLanguage("en").get(data.manager, "api/me/work")).array();
        assertEquals(List.of("TERMINATION_RIGHTS", "DISPUTES_TO_DECIDE", "RUNNING_BREACHES", "CONTRACTS_TO_ACT_ON",
                "VENDORS_BEHIND_WITH_REPORTS", "VENDORS_SHORT_OF_STAFF", "STAFFING_ANSWERED", "DEDICATED_ELSEWHERE"),
                kinds(queues));
        JsonObject termination = queue(queues, "TERMINATION_RIGHTS");
        assertEquals(1, termination.getInt("count"), termination::toString);
        JsonObject right = item(termination, 0);
        assertEquals("CONTRACT", right.getString("subject"));
        assertEquals(data.slaContract, HomeData.id(right));
        assertEquals("sla/contract.xhtml?id=" + data.slaContract, right.getString("link"));
        assertTrue(right.getString("text").startsWith(data.slaNumber + " with " + data.vendorName)
                && right.getString("text").contains("breached windows in a row — the contract may be ended after 2"),
                right::toString);
        assertEquals("Termination rights reached", termination.getString("label"));

        JsonObject disputes = queue(queues, "DISPUTES_TO_DECIDE");
        assertEquals(1, disputes.getInt("count"), disputes::toString);
        assertEquals(data.disputeId, HomeData.id(item(disputes, 0)));
        assertEquals("sla/contract.xhtml?id=" + data.slaContract, item(disputes, 0).getString("link"));
        assertTrue(item(disputes, 0).getString("text").contains(data.lead.username()), disputes::toString);

        JsonObject running = queue(queues, "RUNNING_BREACHES");
        assertEquals(data.runningBreaches() > 0 ? 1 : 0, running.getInt("count"), running::toString);
        if (data.runningBreaches() == 2) {
            assertTrue(item(running, 0).getString("text").contains(": 2 breaches in the cycle "
                    + data.runningCycle().start() + " – " + data.runningCycle().end()), running::toString);
        }

        JsonObject act = queue(queues, "CONTRACTS_TO_ACT_ON");
        assertEquals(1, act.getInt("count"), act::toString);
        assertEquals("contracts/view.xhtml?id=" + data.noticeContract, item(act, 0).getString("link"));
        assertTrue(item(act, 0).getString("text").contains("(10 days left)"), act::toString);
    }

    @Test
    void queuesAreWordedInTheCallersLanguageAndSayWhenTheyAreEmpty() {
        JsonArray queues = expect(200, api.inLanguage("zh-CN").get(data.manager, "api/me/work")).array();
        assertEquals("已达解约条件", queue(queues, "TERMINATION_RIGHTS").getString("label"));
        assertTrue(item(queue(queues, "CONTRACTS_TO_ACT_ON"), 0).getString("text").contains("通知期已开始"));
        JsonObject empty = queue(expect(200, api.inLanguage("en").get(Api.MANAGER, "api/me/work")).array(),
                "TERMINATION_RIGHTS");
        assertEquals("No vendor has reached a termination right.", empty.getString("emptyText"));
    }

    @Test
    void theVendorLeadsQueuesHoldTheirVendorsWork() {
        JsonArray queues = expect(200, api.inLanguage("en").get(data.lead, "api/me/work")).array();
        assertEquals(List.of("IMPORTS_TO_FIX", "STATEMENTS_TO_ANSWER", "BREACHES_TO_DISPUTE", "REPORTS_OWED",
                "SHORT_STAFFED_DAYS", "STAFFING_TO_ANSWER"),
                kinds(queues));
        JsonObject imports = queue(queues, "IMPORTS_TO_FIX");
        assertEquals(1, imports.getInt("count"), imports::toString);
        assertEquals("kpi/import.xhtml?id=" + data.refusedImport, item(imports, 0).getString("link"));
        assertTrue(item(imports, 0).getString("text").endsWith(": Rejected"), imports::toString);

        JsonObject statements = queue(queues, "STATEMENTS_TO_ANSWER");
        JsonObject issued = expect(200, api.get(data.lead, "api/statements/" + data.issued)).json();
        assertEquals(1, statements.getInt("count"), statements::toString);
        assertEquals(0, issued.getJsonNumber("amountDue").bigDecimalValue()
                .compareTo(statements.getJsonNumber("amount").bigDecimalValue()), statements::toString);
        assertEquals("settlement/list.xhtml?status=ISSUED", statements.getString("link"));
        assertEquals("settlement/statement.xhtml?id=" + data.issued, item(statements, 0).getString("link"));

        // The later breach is disputed already; the earlier one and the incident of that day remain, if the
        // running quarter holds that day.
        JsonObject toDispute = queue(queues, "BREACHES_TO_DISPUTE");
        boolean earlierRunning = data.runningBreaches() == 2;
        assertEquals(earlierRunning ? 2 : 0, toDispute.getInt("count"), toDispute::toString);
        if (earlierRunning) {
            assertEquals(Set.of("SLA_RESULT", "INCIDENT"), toDispute.getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().map(i -> i.getString("subject")).collect(Collectors.toSet()));
        }
        assertTrue(expect(200, api.get(Api.LEAD, "api/me/work")).array().getValuesAs(JsonObject.class).stream()
                .flatMap(q -> q.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .noneMatch(i -> HomeData.id(i) == data.refusedImport || HomeData.id(i) == data.issued),
                "another vendor's lead sees none of it");
    }

    /**
     * One agent reports on the two breached days where each contract's shift commits 3: both contracts of
     * the world are short on those of the days that lie in their running cycle (the SLA contract's
     * quarter, the notice contract's month). A day the lead disputes leaves the queue while the dispute
     * is open, and comes back once the manager rejects it.
     */
    @Test
    void theVendorLeadSeesTheShortDaysOfTheirRunningCyclesUntilTheyDisputeThem() {
        Map<Long, List<LocalDate>> expected = data.shortInRunningCycles();
        JsonObject shortDays = queue(expect(200, api.inLanguage("en").get(data.lead, "api/me/work")).array(),
                "SHORT_STAFFED_DAYS");
        assertEquals("Days short of staff", shortDays.getString("label"));
        assertEquals(expected.size(), shortDays.getInt("count"), shortDays::toString);
        for (JsonObject item : shortDays.getJsonArray("items").getValuesAs(JsonObject.class)) {
            List<LocalDate> days = expected.get(HomeData.id(item));
            assertEquals("sla/contract.xhtml?id=" + HomeData.id(item), item.getString("link"));
            assertTrue(item.getString("text").contains("fewer agents than committed on " + days.size()
                    + (days.size() == 1 ? " day" : " days") + " of the running cycle, not disputed: "
                    + days.stream().map(LocalDate::toString).collect(Collectors.joining(", "))), item::toString);
        }
        JsonObject zh = queue(expect(200, api.inLanguage("zh-CN").get(data.lead, "api/me/work")).array(),
                "SHORT_STAFFED_DAYS");
        assertEquals("到岗人数不足的日子", zh.getString("label"));
        assertTrue(zh.getJsonArray("items").isEmpty() || item(zh, 0).getString("text").contains("天到岗人数低于承诺"),
                zh::toString);
        assertFalse(queue(expect(200, api.get(Api.LEAD, "api/me/work")).array(), "SHORT_STAFFED_DAYS").toString()
                .contains(data.slaNumber), "another vendor's lead sees none of it");
        if (!expected.containsKey(data.slaContract)) {
            return;
        }

        LocalDate day = expected.get(data.slaContract).get(0);
        long dispute = HomeData.id(expect(201, api.post(data.lead, "api/disputes", Json.createObjectBuilder()
                .add("subjectType", "STAFFING_DAY").add("contractId", data.slaContract).add("day", day.toString())
                .add("comment", "两名客服当日在培训").build())).json());
        try {
            assertFalse(slaItemText().contains(day.toString()), this::slaItemText);
        } finally {
            expect(200, api.post(data.manager, "api/disputes/" + dispute + "/reject", Json.createObjectBuilder()
                    .add("comment", "培训不计入到岗").build()));
        }
        assertTrue(slaItemText().contains(day.toString()), "rejected: the day is short again");
    }

    private String slaItemText() {
        return queue(expect(200, api.inLanguage("en").get(data.lead, "api/me/work")).array(), "SHORT_STAFFED_DAYS")
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> HomeData.id(i) == data.slaContract).map(i -> i.getString("text")).findFirst().orElse("");
    }

    @Test
    void financesQueuesCountAndAddUpWhatTheirLinksList() throws Exception {
        JsonArray queues = expect(200, api.get(FINANCE, "api/me/work")).array();
        assertEquals(List.of("STATEMENTS_TO_ISSUE", "AWAITING_VENDOR", "DISPUTED_STATEMENTS", "TO_APPROVE",
                "DUE_THIS_WEEK", "OVERDUE"), kinds(queues));
        assertEquals("settlement/list.xhtml?status=APPROVED&due=THIS_WEEK", queue(queues, "DUE_THIS_WEEK")
                .getString("link"));
        assertEquals("settlement/list.xhtml?status=APPROVED&due=OVERDUE", queue(queues, "OVERDUE").getString("link"));
        for (int attempt = 0; ; attempt++) {
            // Statements of other contracts may still be written as drafts by the start-up catch-up: read again.
            try {
                for (JsonObject q : expect(200, api.get(FINANCE, "api/me/work")).array().getValuesAs(JsonObject.class)) {
                    JsonArray listed = list(FINANCE, q.getString("link"));
                    assertEquals(listed.size(), q.getInt("count"), q::toString);
                    assertEquals(0, sum(listed).compareTo(q.getJsonNumber("amount").bigDecimalValue()), q::toString);
                }
                break;
            } catch (AssertionError e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
        assertTrue(ids(list(FINANCE, "status=DRAFT&due=OVERDUE")).contains(data.draft));
        assertTrue(ids(list(FINANCE, "status=ISSUED")).contains(data.issued));
        assertTrue(ids(list(FINANCE, "status=APPROVED&due=THIS_WEEK")).contains(data.dueThisWeek));
        assertTrue(ids(list(FINANCE, "status=APPROVED&due=OVERDUE")).contains(data.overdue));
    }

    @Test
    void theListsDueFiltersFindLateDraftsAndPaymentsDueOrOverdue() {
        // Other classes may generate more statements of these contracts ("generate closed cycles" covers every
        // contract of the shared database): the test's own statements are where they belong, and nowhere else.
        JsonArray overdue = list(data.manager, "due=OVERDUE");
        assertTrue(ids(overdue).containsAll(Set.of(data.draft, data.overdue)), overdue::toString);
        assertFalse(ids(overdue).contains(data.dueThisWeek), overdue::toString);
        for (JsonObject s : overdue.getValuesAs(JsonObject.class)) {
            if (HomeData.id(s) == data.draft || HomeData.id(s) == data.overdue) {
                boolean isDraft = HomeData.id(s) == data.draft;
                assertEquals(isDraft, s.getBoolean("statementLate"), s::toString);
                assertEquals(!isDraft, s.getBoolean("overdue"), s::toString);
            }
        }
        Set<Long> thisWeek = ids(list(data.manager, "due=THIS_WEEK"));
        assertTrue(thisWeek.contains(data.dueThisWeek) && !thisWeek.contains(data.overdue)
                && !thisWeek.contains(data.draft), thisWeek::toString);
        JsonArray leads = list(data.lead, "due=OVERDUE");
        assertTrue(ids(leads).contains(data.overdue) && !ids(leads).contains(data.draft), leads::toString);
        leads.getValuesAs(JsonObject.class).forEach(s -> assertFalse("DRAFT".equals(s.getString("status")),
                () -> "a vendor lead never sees drafts: " + s));
        JsonObject approved = expect(200, api.get(data.manager, "api/statements/" + data.dueThisWeek)).json();
        assertEquals(data.today.plusDays(3).toString(), approved.getString("paymentDueOn"));
    }

    @Test
    void administratorsHaveNoQueue() {
        assertEquals(0, expect(200, api.get(ADMIN, "api/me/work")).array().size());
    }

    private JsonArray list(Api.Login who, String link) {
        String query = link.contains("?") ? link.substring(link.indexOf('?') + 1) : link;
        return expect(200, api.get(who, "api/statements?" + query)).array();
    }

    private static BigDecimal sum(JsonArray statements) {
        return statements.getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("amountDue").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Set<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(HomeData::id).collect(Collectors.toSet());
    }

    private static List<String> kinds(JsonArray queues) {
        return queues.getValuesAs(JsonObject.class).stream().map(q -> q.getString("kind")).toList();
    }

    private static JsonObject queue(JsonArray queues, String kind) {
        return queues.getValuesAs(JsonObject.class).stream().filter(q -> q.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not in " + queues));
    }

    private static JsonObject item(JsonObject queue, int i) {
        return queue.getJsonArray("items").getJsonObject(i);
    }
}
