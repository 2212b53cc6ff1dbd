package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The contract pages as their users work with them: the store manager types a contract in through
 * the wizard, activates and amends it and reads its history; the vendor lead reads it and nothing
 * more; pages in both languages. Contracts are made here (periods in 2031 and 2061, HOME-JD, review
 * follow-up), never taken from the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class ContractPagesIT {

    private static final String FIRST_RESPONSE_LABEL = "First response time (s)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerCreatesActivatesAndAmendsAContractAndTheVendorLeadReadsIt() {
        String number = "IT-" + System.currentTimeMillis();
        String contractId;
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("manager", "manager123");
            browser.clickAndWaitForPage(By.id("nav:menu-contracts"));
            browser.clickAndWaitForPage(By.id("contracts-form:new-contract"));

            browser.selectByLabel("wizard:store", "HOME-JD");
            browser.selectByLabel("wizard:vendor", "云帆客服");
            browser.find("wizard:number").sendKeys(number);
            date(browser, "wizard:signedOn", "2030-12-01");
            date(browser, "wizard:start", "2031-01-01");
            date(browser, "wizard:end", "2031-12-31");
            next(browser, "wizard:serviceTypes");

            checkBoxLabelled(browser, "wizard:serviceTypes", "Review follow-up");
            next(browser, "wizard:opens");

            browser.find("wizard:add-shift").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:shifts:0:name")));
            browser.find("wizard:shifts:0:name").sendKeys("早班");
            replace(browser, "wizard:shifts:0:end", "16:00");
            replace(browser, "wizard:shifts:0:headcount", "3");
            next(browser, "wizard:addNoticeDays");
            next(browser, "wizard:feeModel");

            assertFalse(browser.present("wizard:hourlyRate"), "only the chosen model's parameters");
            browser.find("wizard:seatPrice").sendKeys("5200");
            next(browser, "wizard:vat");
            next(browser, "wizard:depositKind");
            assertTrue(browser.find("deposit-explain").getText().contains("No deposit"));
            next(browser, "wizard:add-target");

            browser.find("wizard:add-target").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:targets:0:threshold")));
            select(browser, "wizard:targets:0:metric", "FIRST_RESPONSE_SECONDS");
            select(browser, "wizard:targets:0:comparator", "LE");
            browser.find("wizard:targets:0:threshold").sendKeys("30");
            next(browser, "wizard:add-penalty-tier");
            next(browser, "wizard:confidentialScope");
            next(browser, "wizard:forbiddenPhrases");
            browser.find("wizard:forbiddenPhrases").sendKeys("不知道\n自己看");
            next(browser, "wizard:conditions");
            next(browser, "wizard:nav-save");

            assertTrue(browser.present("wizard:review-clean"), "no errors and no warnings: " + browser.text());
            browser.clickAndWaitForPage(By.id("wizard:nav-save"));

            assertTrue(browser.find("contract-number").getText().contains(number), browser.text());
            contractId = param(browser.driver.getCurrentUrl(), "id");
            assertTrue(browser.find("term.fees.seatPrice").getText().contains("5200"));
            assertTrue(browser.find("contract-form:slaTargets").getText().contains(FIRST_RESPONSE_LABEL));
            assertTrue(browser.find("contract-form:shifts").getText().contains("早班"));
            assertTrue(browser.find("term.quality.forbiddenPhrases").getText().contains("自己看"));
            assertTrue(browser.present("contract-form:edit-draft"));

            browser.find("contract-form:to-ACTIVE").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("status-dialog-form:confirm")));
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("status-dialog-form:confirm")));
            browser.find("status-dialog-form:confirm").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("contract-form:amend")));
            assertTrue(browser.find("contract.status").getText().contains("Active"));
            assertFalse(browser.present("contract-form:edit-draft"));

            browser.clickAndWaitForPage(By.id("contract-form:amend"));
            assertTrue(browser.find("wizard-subtitle").getText().contains(number));
            date(browser, "wizard:effectiveFrom", "2031-07-01");
            browser.find("wizard:reason").sendKeys("调价：坐席单价上调");
            step(browser, 4, "wizard:seatPrice");
            replace(browser, "wizard:seatPrice", "5500");
            step(browser, 12, "wizard:nav-save");
            assertTrue(browser.present("wizard:review-clean"), browser.text());
            browser.clickAndWaitForPage(By.id("wizard:nav-save"));

            assertTrue(browser.find("term.fees.seatPrice").getText().contains("5500"));
            assertTrue(browser.find("contract-form:version-line").getText().contains("Version 2 of 2"));

            browser.clickAndWaitForPage(By.id("contract-form:history"));
            String diff = browser.find("history-form:diff").getText();
            assertTrue(diff.contains("Fees › Price per agent per month (¥)") && diff.contains("5200")
                    && diff.contains("5500"), diff);
            String audit = browser.find("history-form:audit").getText();
            assertTrue(audit.contains("Created") && audit.contains("Status changed") && audit.contains("Amended"), audit);
            assertTrue(audit.contains("manager"), audit);
            assertTrue(browser.text().contains("Times are Beijing time"));
        }

        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("vendor", "vendor123");
            browser.clickAndWaitForPage(By.id("nav:menu-contracts"));
            String listed = browser.find("contracts-form:contracts").getText();
            assertTrue(listed.contains(number), () -> number + " not in " + browser.driver.getCurrentUrl() + ": " + listed);
            assertFalse(browser.present("contracts-form:new-contract"));
            browser.open("contracts/view.xhtml?id=" + contractId);
            assertTrue(browser.find("contract-number").getText().contains(number));
            assertFalse(browser.present("contract-form:amend"), "read-only for the vendor lead");
            assertFalse(browser.present("contract-form:edit-draft"));
            assertFalse(browser.present("contract-form:to-SUSPENDED"));
            assertTrue(browser.present("contract-form:print"));
            browser.open("contracts/history.xhtml?id=" + contractId);
            assertTrue(browser.find("history-form:versions").getText().contains("v2"));
            browser.open("contracts/edit.xhtml?id=" + contractId);
            assertTrue(browser.present("error-403"), "the wizard is for store managers");
        }
    }

    @Test
    void aForeignOrMissingContractIsNotFoundForTheVendorLead() throws Exception {
        long foreign = foreignActiveContract(2031);
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("vendor", "vendor123");
            for (String page : new String[] {"contracts/view.xhtml?id=" + foreign, "contracts/history.xhtml?id=" + foreign,
                "contracts/view.xhtml?id=99999999", "contracts/view.xhtml?id=abc",
                "contracts/view.xhtml?id=" + foreign + "&version=1"}) {
                browser.open(page);
                assertTrue(browser.present("error-404"), page);
            }
        }
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("finance", "finance123");
            browser.open("contracts/view.xhtml?id=" + foreign);
            assertTrue(browser.present("contract-number"), "finance reads every contract");
            assertFalse(browser.present("contract-form:amend"));
            browser.open("contracts/view.xhtml?id=" + foreign + "&version=7");
            assertTrue(browser.present("error-404"), "a version that does not exist");
        }
    }

    @Test
    void contractPagesSpeakChineseAndEnglish() throws Exception {
        long contract = foreignActiveContract(2061); // a year no other test uses: 2032 is ContractApiIT's
        try (Browser browser = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            browser.signIn("manager", "manager123");
            browser.clickAndWaitForPage(By.id("nav:menu-contracts"));
            assertEquals("合同", browser.find("nav:menu-contracts").getText());
            assertTrue(browser.find("contracts-form:new-contract").getText().contains("新建合同"));
            browser.clickAndWaitForPage(By.id("contracts-form:new-contract"));
            assertTrue(browser.text().contains("合同双方与期限"));
            browser.clickAndWaitForPage(By.id("nav:lang-en"));
            assertTrue(browser.text().contains("Parties and period"), browser.text());
            assertEquals("Contracts", browser.find("nav:menu-contracts").getText());
            browser.open("contracts/history.xhtml?id=" + contract);
            String audit = browser.find("history-form:audit").getText();
            assertTrue(audit.contains("Created") && audit.contains("Draft → Active") && audit.contains("Status"), audit);
            assertFalse(audit.matches("(?s).*[\\x{4e00}-\\x{9fff}].*"), "the picked language, not the browser's: " + audit);
            browser.clickAndWaitForPage(By.id("nav:menu-contracts"));
            assertTrue(browser.find("contracts-form:contracts").getText().contains("Fee model"));
            browser.clickAndWaitForPage(By.id("nav:lang-zh"));
            assertTrue(browser.find("contracts-form:contracts").getText().contains("收费模式"), browser.text());
            assertFalse(browser.text().contains("???"), "no missing translations");
        }
    }

    private static void next(Browser browser, String expectedId) {
        browser.find("wizard:nav-next").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(expectedId)));
    }

    private static void step(Browser browser, int index, String expectedId) {
        browser.find("wizard:steps:" + index + ":nav-step").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(expectedId)));
    }

    private static void replace(Browser browser, String id, String value) {
        browser.find(id).clear();
        browser.find(id).sendKeys(value);
    }

    /** A date picker's text, set as typed (yyyy-MM-dd) without its pop-up calendar. */
    private static void date(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id + "_input", value);
    }

    private static void select(Browser browser, String clientId, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "PF(arguments[0]).selectValue(arguments[1]);", widget(clientId), value);
    }


    private static void checkBoxLabelled(Browser browser, String groupId, String label) {
        browser.driver.findElements(By.cssSelector("label[for^='" + groupId + ":']")).stream()
                .filter(l -> l.getText().contains(label)).findFirst().orElseThrow().click();
    }

    private static String widget(String clientId) {
        return "widget_" + clientId.replace(':', '_').replace('-', '_');
    }

    private static String param(String url, String name) {
        for (String pair : URI.create(url).getQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " not in " + url);
    }

    /** An active contract of another vendor (星辰客服) at HOME-JD for a year, made through the REST API. */
    private long foreignActiveContract(int year) throws Exception {
        long store = idOf(api("GET", "api/stores", null), "code", "HOME-JD");
        long vendor = idOf(api("GET", "api/vendors", null), "name", "星辰客服");
        String form = Json.createObjectBuilder().add("storeId", store).add("vendorId", vendor)
                .add("number", "IT-F-" + System.currentTimeMillis()).add("signedOn", (year - 1) + "-12-01")
                .add("terms", Json.createObjectBuilder()
                        .add("period", Json.createObjectBuilder().add("start", year + "-01-01").add("end", year + "-12-31"))
                        .add("scope", Json.createObjectBuilder().add("serviceTypes", Json.createArrayBuilder()
                                .add("REVIEW_FOLLOW_UP")))
                        .add("fees", Json.createObjectBuilder().add("model", "SEAT_MONTHLY").add("seatPrice", 4800)))
                .build().toString();
        JsonObject created = Json.createReader(new StringReader(api("POST", "api/contracts", form))).readObject();
        long id = created.getJsonNumber("id").longValue();
        api("POST", "api/contracts/" + id + "/status", Json.createObjectBuilder().add("status", "ACTIVE")
                .add("version", created.getJsonNumber("version").longValue()).build().toString());
        return id;
    }

    private static long idOf(String array, String field, String value) {
        JsonArray items = Json.createReader(new StringReader(array)).readArray();
        return items.getValuesAs(JsonObject.class).stream().filter(o -> value.equals(o.getString(field)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String api(String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString("manager:manager123".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(Deployments.onLoopback(base).resolve(path))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json");
        request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, path + " → " + response.statusCode() + " " + response.body());
        return response.body();
    }
}
