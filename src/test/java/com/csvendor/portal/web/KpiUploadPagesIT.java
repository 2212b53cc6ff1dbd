package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.shared.BusinessTime;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vendor lead's KPI upload as they work with it, in a real browser: a report (portal template,
 * Chinese headers, 3 agents of 云帆客服 in PETS-TM, yesterday and the day before) with one account no
 * agent holds is rejected, row error and error report shown, in Chinese; the corrected report
 * (English headers) is imported, in English; the history lists both, and the store manager of
 * PETS-TM sees them too. With {@code -Dscreenshots=DIR} the two outcomes are saved as the README's
 * screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class KpiUploadPagesIT {

    private static final String STORE = "PETS-TM";
    private static final String UNKNOWN = "萌宠旗舰店:不存在的客服";
    private static final List<String> AGENTS = List.of("小美", "阿杰", "晓雯");
    /**
     * An entity in a file name is shown as written, never interpreted. (PrimeFaces refuses names
     * with {@code < > : " | ? *} before they reach the portal.)
     */
    private static final String BAD_NAME = "daily-&lt;b&gt;bad.csv";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path folder;

    @Test
    void aRejectedReportShowsItsErrorsAndTheCorrectedOneIsImported() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        Path bad = report(BAD_NAME, "日期,客服账号,接待人数,询单人数,付款人数,客服销售额", today, true);
        Path good = report("daily-fixed.csv", "date,agent_account,received,inquiries,paid_buyers,sales_amount",
                today, false);
        String rejectedId;
        try (Browser browser = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            browser.signIn("vendor", "vendor123");
            browser.clickAndWaitForPage(By.id("nav:menu-kpi-upload"));
            assertEquals("KPI 上传", browser.find("nav:menu-kpi-upload").getText());
            assertTrue(browser.find("upload-form:template-zh").getAttribute("href")
                    .endsWith("/api/kpi-imports/template.csv?lang=zh"));

            chooseStore(browser);
            allowEmptierFigures(browser);
            upload(browser, bad);
            finished(browser);
            assertEquals("已拒绝", browser.find("import:import-status").getText());
            assertTrue(browser.find("import:failure").getText().contains("未导入任何数据"), browser.text());
            List<String> error = firstRow(browser, "import:errors");
            assertEquals(List.of("5", "客服账号", UNKNOWN), error.subList(0, 3), error.toString());
            assertTrue(error.get(3).contains("店铺 PETS-TM 中没有客服持有账号"), error.get(3));
            assertTrue(browser.find("import:unknown-accounts").getText().contains(UNKNOWN));
            assertTrue(browser.present("import:register-accounts"));
            assertTrue(browser.find("kpi.result.file").getText().contains(BAD_NAME));

            String report = browser.find("import:error-report").getAttribute("href");
            rejectedId = report.replaceAll(".*/kpi-imports/(\\d+)/errors\\.csv$", "$1");
            String csv = get(URI.create(report), "vendor:vendor123");
            assertTrue(csv.startsWith("\uFEFF") && csv.contains(UNKNOWN), csv);
            screenshot(browser, "kpi-upload-rejected-zh.png");

            browser.clickAndWaitForPage(By.id("nav:lang-en"));
            assertEquals("Rejected", browser.find("import:import-status").getText(), "the result stays on the page");
            assertTrue(browser.find("import:errors").getText().contains("No agent holds the account"));

            chooseStore(browser);
            allowEmptierFigures(browser);
            selectByLabel(browser, "upload-form:profile", "CS Vendor Portal template");
            upload(browser, good);
            finished(browser);
            assertEquals("Imported", browser.find("import:import-status").getText(), browser.text());
            assertTrue(browser.find("import:published").getText().contains("Imported 6 rows for the dates "
                    + today.minusDays(2) + " to " + today.minusDays(1)), browser.find("import:published").getText());
            assertTrue(browser.find("kpi.result.rows").getText().contains("6 imported, 0 skipped"),
                    browser.find("kpi.result.rows").getText());
            assertFalse(browser.present("import:errors"));
            screenshot(browser, "kpi-upload-done-en.png");
            String publishedTitle = browser.find("import-title").getText();

            upload(browser, good);
            finished(browser);
            assertEquals("Already imported", browser.find("import:import-status").getText());
            assertEquals(publishedTitle, browser.find("import:original").getText(), "links to the earlier import");

            browser.clickAndWaitForPage(By.id("nav:menu-kpi-imports"));
            String history = browser.find("imports-form:imports").getText();
            assertTrue(history.contains(BAD_NAME) && history.contains("Rejected"), history);
            assertTrue(history.contains("daily-fixed.csv") && history.contains("Imported"),
                    history);
            assertTrue(history.indexOf("daily-fixed.csv") < history.indexOf(BAD_NAME), "newest first");
            browser.clickAndWaitForPage(By.id("nav:lang-zh"));
            assertTrue(browser.find("imports-form:imports").getText().contains("已拒绝"));
            assertFalse(browser.text().contains("???"), "no missing translations");

            browser.open("kpi/import.xhtml?id=" + rejectedId);
            assertEquals("已拒绝", browser.find("import:import-status").getText());
            assertTrue(browser.find("import:errors").getText().contains(UNKNOWN));
        }

        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("manager", "manager123");
            browser.clickAndWaitForPage(By.id("nav:menu-kpi-imports"));
            String history = browser.find("imports-form:imports").getText();
            assertTrue(history.contains("daily-fixed.csv") && history.contains(BAD_NAME), history);
            browser.open("kpi/import.xhtml?id=" + rejectedId);
            assertFalse(browser.present("import:register-accounts"), "registering is the vendor lead's");
            browser.open("kpi/upload.xhtml");
            assertTrue(browser.present("error-403"), "uploading is the vendor lead's");
        }
    }

    @Test
    void theVendorLeadRegistersUnknownAccountsAndRunsTheImportAgain() throws Exception {
        LocalDate day = LocalDate.now(BusinessTime.ZONE).minusDays(4);
        String newcomer = "萌宠旗舰店:新人" + System.nanoTime() % 100000;
        Path file = folder.resolve("newcomer.csv");
        Files.writeString(file, "agent_account,date,received,inquiries,paid_buyers\n"
                + "萌宠旗舰店:小美," + day + ",80,20,5\n" + newcomer + "," + day + ",60,15,4\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("vendor", "vendor123");
            browser.clickAndWaitForPage(By.id("nav:menu-kpi-upload"));
            chooseStore(browser);
            allowEmptierFigures(browser);
            upload(browser, file);
            finished(browser);
            assertEquals("Rejected", browser.find("import:import-status").getText());
            assertTrue(browser.find("import:unknown-accounts").getText().contains(newcomer));
            assertFalse(browser.present("import:rerun"), "a rejected file is corrected and uploaded again");

            browser.find("import:register-accounts").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:registered")));
            assertTrue(browser.find("import:registered").getText().contains("1 new agent registered"));
            browser.find("import:rerun").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:rerun-of")));
            finished(browser);
            assertEquals("Imported", browser.find("import:import-status").getText(), browser.text());
            assertTrue(browser.find("kpi.result.rows").getText().contains("2 imported"),
                    browser.find("kpi.result.rows").getText());

            browser.clickAndWaitForPage(By.id("nav:menu-agents"));
            assertTrue(browser.find("agents-form:agents").getText().contains(newcomer.substring("萌宠旗舰店:".length())));
        }
    }

    @Test
    void severalFilesChosenAtOnceAreOneImportListingTheFiles() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        List<String> paths = new java.util.ArrayList<>();
        for (int back : List.of(9, 8)) {
            Path file = folder.resolve("day-" + back + ".csv");
            Files.writeString(file, "agent_account,date,received,inquiries,paid_buyers\n"
                    + "萌宠旗舰店:小美," + today.minusDays(back) + ",80,20,5\n"
                    + "萌宠旗舰店:阿杰," + today.minusDays(back) + ",60,15,4\n", StandardCharsets.UTF_8);
            paths.add(file.toAbsolutePath().toString());
        }
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("vendor", "vendor123");
            browser.clickAndWaitForPage(By.id("nav:menu-kpi-upload"));
            chooseStore(browser);
            allowEmptierFigures(browser); // the days hold the demo figures; the option holds for several files too
            browser.driver.findElement(By.id("upload-form:upload-all_input")).sendKeys(String.join("\n", paths));
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> browser.present("import-title"));
            finished(browser);
            assertEquals("Imported", browser.find("import:import-status").getText(), browser.text());
            assertTrue(browser.find("kpi.result.rows").getText().contains("4 imported"),
                    browser.find("kpi.result.rows").getText());
            assertTrue(browser.find("kpi.result.files").getText().contains("day-9.csv, day-8.csv"),
                    browser.find("kpi.result.files").getText());
        }
    }

    private static List<String> firstRow(Browser browser, String tableId) {
        return browser.driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr:first-child > td"))
                .stream().map(e -> e.getText().strip()).toList();
    }

    /** Three agents × two days; the bad one names an account no agent holds in its fourth row (row 5). */
    private Path report(String name, String header, LocalDate today, boolean withUnknownAccount) throws IOException {
        StringBuilder csv = new StringBuilder(header).append('\n');
        int n = 0;
        for (LocalDate day : List.of(today.minusDays(2), today.minusDays(1))) {
            for (String agent : AGENTS) {
                n++;
                String account = withUnknownAccount && n == 4 ? UNKNOWN : "萌宠旗舰店:" + agent;
                csv.append(day).append(',').append(account).append(',').append(100 + n).append(',').append(30 + n)
                        .append(',').append(10 + n).append(",\"1,2").append(n).append("0.50\"\n");
            }
        }
        Path file = folder.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static void chooseStore(Browser browser) {
        selectByLabel(browser, "upload-form:store", STORE);
    }

    /**
     * Ticks "Replace with emptier figures": the test's days already hold the demo figures, which have
     * columns (consultations…) the test's files lack, so without it every row would be refused.
     */
    private static void allowEmptierFigures(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeScript("PF(arguments[0]).check();",
                "widget_upload_form_replace_emptier");
        browser.waiting().until(d -> (boolean) ((JavascriptExecutor) d).executeScript("return document"
                + ".getElementById('upload-form:replace-emptier_input').checked && jQuery.active === 0;"));
    }

    /**
     * PrimeFaces' advanced upload keeps its file input hidden; a file set on it is uploaded at once
     * (auto). Returns when the page shows the new import.
     */
    private static void upload(Browser browser, Path file) {
        String before = browser.present("import-title") ? browser.find("import-title").getText() : "";
        browser.driver.findElement(By.id("upload-form:upload_input")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> browser.present("import-title")
                && !browser.find("import-title").getText().equals(before));
    }

    /** The import's job runs in the background; the page polls until it shows the outcome. */
    private static void finished(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(90)).until(d ->
                (browser.present("import:published") || browser.present("import:failure")
                        || browser.present("import:duplicate"))
                && !(boolean) ((JavascriptExecutor) d).executeScript(
                        "return !!(PF('importPoll') && PF('importPoll').active);"));
    }

    /** Picks an option through the widget, which then tells the server (its ajax change event) as a click does. */
    private static void selectByLabel(Browser browser, String clientId, String label) {
        String widget = "widget_" + clientId.replace(':', '_').replace('-', '_');
        ((JavascriptExecutor) browser.driver).executeScript(
                "var w = PF(arguments[0]); var label = arguments[1]; var v = null;"
                        + " w.input.find('option').each(function(){ if (this.text.indexOf(label) >= 0) v = this.value; });"
                        + " w.selectValue(v); w.triggerChange();", widget, label);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(clientId + "_label"), label));
        browser.waiting().until(d -> (boolean) ((JavascriptExecutor) d).executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty();"));
    }

    private static String get(URI uri, String userPassword) throws Exception {
        String auth = Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The whole page, when {@code -Dscreenshots=DIR} asks for the README's pictures. */
    private static void screenshot(Browser browser, String name) throws IOException {
        String dir = System.getProperty("screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Dimension before = browser.driver.manage().window().getSize();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        for (int i = 0; i < 3; i++) {
            long missing = (Long) js.executeScript(
                    "return document.documentElement.scrollHeight - window.innerHeight;");
            if (missing <= 0) {
                break;
            }
            Dimension now = browser.driver.manage().window().getSize();
            browser.driver.manage().window().setSize(new Dimension(now.getWidth(),
                    (int) Math.min(now.getHeight() + missing, 5000)));
        }
        byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name), png);
        browser.driver.manage().window().setSize(before);
    }
}
