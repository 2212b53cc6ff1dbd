package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Users change their own password (issue 14, low item): through {@code PUT /api/me/password} and
 * the "Change my password" page, proving the current password, under the one password policy that
 * also binds administrators; the change ends the user's other sessions. Users of its own, named h14b….
 */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {

    private static final String PASSWORD = "Throwaway-pw-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private URI app;
    private Api api;
    private SessionCookies sessions;

    @BeforeEach
    void setUp() {
        app = Deployments.onLoopback(base);
        api = new Api(app);
        sessions = new SessionCookies(app);
    }

    @Test
    void aUserChangesTheirPasswordThroughTheApiProvingTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        JsonObject user = newUser("FINANCE");
        Api.Login old = new Api.Login(user.getString("username"), PASSWORD);
        String otherSession = signIn(old);
        assertEquals(200, withCookie(otherSession, "settlement/list.xhtml"));

        Api.Reply wrong = api.inLanguage("en").put(old, "api/me/password", change("not-the-password", "Fresh-pw-4711"));
        assertRefused(wrong, "currentPassword", "The current password is not correct.");
        Api.Reply common = api.inLanguage("en").put(old, "api/me/password", change(PASSWORD, "Sunshine1"));
        assertRefused(common, "newPassword", "one of the 50,000 most common passwords");
        Api.Reply commonZh = api.inLanguage("zh-CN").put(old, "api/me/password", change(PASSWORD, "Sunshine1"));
        assertRefused(commonZh, "newPassword", "最常见的 50,000 个密码");
        Api.Reply shortOne = api.inLanguage("en").put(old, "api/me/password", change(PASSWORD, "Sh0rt!"));
        assertRefused(shortOne, "newPassword", "The password has 6 characters: it needs at least 8.");
        Api.Reply same = api.inLanguage("en").put(old, "api/me/password", change(PASSWORD, PASSWORD));
        assertRefused(same, "newPassword", "same as the current one");
        assertEquals(200, api.get(old, "api/me").status(), "nothing changed so far");
        assertEquals(200, withCookie(otherSession, "settlement/list.xhtml"));

        Api.Reply changed = api.put(old, "api/me/password", change(PASSWORD, "Fresh-pw-4711"));
        assertEquals(204, changed.status(), changed::toString);
        assertEquals(401, api.get(old, "api/me").status(), "the old password is gone");
        Api.Login fresh = new Api.Login(old.username(), "Fresh-pw-4711");
        assertEquals(old.username(), expect(200, api.get(fresh, "api/me")).json().getString("username"));
        assertEquals(302, withCookie(otherSession, "settlement/list.xhtml"), "the other session ended");

        String trail = expect(200, api.get(ADMIN, "api/audit?entity=USER&id=" + user.getJsonNumber("id"))).body();
        assertTrue(trail.contains("\"PASSWORD_CHANGED\"") && trail.contains("\"actor\":\"" + old.username() + "\""),
                trail);
        assertFalse(trail.contains("Fresh-pw-4711") || trail.contains("PBKDF2"), "never the password: " + trail);
    }

    @Test
    void anAdministratorCannotSetACommonPasswordEither() {
        Api.Reply created = api.inLanguage("en").post(ADMIN, "api/users", form(unique(), "FINANCE")
                .add("password", "password1").build());
        assertRefused(created, "password", "one of the 50,000 most common passwords");
        JsonObject user = newUser("STORE_MANAGER");
        Api.Reply reset = api.inLanguage("en").put(ADMIN, "api/users/" + user.getJsonNumber("id"),
                form(user.getString("username"), "STORE_MANAGER").add("password", "Qwertyuiop")
                        .add("version", user.getJsonNumber("version")).build());
        assertRefused(reset, "password", "one of the 50,000 most common passwords");
        Api.Reply named = api.inLanguage("en").put(ADMIN, "api/users/" + user.getJsonNumber("id"),
                form(user.getString("username"), "STORE_MANAGER").add("password", user.getString("username") + "-2072")
                        .add("version", user.getJsonNumber("version")).build());
        assertRefused(named, "password", "contains the user name");
        assertEquals(200, api.get(new Api.Login(user.getString("username"), PASSWORD), "api/me").status());
    }

    @Test
    void theChangeMyPasswordPageSaysWhatIsWrongAndKeepsItsOwnSessionWhileTheOtherEnds() throws Exception {
        JsonObject user = newUser("FINANCE");
        Api.Login login = new Api.Login(user.getString("username"), PASSWORD);
        String otherSession = signIn(login);
        try (Browser browser = new Browser(app, "en")) {
            browser.signIn(login.username(), login.password());
            browser.clickAndWaitForPage(By.id("nav:change-password"));
            assertEquals("Change my password", browser.driver.findElement(By.cssSelector("h1.portal-title")).getText());
            submit(browser, "wrong-one-1", "Fresh-pw-4711", "Fresh-pw-4711");
            assertMessage(browser, "currentPassword", "The current password is not correct.");
            submit(browser, PASSWORD, "Fresh-pw-4711", "Fresh-pw-4712");
            assertMessage(browser, "repeat", "The new password and its repetition differ.");
            submit(browser, PASSWORD, "iloveyou2", "iloveyou2");
            assertMessage(browser, "newPassword", "most common passwords");
            submit(browser, PASSWORD, "Fresh-pw-4711", "Fresh-pw-4711");
            browser.waiting().until(d -> browser.find("password-form").getText().contains("Your password was changed"));

            browser.clickAndWaitForPage(By.id("nav:menu-home"));
            assertTrue(browser.present("nav:menu-statements"), "this session carries on");
            assertEquals(302, withCookie(otherSession, "settlement/list.xhtml"), "the other session ended");
            browser.clickAndWaitForPage(By.id("nav:lang-zh"));
            browser.clickAndWaitForPage(By.id("nav:change-password"));
            assertEquals("修改我的密码", browser.driver.findElement(By.cssSelector("h1.portal-title")).getText());
            assertTrue(browser.text().contains("当前密码") && browser.text().contains("再次输入新密码"), browser.text());
            assertFalse(browser.text().contains("???"), "no missing translations");
        }
        assertEquals(200, api.get(new Api.Login(login.username(), "Fresh-pw-4711"), "api/me").status());
    }

    private static void submit(Browser browser, String current, String fresh, String repeat) {
        String[][] fields = {{"currentPassword", current}, {"newPassword", fresh}, {"repeat", repeat}};
        for (String[] field : fields) {
            var input = browser.usable("password-form:" + field[0]);
            input.clear();
            input.sendKeys(field[1]);
        }
        var button = browser.find("password-form:change");
        button.click();
        browser.waiting().until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
    }

    private static void assertMessage(Browser browser, String field, String expected) {
        String shown = browser.find("password-form").getText();
        assertTrue(shown.contains(expected), field + ": " + shown);
    }

    private static void assertRefused(Api.Reply reply, String field, String message) {
        assertEquals(400, reply.status(), reply::toString);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), reply::toString);
        assertTrue(error.getString("message").contains(message), reply::toString);
    }

    private static JsonObject change(String current, String fresh) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", fresh).build();
    }

    private String unique() {
        return new Fixture(api).unique("h14b").toLowerCase(Locale.ROOT);
    }

    private JsonObject newUser(String role) {
        var body = form(unique(), role).add("password", PASSWORD);
        if (role.equals("STORE_MANAGER")) {
            body.add("storeIds", Json.createArrayBuilder().add(new Fixture(api).storeId("PETS-TM")));
        }
        return expect(201, api.post(ADMIN, "api/users", body.build())).json();
    }

    private static jakarta.json.JsonObjectBuilder form(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "改密测试")
                .add("roles", Json.createArrayBuilder().add(role));
    }

    private String signIn(Api.Login login) {
        return sessions.signIn(login.username(), login.password());
    }

    private int withCookie(String cookie, String path) throws IOException, InterruptedException {
        return sessions.status(cookie, "GET", path);
    }
}
