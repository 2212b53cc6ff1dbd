package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A dispute as the two sides live it, in a real browser: 云帆客服's lead uploads a day whose first
 * response (34.31 s, weighted by sessions) breaches the 30 s target of YF-PETS; on the SLA page, in
 * Chinese, the lead disputes the breach; the store manager, in English, sees it open and accepts
 * it — the breach shows as waived and the cycle's penalties drop; the lead sees it accepted.
 */
@ExtendWith(ArquillianExtension.class)
class SlaDisputePagesIT {

    private static final String COMMENT = "当日千牛平台接待分流故障";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLeadDisputesABreachAndTheManagerAcceptsIt() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        LocalDate day = LocalDate.now(BusinessTime.ZONE).minusDays(140);
        long contract = expect(200, api.get(ADMIN, "api/contracts")).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("number").startsWith("YF-PETS-") && c.getString("status").equals("ACTIVE"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        publish(api, "dispute.csv", "agent_account,date,received,first_response_seconds,ratings,satisfied_ratings\n"
                + "萌宠旗舰店:小美," + day + ",100,35,20,19\n萌宠旗舰店:阿杰," + day + ",21,31,20,19\n");
        long resultId = breach(api, contract, day);
        String page = "sla/contract.xhtml?id=" + contract + "&cycle=" + day.withDayOfMonth(1);

        try (Browser lead = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            lead.signIn("vendor", "vendor123");
            lead.clickAndWaitForPage(By.id("nav:menu-sla"));
            assertEquals("SLA 考核", lead.find("nav:menu-sla").getText());
            assertTrue(lead.text().contains("YF-PETS-"), lead.text());
            lead.open(page);
            WebElement row = resultRow(lead, day);
            assertTrue(row.getText().contains("未达标"), row.getText());
            assertTrue(row.getText().contains("34.31 s"), row.getText());
            row.findElement(By.xpath(".//button[contains(@id,'dispute-breach')]")).click();
            lead.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dispute-dialog-form:comment")));
            lead.find("dispute-dialog-form:comment").sendKeys(COMMENT);
            lead.find("dispute-dialog-form:raise").click();
            lead.waiting().until(d -> disputeRow(lead) != null && disputeRow(lead).getText().contains("待处理"));
            assertFalse(lead.present("sla-form:disputes:0:accept"), "a vendor lead does not decide");
            assertTrue(resultRow(lead, day).findElements(By.xpath(".//button[contains(@id,'dispute-breach')]"))
                    .isEmpty(), "one open dispute per breach");
        }

        String totalBefore;
        try (Browser manager = new Browser(Deployments.onLoopback(base), "en")) {
            manager.signIn("manager", "manager123");
            manager.open(page);
            totalBefore = manager.find("sla-form:penalty-total").getText();
            WebElement dispute = disputeRow(manager);
            assertTrue(dispute.getText().contains("Open") && dispute.getText().contains("vendor"), dispute.getText());
            dispute.findElement(By.xpath(".//button[contains(@id,'accept')]")).click();
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("decision-dialog-form:decision-comment")));
            manager.find("decision-dialog-form:decision-comment").sendKeys("Platform outage confirmed");
            manager.find("decision-dialog-form:confirm").click();
            manager.waiting().until(d -> disputeRow(manager).getText().contains("Accepted"));
            assertTrue(disputeRow(manager).getText().contains("Platform outage confirmed"));
            assertTrue(resultRow(manager, day).getText().contains("Waived"), resultRow(manager, day).getText());
            assertNotEquals(totalBefore, manager.find("sla-form:penalty-total").getText(),
                    "the cycle's penalties are recomputed without the waived breach");
        }

        try (Browser lead = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            lead.signIn("vendor", "vendor123");
            lead.open(page);
            assertTrue(disputeRow(lead).getText().contains("已接受"), disputeRow(lead).getText());
            assertTrue(resultRow(lead, day).getText().contains("已豁免"), resultRow(lead, day).getText());
        }
        JsonObject result = expect(200, api.get(LEAD, "api/sla-results?contract=" + contract + "&window=DAILY&from="
                + day + "&to=" + day)).array().getJsonObject(0);
        assertEquals(resultId, result.getJsonNumber("id").longValue());
        assertTrue(result.getBoolean("waived"));
    }

    /**
     * Issue 13, item 7: today's window has not ended, so its breach so far is shown provisional in
     * both languages, with no dispute button, and the running cycle says its figures are to date.
     */
    @Test
    void aRunningWindowIsShownProvisionalAndOffersNoDispute() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        long contract = expect(200, api.get(ADMIN, "api/contracts")).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("number").startsWith("YF-PETS-") && c.getString("status").equals("ACTIVE"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        publish(api, "running.csv", "agent_account,date,received,first_response_seconds,ratings,satisfied_ratings\n"
                + "萌宠旗舰店:小美," + today + ",100,35,20,19\n萌宠旗舰店:阿杰," + today + ",21,31,20,19\n");
        breach(api, contract, today);
        assertEquals("PROVISIONAL_BREACHED", api.get(MANAGER, "api/sla-results?contract=" + contract + "&window=DAILY"
                + "&from=" + today + "&to=" + today).array().getJsonObject(0).getString("outcome"));
        String page = "sla/contract.xhtml?id=" + contract + "&cycle=" + today.withDayOfMonth(1);

        try (Browser lead = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            lead.signIn("vendor", "vendor123");
            lead.open(page);
            WebElement row = resultRow(lead, today);
            assertTrue(row.getText().contains("暂未达标（进行中，暂定）"), row.getText());
            assertTrue(row.findElements(By.xpath(".//button[contains(@id,'dispute-breach')]")).isEmpty(),
                    "a provisional breach cannot be disputed");
            assertTrue(lead.find("sla-form:cycle-running").getText().contains("进行中（暂定）"), lead.text());
            assertTrue(lead.find("sla-form:provisional-hint").getText().contains("不能申诉"), lead.text());
        }
        try (Browser manager = new Browser(Deployments.onLoopback(base), "en")) {
            manager.signIn("manager", "manager123");
            manager.open(page);
            assertTrue(resultRow(manager, today).getText().contains("Breached so far — running, provisional"),
                    resultRow(manager, today).getText());
            assertTrue(manager.find("sla-form:cycle-running").getText().contains("running — provisional"),
                    manager.text());
            manager.open("sla/list.xhtml");
            assertTrue(manager.text().contains("running — provisional"), manager.text());
        }
    }

    /** The daily row of the results table for the day (its window cell starts with the date). */
    private static WebElement resultRow(Browser browser, LocalDate day) {
        List<WebElement> rows = browser.driver.findElements(By.xpath("//tbody[@id='sla-form:results_data']/tr[td[1]"
                + "[contains(., '" + day + "') and not(contains(., ' – '))]]"));
        assertEquals(1, rows.size(), browser.text());
        return rows.get(0);
    }

    private static WebElement disputeRow(Browser browser) {
        List<WebElement> rows = browser.driver.findElements(By.xpath("//tbody[@id='sla-form:disputes_data']/tr[contains(., '"
                + COMMENT + "')]"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void publish(Api api, String fileName, String csv) throws InterruptedException {
        Api.Reply reply = api.send(LEAD.authorization(), "POST", "api/kpi-imports?store=PETS-TM&fileName=" + fileName,
                csv, "text/csv; charset=UTF-8");
        long id = reply.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 240 && List.of("QUEUED", "RUNNING").contains(
                expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json().getString("status")); i++) {
            Thread.sleep(250);
        }
        assertEquals("PUBLISHED", expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json().getString("status"));
    }

    /** Waits for the evaluation after the import and answers the breach's result id. */
    private static long breach(Api api, long contract, LocalDate day) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonArray found = expect(200, api.get(MANAGER, "api/sla-results?contract=" + contract
                    + "&window=DAILY&breachedOnly=true&from=" + day + "&to=" + day)).array();
            if (!found.isEmpty()) {
                return found.getJsonObject(0).getJsonNumber("id").longValue();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no breach evaluated for " + day);
    }
}
