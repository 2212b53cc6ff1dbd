package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.work.HomeData;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The home pages as work queues in real browsers, in Chinese and in English, on {@link HomeData}'s
 * world: the store manager and the vendor lead see their queues with exact counts and items that open
 * their records, and empty queues say so; finance's queues open the statement list filtered as they
 * say (status and due filter from the address), and at 1440 px the English list shows every column,
 * the amount due included, without cutting it off; no status tag breaks into one character per line.
 */
@ExtendWith(ArquillianExtension.class)
class HomePagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private URI app;
    private HomeData data;

    @BeforeEach
    void world() throws Exception {
        app = Deployments.onLoopback(base);
        data = HomeData.load(new Api(app));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theStoreManagersHomeListsTheirWorkAndEachItemOpensItsRecord(String language) throws Exception {
        boolean zh = language.startsWith("zh");
        try (Browser b = new Browser(app, language)) {
            b.signIn(data.manager.username(), data.manager.password());
            assertEquals("1", count(b, "TERMINATION_RIGHTS"));
            assertEquals(zh ? "已达解约条件" : "Termination rights reached", heading(b, "TERMINATION_RIGHTS"));
            assertEquals("1", count(b, "DISPUTES_TO_DECIDE"));
            assertEquals(data.runningBreaches() > 0 ? "1" : "0", count(b, "RUNNING_BREACHES"));
            assertEquals("1", count(b, "CONTRACTS_TO_ACT_ON"));
            assertTrue(items(b, "CONTRACTS_TO_ACT_ON").get(0).getText().contains(data.noticeNumber));
            assertFalse(b.text().contains("???"), "no missing translations");

            open(b, items(b, "TERMINATION_RIGHTS").get(0));
            assertTrue(b.driver.getCurrentUrl().contains("sla/contract.xhtml?id=" + data.slaContract));
            assertTrue(b.text().contains(data.slaNumber));
            b.open("index.xhtml");
            open(b, items(b, "CONTRACTS_TO_ACT_ON").get(0));
            assertTrue(b.driver.getCurrentUrl().contains("contracts/view.xhtml?id=" + data.noticeContract));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theVendorLeadsHomeListsTheRefusedImportAndTheStatementWaitingForThem(String language) throws Exception {
        boolean zh = language.startsWith("zh");
        try (Browser b = new Browser(app, language)) {
            b.signIn(data.lead.username(), data.lead.password());
            assertEquals("1", count(b, "IMPORTS_TO_FIX"));
            assertEquals("1", count(b, "STATEMENTS_TO_ANSWER"));
            assertTrue(items(b, "IMPORTS_TO_FIX").get(0).getText().endsWith(zh ? "：已拒绝" : ": Rejected"),
                    items(b, "IMPORTS_TO_FIX").get(0).getText());
            if (data.runningBreaches() < 2) {
                assertEquals(zh ? "本结算周期没有可申诉的事项。" : "Nothing in the running cycles to dispute.",
                        b.find("queue-BREACHES_TO_DISPUTE").findElement(By.className("portal-queue-none")).getText());
            }
            assertEquals(String.valueOf(data.shortInRunningCycles().size()), count(b, "SHORT_STAFFED_DAYS"));
            assertEquals(zh ? "到岗人数不足的日子" : "Days short of staff", heading(b, "SHORT_STAFFED_DAYS"));
            assertFalse(b.text().contains("???"), "no missing translations");
            if (data.shortInRunningCycles().containsKey(data.slaContract)) {
                WebElement shortItem = items(b, "SHORT_STAFFED_DAYS").stream()
                        .filter(e -> e.getText().startsWith(data.slaNumber)).findFirst().orElseThrow();
                assertTrue(shortItem.getText().contains(zh ? "天到岗人数低于承诺" : "fewer agents than committed"),
                        shortItem.getText());
                open(b, shortItem);
                assertTrue(b.driver.getCurrentUrl().contains("sla/contract.xhtml?id=" + data.slaContract));
                b.open("index.xhtml");
            }
            open(b, items(b, "STATEMENTS_TO_ANSWER").get(0));
            assertTrue(b.driver.getCurrentUrl().contains("settlement/statement.xhtml?id=" + data.issued));
            b.open("index.xhtml");
            open(b, items(b, "IMPORTS_TO_FIX").get(0));
            assertTrue(b.driver.getCurrentUrl().contains("kpi/import.xhtml?id=" + data.refusedImport));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void financesQueuesOpenTheFilteredListWhoseAmountDueColumnFitsAt1440Pixels(String language) throws Exception {
        Api api = new Api(app);
        String overdueNumber = number(api, data.overdue);
        String draftNumber = number(api, data.draft);
        try (Browser b = new Browser(app, language)) {
            b.driver.manage().window().setSize(new Dimension(1440, 900));
            b.signIn("finance", "finance123");
            for (String kind : List.of("STATEMENTS_TO_ISSUE", "AWAITING_VENDOR", "DISPUTED_STATEMENTS", "TO_APPROVE",
                    "DUE_THIS_WEEK", "OVERDUE")) {
                assertTrue(b.present("queue-" + kind), kind);
            }
            open(b, b.find("queue-OVERDUE").findElement(By.className("portal-queue-link")));
            assertTrue(b.driver.getCurrentUrl().endsWith("status=APPROVED&due=OVERDUE"), b.driver.getCurrentUrl());
            assertEquals(language.startsWith("zh") ? "已逾期" : "Overdue", b.find("statements-form:due-filter_label").getText());
            // Other test classes share the database: narrow to the statement's cycle so it is on the first page.
            narrowTo(b, api, data.overdue);
            String listed = b.find("statements-form:statements").getText();
            assertTrue(listed.contains(overdueNumber), listed);
            assertFalse(listed.contains(draftNumber), "the draft is not approved: " + listed);
            assertFits(b);

            b.open("settlement/list.xhtml?status=DRAFT&due=OVERDUE");
            narrowTo(b, api, data.draft);
            listed = b.find("statements-form:statements").getText();
            assertTrue(listed.contains(draftNumber) && !listed.contains(overdueNumber), listed);
            assertTrue(listed.contains(language.startsWith("zh") ? "逾期未发" : "Late"), listed);
            assertFits(b);
        }
    }

    /** Every column of the list, "Amount due" included, lies inside the page; no tag is taller than one line. */
    @SuppressWarnings("unchecked")
    private static void assertFits(Browser b) {
        Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) b.driver).executeScript(
                "var t = document.getElementById('statements-form:statements');"
                + " var h = document.querySelector(\"[id='statements-form:statements:due']\");"
                + " var tags = Array.from(t.querySelectorAll('.ui-tag')).map(e => e.getBoundingClientRect().height);"
                + " return {right: h.getBoundingClientRect().right, width: document.documentElement.clientWidth,"
                + " scroll: document.documentElement.scrollWidth, tag: Math.max(0, ...tags),"
                + " line: tags.length ? Math.min(...tags) : 0, header: h.innerText};");
        double right = ((Number) m.get("right")).doubleValue();
        long width = ((Number) m.get("width")).longValue();
        assertTrue(right <= width, "Amount due ends at " + right + " px of " + width + ": " + m);
        assertTrue(((Number) m.get("scroll")).longValue() <= width, "the page scrolls sideways: " + m);
        assertTrue(((Number) m.get("tag")).doubleValue() < 40, "a tag breaks over lines: " + m);
    }

    /** The list, its status and due filters kept, narrowed to the days of the statement's cycle. */
    private static void narrowTo(Browser b, Api api, long statementId) {
        JsonObject s = expect(200, api.get(FINANCE, "api/statements/" + statementId)).json();
        StatementPages.period(b, java.time.LocalDate.parse(s.getString("cycleStart")),
                java.time.LocalDate.parse(s.getString("cycleEnd")));
    }

    private static String number(Api api, long statementId) {
        JsonObject s = expect(200, api.get(FINANCE, "api/statements/" + statementId)).json();
        return s.getString("number");
    }

    private static String count(Browser b, String kind) {
        return b.find("queue-" + kind).findElement(By.className("portal-queue-count")).getText();
    }

    private static String heading(Browser b, String kind) {
        return b.find("queue-" + kind).findElement(By.className("portal-queue-link")).getText();
    }

    private static List<WebElement> items(Browser b, String kind) {
        return b.find("queue-" + kind).findElements(By.className("portal-queue-item"));
    }

    private static void open(Browser b, WebElement link) {
        String id = "h18h-link-" + System.nanoTime();
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].id = arguments[1];", link, id);
        b.clickAndWaitForPage(By.id(id));
    }
}
