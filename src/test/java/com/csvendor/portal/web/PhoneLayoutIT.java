package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * The pages on a phone (390 × 844 px), in Chinese and English, as the demo users see the demo data
 * (read only): no page is wider than the screen, the menu is folded behind a button that opens it by
 * a click (no hover) and whose items navigate, and the contract, statement and upload pages put each
 * label above its value. At 1440 px the menu stays a bar without the button. With
 * {@code -Dscreenshots=DIR} the pages visited are saved as the README's pictures.
 */
@ExtendWith(ArquillianExtension.class)
class PhoneLayoutIT {

    private static final int PHONE_WIDTH = 390;
    private static final String DEMO_CONTRACT = "YF-PETS-2026-01";
    /** How much of a long page the README shows: its top, which keeps the picture's file small. */
    private static final int LONG_PAGE = 2000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private URI app;
    private Api api;

    @BeforeEach
    void app() {
        app = Deployments.onLoopback(base);
        api = new Api(app);
        longStoreName();
    }

    /**
     * In the shared database other classes' stores have long names, and a select menu is as wide as its
     * longest option: one such store is made here so the pages are checked as they are in the full suite
     * (the finance user's store filter lists every store). Once per run.
     */
    private void longStoreName() {
        if (longStoreMade) {
            return;
        }
        String code = "PH" + System.currentTimeMillis();
        expect(201, api.post(Api.ADMIN, "api/stores", jakarta.json.Json.createObjectBuilder().add("code", code)
                .add("name", "手机版面测试用的名字特别长的旗舰店 A store with a very long name " + code)
                .add("platform", "OTHER").add("timeZone", "Asia/Shanghai").build()));
        longStoreMade = true;
    }

