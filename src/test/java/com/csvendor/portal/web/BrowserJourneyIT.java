package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Real pages in headless Chromium: each demo role signs in and sees its own menu only, its home
 * figures, both languages, the session handling and the friendly error pages.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} sees exactly {2}")
    @CsvSource(delimiter = ';', value = {
        "admin;admin123;nav:menu-home nav:menu-stores nav:menu-vendors nav:menu-contracts nav:menu-kpi-imports nav:menu-kpi-profiles nav:menu-users nav:menu-sla nav:menu-comparison nav:menu-statements nav:menu-finance",
        "manager;manager123;nav:menu-home nav:menu-stores nav:menu-vendors nav:menu-contracts nav:menu-kpi-imports nav:menu-sla nav:menu-comparison nav:menu-statements",
        "vendor;vendor123;nav:menu-home nav:menu-contracts nav:menu-agents nav:menu-kpi-upload nav:menu-kpi-imports nav:menu-sla nav:menu-statements",
        "finance;finance123;nav:menu-home nav:menu-stores nav:menu-vendors nav:menu-contracts nav:menu-sla nav:menu-comparison nav:menu-statements nav:menu-finance"})
    void eachRoleSeesItsMenuAndNothingElse(String user, String password, String expectedIds) {
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn(user, password);
            // Read in one script call: element handles can go stale while the home page settles.
            List<?> ids = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return Array.from(document.querySelectorAll(\"[id^='nav:menu-']\")).map(e => e.id);");
            Set<String> shown = ids.stream().map(Object::toString).collect(Collectors.toSet());
            assertEquals(Set.of(expectedIds.split(" ")), shown);
            assertTrue(browser.present("tile-home.activeStores") || browser.present("work-queues"),
                    "a home page with figures (administrators) or work queues (the other roles)");
        }
    }

    /**
     * Every page × every role, with the vendor lead's own and a foreign vendor: shown (200), refused
     * (403) or not found (404, the same as an id that does not exist).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "admin;admin123;200 200 200 200 200 404 200 403 200 404 200 200 200 200 404",
        "manager;manager123;200 200 200 200 200 404 403 403 200 404 200 200 200 403 404",
        "vendor;vendor123;200 200 200 200 404 404 403 200 200 404 200 403 200 403 404",
        "finance;finance123;200 200 200 403 403 404 403 403 403 403 200 200 200 200 404"})
    void everyPageAnswersEachRoleWithinItsScope(String user, String password, String expected) throws Exception {
        long own = vendorIdNamed("云帆客服");
        long foreign = vendorIdNamed("声联服务");
        String[] pages = {"index.xhtml", "stores/list.xhtml", "vendors/list.xhtml", "vendors/agents.xhtml?vendor=" + own,
            "vendors/agents.xhtml?vendor=" + foreign, "vendors/agents.xhtml?vendor=999999", "admin/users.xhtml",
            "kpi/upload.xhtml", "kpi/imports.xhtml", "kpi/import.xhtml?id=999999", "sla/list.xhtml", "sla/compare.xhtml",
            "settlement/list.xhtml", "settlement/dashboard.xhtml", "settlement/statement.xhtml?id=999999"};
        String[] statuses = expected.split(" ");
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn(user, password);
            for (int i = 0; i < pages.length; i++) {
                browser.open(pages[i]);
                String shown = browser.present("error-403") ? "403" : browser.present("error-404") ? "404"
                        : browser.present("nav:menu-home") ? "200" : "?";
                assertEquals(statuses[i], shown, user + " on " + pages[i]);
            }
        }
    }

    @Test
    void pagesCarryTheSecurityHeadersAndAHttpOnlySameSiteCookie() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(Deployments.onLoopback(base).resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void theAdministratorsHomeCountsTheActiveAgentsOfEveryVendor() throws Exception {
        long active = 0;
        for (JsonObject v : Json.createReader(new StringReader(api("admin", "admin123", "api/vendors"))).readArray()
                .getValuesAs(JsonObject.class)) {
            active += Json.createReader(new StringReader(api("admin", "admin123", "api/vendors/" + v.getInt("id")
                    + "/agents"))).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(a -> "ACTIVE".equals(a.getString("status"))).count();
        }
        assertTrue(active > 0);
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("admin", "admin123");
            WebElement tile = browser.find("tile-home.activeAgents");
            assertEquals(String.valueOf(active), tile.findElement(By.className("portal-tile-value")).getText());
            assertTrue(tile.getText().contains("Active agents"));
        }
    }

    @Test
    void theLanguageFollowsTheBrowserAndSwitchesInThePage() {
        try (Browser browser = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            browser.open("login.xhtml");
            assertEquals("登录", browser.find("login:submit").getText());
            browser.clickAndWaitForPage(By.id("login:lang-en"));
            assertEquals("Sign in", browser.find("login:submit").getText());
            browser.signIn("admin", "admin123");
            assertEquals("Stores", browser.find("nav:menu-stores").getText());
            browser.clickAndWaitForPage(By.id("nav:lang-zh"));
            assertEquals("店铺", browser.find("nav:menu-stores").getText());
            assertFalse(browser.text().contains("???"), "no missing translations");
        }
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en-US")) {
            browser.signIn("finance", "finance123");
            assertEquals("Vendors", browser.find("nav:menu-vendors").getText());
        }
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() {
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.open("login.xhtml");
            String before = browser.cookie("JSESSIONID");
            assertNotNull(before);
            browser.signIn("manager", "manager123");
            String after = browser.cookie("JSESSIONID");
            assertNotEquals(before, after);
            browser.clickAndWaitForPage(By.id("nav:logout"));
            assertTrue(browser.present("login:username"));
            browser.open("index.xhtml");
            assertTrue(browser.present("login:username"), "signed out: back to the sign-in page");
        }
    }

    @Test
    void aWrongPasswordShowsAMessageAndNoSession() {
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("finance", "wrong-password");
            assertTrue(browser.text().contains("Sign-in failed"));
            browser.open("index.xhtml");
            assertTrue(browser.present("login:username"));
        }
    }

    @Test
    void errorPagesAreFriendlyAndShowNoStackTrace() {
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("manager", "manager123");
            browser.open("no-such-page.xhtml");
            assertTrue(browser.present("error-404"));
            browser.open("admin/users.xhtml");
            assertTrue(browser.present("error-403"));
            assertFalse(browser.text().contains("Exception"));
            assertFalse(browser.driver.getPageSource().contains("at com.csvendor"));
        }
    }

    private long vendorIdNamed(String name) throws Exception {
        JsonArray vendors = Json.createReader(new StringReader(api("admin", "admin123", "api/vendors"))).readArray();
        return vendors.getValuesAs(JsonObject.class).stream().filter(v -> name.equals(v.getString("name")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String api(String user, String password, String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        URI uri = Deployments.onLoopback(base).resolve(path);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + auth).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
