package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.entity.IncidentFine;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import com.csvendor.portal.settlement.boundary.StatementText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two statements of 云帆客服 in PETS-TM (made-up one-month contracts long ago, {@link SettlementData})
 * taken through their workflow in real browsers. Finance, in English, generates the first from the
 * list's dialog and the second with "generate closed cycles", and issues both; the vendor lead, in
 * Chinese, disputes the first (a comment is required) and confirms the second; finance revises the
 * disputed one, records an invoice of the wrong type on the other (flagged), cannot approve what it
 * generated — a second finance user approves it — and records the payment. Along the way the pages
 * show each status, the lines' explanations as the API gives them in each language, the temporary
 * agents, and the PDF, dashboard and Excel downloads answer with their content types.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementPagesIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String COMMENT = "坐席人数与排班不符";
    /** The references lines keep and other internal codes (enum names, record numbers, clause paths). */
    private static final Pattern CODE = Pattern.compile(
            "kpi:|sla_result|target \\d|incident:|penalty_cap|deposit v|reverses:|penalties\\.|#\\d+|\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern REFERENCE = Pattern.compile("ERR-[2-9A-HJKMNP-Z]{8}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void removeMadeUpContracts() throws Exception {
        SettlementData.removeMadeUp();
    }

    @Test
    void statementsGoThroughTheirWorkflowInThePages() throws Exception {
        journey(Deployments.onLoopback(base));
    }

    @Test
    void aMissingStatementAnswersInThePortalLayoutWithAReferenceForSupport() {
        for (String language : List.of("zh-CN", "en")) {
            try (Browser browser = new Browser(Deployments.onLoopback(base), language)) {
                browser.signIn("finance", "finance123");
                browser.open("settlement/statement.xhtml?id=" + Fixture.MISSING_ID);
                assertTrue(browser.present("error-404"), language);
                assertTrue(browser.present("nav:menu-statements"), "the portal's menu stays on an error page");
                boolean zh = language.startsWith("zh");
                assertEquals(zh ? "页面不存在" : "Page not found", browser.driver.getTitle().replaceAll(".*· ", "").trim());
                String first = reference(browser, zh);
                browser.open("settlement/statement.xhtml?id=" + Fixture.MISSING_ID);
                String second = reference(browser, zh);
                assertFalse(first.equals(second), "each error its own reference: " + first);
                assertFalse(browser.driver.getPageSource().contains("at com.csvendor"));
            }
        }
    }

    /** The reference the error page shows, in a sentence of the page's language. */
    private static String reference(Browser browser, boolean zh) {
        String text = browser.find("error-reference").getText();
        assertTrue(text.startsWith(zh ? "参考编号：" : "Reference: "), text);
        Matcher m = REFERENCE.matcher(text);
        assertTrue(m.find(), text);
        return m.group();
    }

    /** The whole journey against a portal at this address (the deployment, or a dev server when trying it out). */
    static void journey(URI app) throws Exception {
        Api api = new Api(app);
        SettlementData data = new SettlementData(api);
        Fixture fixture = new Fixture(api);
        long store = fixture.storeId("PETS-TM");
        long vendor = fixture.vendorId("云帆客服");
        long disputedContract = data.contract(MANAGER, store, vendor, t -> t.getPenalties().setIncidentFines(
                List.of(fine(IncidentType.OTHER, "150.00"))));
        LocalDate incidentDay = data.start(disputedContract).plusDays(2);
        expect(201, api.post(MANAGER, "api/incidents", Json.createObjectBuilder().add("contractId", disputedContract)
                .add("occurredOn", incidentDay.toString()).add("type", "OTHER").add("evidence", "未按约定时间上线")
                .build()));
        Lines lines = new Lines(disputedContract, data.start(disputedContract), incidentDay, store, vendor);
        long paidContract = data.contract(MANAGER, store, vendor);
        LocalDate paidStart = data.start(paidContract);
        expect(201, api.post(FINANCE, "api/temporary-agents", Json.createObjectBuilder().add("contractId", paidContract)
                .add("workFrom", paidStart.plusDays(10).toString()).add("workTo", paidStart.plusDays(12).toString())
                .add("agents", 2).add("note", "大促临时客服").build()));
        Api.Login approver = data.user("FINANCE", null, null);
        try {
            long disputed;
            long paid;
            try (Browser finance = new Browser(app, "en")) {
                finance.signIn("finance", "finance123");
                finance.clickAndWaitForPage(By.id("nav:menu-statements"));
                disputed = StatementPages.generateOne(finance, number(api, disputedContract), data.start(disputedContract));
                assertEquals("Draft", StatementPages.status(finance));
                assertExplanations(api, finance, disputed, "en", lines, false);
                StatementPages.press(finance, "issue");
                assertEquals("Issued", StatementPages.status(finance));

                finance.clickAndWaitForPage(By.id("nav:menu-statements"));
                StatementPages.generateClosed(finance);
                assertTrue(finance.find("statements-form:job-summary").getText().contains(" written"),
                        finance.find("statements-form:generate-job").getText());
                StatementPages.period(finance, paidStart, paidStart.plusMonths(1).minusDays(1));
                String listed = finance.find("statements-form:statements").getText();
                assertFalse(listed.contains(number(api, disputedContract)), "another month: " + listed);
                paid = StatementPages.open(finance, "ST-" + number(api, paidContract) + "-");
                String agents = finance.find("statement-form:temporary-agents").getText();
                assertTrue(agents.contains("2 × 3") && agents.contains("大促临时客服"), agents);
                String temporaryLine = "Temporary agents " + paidStart.plusDays(10) + " – " + paidStart.plusDays(12)
                        + ": 2 agents × 3 days";
                assertTrue(finance.find("statement-form:lines").getText().contains(temporaryLine),
                        finance.find("statement-form:lines").getText());
                StatementPages.press(finance, "issue");
            }

            try (Browser lead = new Browser(app, "zh-CN")) {
                lead.signIn("vendor", "vendor123");
                lead.clickAndWaitForPage(By.id("nav:menu-statements"));
                String list = lead.find("statements-form:statements").getText();
                assertTrue(list.contains(number(api, disputedContract)) && list.contains("已发出"), list);
                lead.open("settlement/statement.xhtml?id=" + disputed);
                assertEquals("已发出", StatementPages.status(lead));
                assertExplanations(api, lead, disputed, "zh", lines, true);
                assertKpiLineOpensItsImports(lead, lines);
                lead.open("settlement/statement.xhtml?id=" + disputed);
                StatementPages.step(lead, "dispute", "");
                assertTrue(lead.find("step-dialog-form:step-messages").getText().contains("意见"),
                        "a dispute needs a comment");
                StatementPages.submitStep(lead, COMMENT);
                assertEquals("有异议", StatementPages.status(lead));
                assertTrue(lead.find("trail").getText().contains(COMMENT));
                lead.clickAndWaitForPage(By.id("nav:lang-en"));
                assertEquals("Disputed", StatementPages.status(lead));
                assertExplanations(api, lead, disputed, "en", lines, true);
                lead.clickAndWaitForPage(By.id("nav:lang-zh"));

                lead.open("settlement/statement.xhtml?id=" + paid);
                StatementPages.step(lead, "confirm", null);
                assertEquals("已确认", StatementPages.status(lead));
                assertFalse(lead.present("statement-form:approve"), "a vendor lead does not approve");
            }

            try (Browser finance = new Browser(app, "en")) {
                finance.signIn("finance", "finance123");
                finance.open("settlement/statement.xhtml?id=" + disputed);
                assertTrue(finance.find("trail").getText().contains(COMMENT));
                StatementPages.press(finance, "revise");
                assertEquals("Draft", StatementPages.status(finance));

                finance.open("settlement/statement.xhtml?id=" + paid);
                assertEquals("Confirmed", StatementPages.status(finance));
                assertFalse(finance.present("statement-form:approve"), "finance generated it: another user approves");
                StatementPages.recordInvoice(finance, "26312000000012345678", "VAT general invoice");
                String flags = finance.find("statement-form:invoice-flags").getText();
                assertTrue(flags.contains("Invoice type differs from the contract"), flags);
            }

            try (Browser other = new Browser(app, "en")) {
                other.signIn(approver.username(), approver.password());
                other.open("settlement/statement.xhtml?id=" + paid);
                StatementPages.press(other, "approve");
                assertEquals("Approved", StatementPages.status(other));
                assertTrue(other.find("trail").getText().contains(approver.username()));
            }

            try (Browser finance = new Browser(app, "en")) {
                finance.signIn("finance", "finance123");
                finance.open("settlement/statement.xhtml?id=" + paid);
                StatementPages.step(finance, "pay", null);
                assertEquals("Paid", StatementPages.status(finance));
                assertTrue(finance.find("trail").getText().contains(StatementPages.REFERENCE));
                assertPdf(finance, "statement-form:pdf-en", "ST-" + number(api, paidContract), "Temporary agents "
                        + paidStart.plusDays(10) + " – " + paidStart.plusDays(12) + ": 2 agents × 3 days");
                assertPdf(finance, "statement-form:pdf-zh", "结算单", "临时坐席 " + paidStart.plusDays(10) + " – "
                        + paidStart.plusDays(12) + "：2 人 × 3 天");

                finance.clickAndWaitForPage(By.id("nav:menu-finance"));
                finance.screenshot("finance-dashboard-en.png");
                String months = finance.find("dashboard-form:per-vendor-month").getText();
                assertTrue(months.contains(paidStart.toString().substring(0, 7)) && months.contains("云帆客服"), months);
                HttpResponse<byte[]> xlsx = download(finance, "dashboard-form:xlsx");
                assertEquals(200, xlsx.statusCode());
                assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                    assertEquals(List.of("By status", "Due", "Overdue", "Per vendor per month"),
                            List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2),
                                    book.getSheetName(3)));
                }
                assertFalse(finance.text().contains("???"), "no missing translations");
            }
            JsonObject done = expect(200, api.get(ADMIN, "api/statements/" + paid)).json();
            assertEquals("PAID", done.getString("status"));
            assertEquals(approver.username(), done.getString("approvedBy"));
        } finally {
            deactivate(api, approver);
        }
    }

    /** What the statement of the contract with an incident shows: the contract, its cycle, the incident's day. */
    private record Lines(long contractId, LocalDate cycleStart, LocalDate incidentDay, long storeId, long vendorId) {
    }

    /**
     * A fee line's KPI figures open the import history narrowed to the statement's store, vendor and the
     * line's days, which the page says in words (Chinese here) with a way back to all imports.
     */
    private static void assertKpiLineOpensItsImports(Browser lead, Lines expected) {
        String cycle = expected.cycleStart() + " – " + expected.cycleStart().plusMonths(1).minusDays(1);
        assertTrue(lead.find("statement-form:lines:0:source-link").getAttribute("href").contains("/kpi/imports.xhtml"),
                "the first line is a fee from KPI figures");
        lead.clickAndWaitForPage(By.id("statement-form:lines:0:source-link"));
        String shown = lead.find("imports-form:filter").getText();
        assertTrue(lead.driver.getCurrentUrl().contains("kpi/imports.xhtml?store=" + expected.storeId()),
                lead.driver.getCurrentUrl());
        assertTrue(shown.contains("仅显示以下导入") && shown.contains("门店 ") && shown.contains("服务商 云帆客服")
                && shown.contains("报表日期与 " + cycle + " 重叠") && shown.contains("显示全部导入"), shown);
        assertFalse(shown.contains("???") || shown.contains("store=") || shown.contains("（您无权查看）"), shown);
        // The made-up contracts lie long ago: no import reports those days, so the narrowed history is empty.
        assertTrue(lead.find("imports-form:imports").getText().contains("暂无数据"),
                lead.find("imports-form:imports").getText());
        lead.clickAndWaitForPage(By.id("imports-form:show-all"));
        assertFalse(lead.present("imports-form:filter"), "show all drops the filter");
        lead.open("kpi/imports.xhtml?vendor=" + expected.vendorId() + "&from=2026-13-45");
        assertTrue(lead.text().contains("链接中的起始日期无效，已显示全部导入。"), lead.text());
        assertFalse(lead.present("imports-form:filter"), "a bad part drops the whole filter");
    }

    /**
     * The explanation of each line on the page is the API's, in the page's language; its source is the
     * API's reference in words, never the reference itself: the incident by its type and day, linked to
     * the contract's SLA page at that cycle. The title names the statement.
     */
    private static void assertExplanations(Api api, Browser browser, long id, String language, Lines expected,
            boolean seesImports) {
        boolean zh = "zh".equals(language);
        JsonObject statement = expect(200, api.inLanguage(language).get(ADMIN, "api/statements/" + id)).json();
        List<JsonObject> lines = statement.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertFalse(lines.isEmpty());
        assertEquals((zh ? "结算单 " : "Statement ") + statement.getString("number"),
                browser.driver.getTitle().replaceAll(".*· ", "").trim());
        boolean incident = false;
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i).getString("explanation"),
                    browser.find("statement-form:lines:" + i + ":explanation-text").getText(), language + " line " + i);
            String reference = lines.get(i).getString("source");
            String source = browser.find("statement-form:lines:" + i + ":source-text").getText();
            assertFalse(CODE.matcher(source).find(), language + " line " + i + ": " + source);
            if (reference.startsWith("incident:")) {
                incident = true;
                assertEquals(zh ? expected.incidentDay() + " 其他" : "Other on " + expected.incidentDay(), source);
                // The fragment's ':' arrives percent-encoded (JSF writes the link so); browsers decode it to find the id.
                String href = URLDecoder.decode(browser.find("statement-form:lines:" + i + ":source-link")
                        .getAttribute("href"), StandardCharsets.UTF_8);
                assertTrue(href.contains("/sla/contract.xhtml?id=" + expected.contractId() + "&cycle="
                        + expected.cycleStart()) && href.endsWith("#sla-form:incidents"),
                        "the incident's line opens the SLA page of the cycle: " + href);
            } else if (reference.startsWith("kpi:")) {
                String href = URLDecoder.decode(browser.find("statement-form:lines:" + i + ":source-link")
                        .getAttribute("href"), StandardCharsets.UTF_8);
                String days = reference.substring(4, reference.indexOf(' '));
                assertTrue(seesImports ? href.endsWith("/kpi/imports.xhtml?store=" + expected.storeId() + "&vendor="
                        + expected.vendorId() + "&from=" + days.replace("..", "&to="))
                        : href.contains("/sla/contract.xhtml?id=" + expected.contractId()),
                        language + " line " + i + ": " + href);
                assertEquals(new StatementText(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).source(reference),
                        source, language + " line " + i);
            } else if (!reference.startsWith("sla_result:")) {
                assertEquals(new StatementText(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).source(reference),
                        source, language + " line " + i);
            }
        }
        assertTrue(incident, "the incident is a line: " + lines);
        String table = browser.find("statement-form:lines").getText();
        assertFalse(CODE.matcher(table).find(), language + ": " + table);
    }

    /** An incident fine of the contract's penalty clauses. */
    private static IncidentFine fine(IncidentType type, String amount) {
        IncidentFine f = new IncidentFine();
        f.setType(type);
        f.setAmount(new BigDecimal(amount));
        return f;
    }

    private static void assertPdf(Browser browser, String linkId, String... expected) throws Exception {
        HttpResponse<byte[]> pdf = download(browser, linkId);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''ST-"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            // Table cells wrap, a date even at its hyphen: compare without the breaks.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", " ")
                    .replaceAll("(\\d)- (\\d)", "$1-$2");
            for (String e : expected) {
                assertTrue(text.contains(e), e + " in: " + text);
            }
            assertFalse(Pattern.compile("no\\. \\d|\\d+ ?号|temporary_agents:|incident:").matcher(text).find(), text);
        }
    }

    /** What the page's link answers, fetched in the browser's session. */
    private static HttpResponse<byte[]> download(Browser browser, String linkId) throws Exception {
        String href = browser.find(linkId).getAttribute("href");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String number(Api api, long contractId) {
        return expect(200, api.get(ADMIN, "api/contracts/" + contractId)).json().getString("number");
    }

    private static void deactivate(Api api, Api.Login user) {
        long id = expect(200, api.get(ADMIN, "api/users")).array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(user.username())).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        expect(200, api.post(ADMIN, "api/users/" + id + "/deactivate", null));
    }
}