    private static boolean longStoreMade;

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theStoreManagersPagesFitAPhoneAndTheMenuButtonOpensTheMenu(String language) throws Exception {
        try (Browser b = phone(language, MANAGER)) {
            fits(b, "index.xhtml");
            b.screenshot("phone-home-manager-" + lang(language) + ".png");
            menuOpensAndNavigates(b, "nav:menu-contracts", "contracts/list.xhtml");
            fits(b, "contracts/list.xhtml");
            stacked(b, "contracts/view.xhtml?id=" + demoContract());
            b.screenshot("phone-contract-view-manager-" + lang(language) + ".png", LONG_PAGE);
            fits(b, "sla/compare.xhtml");
            fits(b, "settlement/list.xhtml");
            stacked(b, "settlement/statement.xhtml?id=" + demoStatement());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theVendorLeadsPagesFitAPhoneAndTheMenuButtonOpensTheMenu(String language) throws Exception {
        try (Browser b = phone(language, Api.LEAD)) {
            fits(b, "index.xhtml");
            menuOpensAndNavigates(b, "nav:menu-kpi-upload", "kpi/upload.xhtml");
            stacked(b, "kpi/upload.xhtml");
            fits(b, "contracts/list.xhtml");
            stacked(b, "contracts/view.xhtml?id=" + demoContract());
            fits(b, "settlement/list.xhtml");
            fits(b, "kpi/imports.xhtml");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void financesPagesFitAPhoneAndTheMenuButtonOpensTheMenu(String language) throws Exception {
        try (Browser b = phone(language, FINANCE)) {
            fits(b, "index.xhtml");
            menuOpensAndNavigates(b, "nav:menu-statements", "settlement/list.xhtml");
            fits(b, "settlement/list.xhtml");
            stacked(b, "settlement/statement.xhtml?id=" + demoStatement());
            fits(b, "settlement/dashboard.xhtml");
            fits(b, "sla/compare.xhtml");
            fits(b, "contracts/list.xhtml");
        }
    }

    /** The desktop keeps its menu bar; these are the README's pictures of each role's pages. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void at1440PixelsTheMenuIsABarWithoutTheButton(String language) throws Exception {
        String l = lang(language);
        for (Login login : List.of(MANAGER, Api.LEAD, FINANCE)) {
            try (Browser b = new Browser(app, language)) {
                b.driver.manage().window().setSize(new Dimension(1440, 900));
                b.signIn(login.username(), login.password());
                assertFalse(b.find("menu-toggle").isDisplayed(), "no menu button at 1440 px");
                assertTrue(b.find("nav:menu-contracts").isDisplayed(), "the menu bar shows its items");
                assertEquals(0, b.overflow(), "the home page fits 1440 px");
                b.screenshot("home-" + login.username() + "-" + l + ".png");
                if (login == MANAGER) {
                    b.open("contracts/view.xhtml?id=" + demoContract());
                    b.screenshot("contract-view-manager-" + l + ".png", LONG_PAGE);
                    b.open("sla/compare.xhtml");
                    b.screenshot("comparison-manager-demo-" + l + ".png", LONG_PAGE);
                    pictured(b, "contracts/list.xhtml", "contracts-manager-" + l + ".png");
                    pictured(b, "contracts/history.xhtml?id=" + demoContract(), "contract-history-manager-" + l + ".png");
                    pictured(b, "contracts/edit.xhtml", "contract-wizard-manager-" + l + ".png");
                }
                if (login == Api.LEAD) {
                    pictured(b, "vendors/agents.xhtml", "agents-vendor-" + l + ".png");
                }
                if (login == FINANCE) {
                    b.open("settlement/statement.xhtml?id=" + demoStatement());
                    b.screenshot("statement-finance-" + l + ".png");
                }
            }
        }
        try (Browser b = new Browser(app, language)) {
            b.driver.manage().window().setSize(new Dimension(1440, 900));
            b.signIn(Api.ADMIN.username(), Api.ADMIN.password());
            pictured(b, "vendors/list.xhtml", "vendors-admin-" + l + ".png");
        }
    }

    /**
     * Every role's pages at 1440 px in Chinese and English read as words: no message key, no constant's
     * name, no label of the other language, no word broken one character per line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyRolesPagesReadInTheirLanguageWithoutCodes(String language) {
        long contract = demoContract();
        long statement = demoStatement();
        Map<Login, List<String>> pages = new LinkedHashMap<>();
        pages.put(MANAGER, List.of("index.xhtml", "contracts/list.xhtml", "contracts/view.xhtml?id=" + contract,
                "contracts/history.xhtml?id=" + contract, "contracts/reports.xhtml?id=" + contract, "contracts/edit.xhtml",
                "sla/list.xhtml", "sla/contract.xhtml?id=" + contract, "sla/compare.xhtml", "kpi/imports.xhtml",
                "settlement/list.xhtml", "settlement/statement.xhtml?id=" + statement, "stores/list.xhtml",
                "vendors/list.xhtml", "settings.xhtml"));
        pages.put(Api.LEAD, List.of("index.xhtml", "vendors/agents.xhtml", "kpi/upload.xhtml", "kpi/imports.xhtml",
                "sla/list.xhtml", "contracts/list.xhtml", "settlement/list.xhtml"));
        pages.put(FINANCE, List.of("index.xhtml", "settlement/list.xhtml", "settlement/dashboard.xhtml",
                "settlement/statement.xhtml?id=" + statement));
        pages.put(Api.ADMIN, List.of("index.xhtml", "admin/users.xhtml", "stores/list.xhtml", "vendors/list.xhtml",
                "kpi/imports.xhtml"));
        List<String> found = new ArrayList<>();
        for (Map.Entry<Login, List<String>> role : pages.entrySet()) {
            try (Browser b = new Browser(app, language)) {
                b.driver.manage().window().setSize(new Dimension(1440, 900));
                b.signIn(role.getKey().username(), role.getKey().password());
                for (String page : role.getValue()) {
                    b.open(page);
                    assertTrue(b.present("nav:menu"), page + " opened: " + b.driver.getTitle());
                    PageReading.problems(b, language.startsWith("zh")).forEach(p ->
                            found.add(role.getKey().username() + " " + page + ": " + p));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** A page of the README's further pictures: it opens in the layout, translated, and is saved when asked. */
    private static void pictured(Browser b, String path, String picture) throws IOException {
        b.open(path);
        assertTrue(b.present("nav:menu"), path + " opened: " + b.driver.getTitle());
        assertFalse(b.text().contains("???"), path + ": no missing translations");
        b.screenshot(picture, LONG_PAGE);
    }

    private Browser phone(String language, Login login) {
        Browser b = new Browser(app, language);
        b.screen(PHONE_WIDTH, 844);
        b.open("login.xhtml");
        assertEquals(0, b.overflow(), () -> "the sign-in page is wider than " + PHONE_WIDTH + " px: "
                + script(b, WIDE_ELEMENTS));
        b.signIn(login.username(), login.password());
        assertEquals(PHONE_WIDTH, ((Number) script(b, "return document.documentElement.clientWidth;")).intValue());
        assertTrue(String.valueOf(script(b, "return document.documentElement.lang;")).startsWith(lang(language)));
        return b;
    }

    /** The page opens without an error and nothing in it reaches beyond the screen's right edge. */
    private static void fits(Browser b, String path) {
        b.open(path);
        assertFalse(b.text().contains("???"), path + ": no missing translations");
        assertTrue(b.present("nav:menu"), path + " opened: " + b.driver.getTitle());
        assertEquals(0, b.overflow(), () -> path + " is wider than " + PHONE_WIDTH + " px; reaching beyond: "
                + script(b, WIDE_ELEMENTS));
    }

    /** {@link #fits}, and every label of a term or a form field stands above its value. */
    private static void stacked(Browser b, String path) {
        fits(b, path);
        @SuppressWarnings("unchecked")
        List<Object> checked = (List<Object>) script(b, LABELS_ABOVE_VALUES);
        assertTrue(((Number) checked.get(0)).intValue() > 0, path + " has labelled values");
        assertEquals(List.of(), checked.get(1), path + ": labels beside their values");
    }

    /** Closed, the menu shows only its button; a click opens it, and a click on an item goes there. */
    private static void menuOpensAndNavigates(Browser b, String itemId, String expectedPath) {
        var toggle = b.find("menu-toggle");
        assertTrue(toggle.isDisplayed(), "the menu button");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertEquals("nav:menu", toggle.getAttribute("aria-controls"));
        assertFalse(b.find(itemId).isDisplayed(), "the menu is folded");
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(b.usable(itemId).isDisplayed(), "the menu opened");
        assertEquals(0, b.overflow(), "the open menu fits the screen");
        b.clickAndWaitForPage(By.id(itemId));
        assertTrue(b.driver.getCurrentUrl().contains(expectedPath), b.driver.getCurrentUrl());
        assertFalse(b.find(itemId).isDisplayed(), "the menu is folded again on the new page");
    }

    private long demoContract() {
        return expect(200, api.get(MANAGER, "api/contracts")).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> DEMO_CONTRACT.equals(c.getString("number"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A statement of the demo contract (the demo writes them just after start-up). */
    private long demoStatement() {
        return expect(200, api.get(FINANCE, "api/statements")).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("contractNumber").equals(DEMO_CONTRACT)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String lang(String language) {
        return language.substring(0, 2);
    }

    private static Object script(Browser b, String js) {
        return ((JavascriptExecutor) b.driver).executeScript(js);
    }

    /** The outermost elements whose right edge is beyond the screen's, for the failure message. */
    private static final String WIDE_ELEMENTS = "var w = document.documentElement.clientWidth, out = [];"
            + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
            + "   var p = e.parentElement.getBoundingClientRect();"
            + "   if (r.width > 0 && r.right > w + 0.5 && p.right <= w + 0.5) out.push(e.tagName + '#' + e.id + '.'"
            + "     + e.getAttribute('class') + ' to ' + Math.round(r.right)); });"
            + " return out.slice(0, 10).join('; ');";

    /**
     * [how many labelled values are shown, the ones whose label is not above its value]: the terms of a
     * document ({@code .portal-term-row}: label, value) and the fields of a form ({@code .portal-form-grid}:
     * a label, then its field).
     */
    private static final String LABELS_ABOVE_VALUES = "var shown = 0, beside = [];"
            + " function check(label, value, name) { if (!label || !value) return;"
            + "   var l = label.getBoundingClientRect(), v = value.getBoundingClientRect();"
            + "   if (l.height === 0 || v.height === 0) return;"
            + "   shown++; if (l.bottom > v.top + 1) beside.push(name); }"
            + " document.querySelectorAll('.portal-term-row').forEach(function (r) {"
            + "   check(r.children[0], r.children[1], r.id || r.textContent.trim().substring(0, 20)); });"
            + " document.querySelectorAll('.portal-form-grid > label, .portal-form-grid > .portal-term-label')"
            + "   .forEach(function (l) { check(l, l.nextElementSibling, l.textContent.trim()); });"
            + " return [shown, beside];";
}
