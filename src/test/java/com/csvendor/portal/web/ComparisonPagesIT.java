package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.sla.ComparisonData;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The store manager's vendor comparison in a real browser, on KPI rows loaded through the import
 * API ({@link ComparisonData}: 云帆客服 and 声联服务 in a store of its own, 小美 also in a second one): open the
 * dashboard from the menu, pick the store and the period, see the vendors ranked, give all weight
 * to satisfaction and then to conversion and see the ranking turn, drill into 云帆客服's agents
 * over both stores (小美 flagged as working in several), and download the Excel file the page links.
 */
@ExtendWith(ArquillianExtension.class)
class ComparisonPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theManagerComparesRanksDrillsDownAndDownloads() throws Exception {
        URI app = Deployments.onLoopback(base);
        Api api = new Api(app);
        ComparisonData.load(api);
        try (Browser browser = new Browser(app, "en")) {
            browser.signIn(ComparisonData.MANAGER.username(), ComparisonData.MANAGER.password());
            browser.clickAndWaitForPage(By.id("nav:menu-comparison"));
            assertEquals("Vendor comparison", browser.driver.getTitle().replaceAll(".*· ", "").trim());

            chooseStores(browser, List.of(ComparisonData.STORE));
            period(browser);
            compare(browser);
            List<String> ranked = ranking(browser);
            assertEquals(2, ranked.size(), browser.text());
            assertTrue(ranked.containsAll(List.of(ComparisonData.YUNFAN, ComparisonData.SHENGLIAN)), ranked::toString);
            browser.screenshot("comparison-manager-en.png");
            String table = browser.find("compare-form:table").getText();
            assertTrue(table.contains("Conversion rate") && table.contains("Cost per received customer"), table);
            assertTrue(browser.present("compare-form:conversion-chart"));
            assertTrue(browser.find("compare-form:breakdown").getText().contains("higher is better"));
            assertPointsAddUpToTheScores(browser);

            weightsOnly(browser, 2);
            assertEquals(ComparisonData.YUNFAN, ranking(browser).get(0), "云帆客服's customers are more satisfied");
            weightsOnly(browser, 0);
            assertEquals(ComparisonData.SHENGLIAN, ranking(browser).get(0), "声联服务 converts more inquiries");
            assertEquals("100", browser.find("compare-form:weights:0:weight").getAttribute("value"));
            browser.open("sla/compare.xhtml");
            assertEquals("100", browser.find("compare-form:weights:0:weight").getAttribute("value"),
                    "the weights are kept for the user");

            chooseStores(browser, List.of(ComparisonData.STORE, ComparisonData.OTHER_STORE));
            period(browser);
            compare(browser);
            String warning = browser.find("compare-form:store-warning").getText();
            assertTrue(warning.contains("do not serve the same stores")
                    && warning.contains(ComparisonData.YUNFAN + ": 对比测试家居店, 对比测试旗舰店"), warning);
            WebElement yunfan = browser.driver.findElement(By.xpath(
                    "//a[contains(@class,'portal-vendor-link') and contains(normalize-space(.),'"
                            + ComparisonData.YUNFAN + "')]"));
            yunfan.click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agents-form"), "小美"));
            String agents = browser.find("agents-form:agents").getText();
            assertTrue(agents.contains("阿杰"), agents);
            assertTrue(browser.find("agents-form").getText().contains("Agents of " + ComparisonData.YUNFAN));
            WebElement xiaomei = browser.driver.findElement(By.xpath(
                    "//tbody[@id='agents-form:agents_data']/tr[.//span[text()='小美']]"));
            assertTrue(xiaomei.getText().contains("Works in several of these stores"), xiaomei.getText());
            assertEquals("对比测试家居店, 对比测试旗舰店", xiaomei.findElement(By.cssSelector(".portal-agent-stores")).getText(),
                    "the stores as text, not [CMP-IT-PETS, CMP-IT-HOME]");
            assertTrue(agents.contains("Best agents") && agents.contains("Weakest agents"), agents);
            browser.screenshot("comparison-agents-en.png");
            browser.find("agents-dialog").findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();

            String href = browser.find("compare-form:xlsx").getAttribute("href");
            HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                StringBuilder cells = new StringBuilder();
                DataFormatter format = new DataFormatter();
                for (Row row : book.getSheetAt(0)) {
                    row.forEach(c -> cells.append(format.formatCellValue(c)).append('|'));
                }
                assertTrue(cells.toString().contains(ComparisonData.YUNFAN) && cells.toString().contains(ComparisonData.SHENGLIAN)
                        && cells.toString().contains("Conversion rate"), cells::toString);
            }
            assertFalse(browser.text().contains("???"), "no missing translations");
        } finally {
            Api.expect(200, api.send(ComparisonData.MANAGER, "PUT", "api/comparisons/weights", "[]"));
        }
    }

    /**
     * 中文: the breakdown under the ranking adds up to each vendor's score; the best and weakest
     * conversion rate are marked; the second store alone (only 云帆客服) has no ranking and says why;
     * both stores together carry the warning with each vendor's stores, and one click compares one
     * store; the drill-down names its stores as text.
     */
    @Test
    void inChineseTheRankingExplainsItselfMarksBestAndWorstAndSaysWhenItCannotRank() throws Exception {
        URI app = Deployments.onLoopback(base);
        Api api = new Api(app);
        ComparisonData.load(api);
        Api.expect(200, api.send(ComparisonData.MANAGER, "PUT", "api/comparisons/weights", "[]"));
        try (Browser browser = new Browser(app, "zh-CN")) {
            browser.signIn(ComparisonData.MANAGER.username(), ComparisonData.MANAGER.password());
            browser.open("sla/compare.xhtml");
            chooseStores(browser, List.of(ComparisonData.STORE));
            period(browser);
            compare(browser);
            assertEquals(2, ranking(browser).size(), browser.text());
            String breakdown = browser.find("compare-form:breakdown").getText();
            assertTrue(breakdown.contains("询单转化率") && breakdown.contains("越高越好") && breakdown.contains("占总分 20.00 %"),
                    breakdown);
            assertPointsAddUpToTheScores(browser);
            assertTrue(browser.find("compare-form").getText().contains("得分构成"));

            WebElement conversion = browser.driver.findElement(By.xpath(
                    "//tbody[@id='compare-form:table_data']/tr[td[1][normalize-space(.)='询单转化率']]"));
            List<WebElement> best = conversion.findElements(By.cssSelector(".portal-best"));
            List<WebElement> worst = conversion.findElements(By.cssSelector(".portal-worst"));
            assertEquals(1, best.size(), conversion.getText());
            assertEquals(1, worst.size(), conversion.getText());
            assertEquals("本行最佳", best.get(0).getAttribute("title"));
            assertTrue(best.get(0).getText().matches("\\d{1,2}\\.\\d{2} %"), "a rate to two decimals: " + best.get(0).getText());
            List<WebElement> received = browser.driver.findElements(By.xpath(
                    "//tbody[@id='compare-form:table_data']/tr[td[1][normalize-space(.)='接待人数']]//span[contains(@class,'portal-best') or contains(@class,'portal-worst')]"));
            assertEquals(0, received.size(), "a size is neither best nor worst");

            chooseStores(browser, List.of(ComparisonData.OTHER_STORE));
            compare(browser);
            assertFalse(browser.present("ranking"), "no ranking for one vendor alone");
            assertFalse(browser.present("compare-form:breakdown"));
            String why = browser.find("compare-form:ranking-withheld").getText();
            assertTrue(why.contains("只有一家供应商有数据"), why);
            assertFalse(browser.find("compare-form:table").getText().contains("得分"), "no score row");

            chooseStores(browser, List.of(ComparisonData.STORE, ComparisonData.OTHER_STORE));
            compare(browser);
            String warning = browser.find("compare-form:store-warning").getText();
            assertTrue(warning.contains("这些供应商服务的店铺不同"), warning);
            assertTrue(warning.contains(ComparisonData.YUNFAN + ": 对比测试家居店、对比测试旗舰店"), warning);
            assertTrue(warning.contains(ComparisonData.SHENGLIAN + ": 对比测试旗舰店"), warning);
            browser.screenshot("comparison-manager-zh.png");

            browser.driver.findElement(By.xpath("//a[contains(@class,'portal-vendor-link') and contains(normalize-space(.),'"
                    + ComparisonData.YUNFAN + "')]")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agents-form"), "小美"));
            WebElement xiaomei = browser.driver.findElement(By.xpath(
                    "//tbody[@id='agents-form:agents_data']/tr[.//span[text()='小美']]"));
            assertEquals("对比测试家居店、对比测试旗舰店", xiaomei.findElement(By.cssSelector(".portal-agent-stores")).getText());
            browser.find("agents-dialog").findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();

            WebElement perStore = browser.driver.findElement(By.xpath(
                    "//div[@id='compare-form:store-warning']//button[normalize-space(.)='对比测试旗舰店']"));
            perStore.click();
            browser.waiting().until(ExpectedConditions.stalenessOf(perStore));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
            assertFalse(browser.present("compare-form:store-warning"), "one store: like for like");
            assertEquals(2, ranking(browser).size());
            assertFalse(browser.text().contains("???"), "no missing translations");
        }
    }

    /** The points of each ranked vendor's column in the breakdown add up to its score in the ranking. */
    private static void assertPointsAddUpToTheScores(Browser browser) {
        List<WebElement> scores = browser.driver.findElements(By.cssSelector("#ranking .portal-ranked-score"));
        List<WebElement> rows = browser.driver.findElements(By.xpath("//tbody[@id='compare-form:breakdown_data']/tr"));
        for (int v = 0; v < scores.size(); v++) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (WebElement row : rows) {
                String points = row.findElements(By.tagName("td")).get(v + 1).findElement(By.cssSelector(".portal-cell"))
                        .getText();
                sum = sum.add(new java.math.BigDecimal(points.replace(",", "")));
            }
            assertEquals(new java.math.BigDecimal(scores.get(v).getText().replace(",", "")), sum,
                    "column " + v + " of the breakdown");
        }
    }

    /** Ticks exactly these stores in the multi-select. */
    private static void chooseStores(Browser browser, List<String> codes) {
        browser.find("compare-form:stores").click();
        WebElement panel = browser.find("compare-form:stores_panel");
        browser.waiting().until(ExpectedConditions.visibilityOf(panel));
        for (WebElement item : panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item"))) {
            boolean wanted = codes.stream().anyMatch(code -> item.getText().contains("(" + code + ")"));
            boolean ticked = item.findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class")
                    .contains("ui-state-active");
            if (wanted != ticked) {
                item.findElement(By.cssSelector(".ui-chkbox-box")).click();
            }
        }
        browser.driver.findElement(By.cssSelector("h1.portal-title")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(panel));
    }

    /** Picks the period's first and last day in the date pickers (which makes the period CUSTOM). */
    private static void period(Browser browser) {
        browser.date("compare-form:from_input", ComparisonData.from());
        browser.date("compare-form:to_input", ComparisonData.to());
    }

    private static void compare(Browser browser) {
        WebElement before = browser.find("compare-form:show");
        before.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(before));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compare-form:result")));
    }

    /** All weight on the criterion in this row of the weights table, saved. */
    private static void weightsOnly(Browser browser, int row) {
        for (int i = 0; i < 7; i++) {
            WebElement input = browser.find("compare-form:weights:" + i + ":weight");
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(i == row ? "100" : "0");
        }
        WebElement save = browser.find("compare-form:save-weights");
        save.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(save));
    }

    private static List<String> ranking(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#ranking .portal-ranked-name")).stream()
                .map(WebElement::getText).toList();
    }
}
