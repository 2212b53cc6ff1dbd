package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * A browser session is only as good as the user's account is now (issue 14, items 1 and 3): a
 * user signs in through the real sign-in page, then an administrator changes the account through
 * the API, and the very next request with the old session cookie sees the change. And the API
 * takes no session from Basic and no state-changing call from a cookie alone.
 */
@ExtendWith(ArquillianExtension.class)
class SessionIT {

    private static final String PASSWORD = "Throwaway-pw-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private SessionCookies sessions;

    @BeforeEach
    void setUp() {
        URI app = Deployments.onLoopback(base);
        api = new Api(app);
        sessions = new SessionCookies(app);
    }

    @Test
    void aDemotedAdministratorLosesTheAdminPagesAndApiWithTheNextRequestOfTheOldSession() throws Exception {
        JsonObject user = newUser("ADMIN");
        String cookie = signIn(user);
        assertEquals(200, withCookie(cookie, "GET", "admin/users.xhtml"));
        assertEquals(200, withCookie(cookie, "GET", "api/users"));

        expect(200, api.put(ADMIN, "api/users/" + id(user), form(user, "FINANCE").add("version", version(user)).build()));

        assertEquals(403, withCookie(cookie, "GET", "admin/users.xhtml"), "the old session is no longer an admin's");
        assertEquals(403, withCookie(cookie, "GET", "api/users"));
        assertEquals(200, withCookie(cookie, "GET", "settlement/dashboard.xhtml"), "it is a finance user's now");
    }

    @Test
    void aDeactivationOrAPasswordResetEndsTheSessionAtTheNextRequest() throws Exception {
        JsonObject deactivated = newUser("FINANCE");
        String first = signIn(deactivated);
        assertEquals(200, withCookie(first, "GET", "settlement/list.xhtml"));
        expect(200, api.post(ADMIN, "api/users/" + id(deactivated) + "/deactivate", null));
        assertEquals(302, withCookie(first, "GET", "settlement/list.xhtml"), "sent to the sign-in page");
        assertEquals(401, withCookie(first, "GET", "api/statements"));

        JsonObject reset = newUser("FINANCE");
        String second = signIn(reset);
        assertEquals(200, withCookie(second, "GET", "settlement/list.xhtml"));
        expect(200, api.put(ADMIN, "api/users/" + id(reset), form(reset, "FINANCE").add("password", "Another-pw-2")
                .add("version", version(reset)).build()));
        assertEquals(302, withCookie(second, "GET", "settlement/list.xhtml"), "a new password ends old sessions");
    }

    @Test
    void theApiCreatesNoSessionAndRefusesStateChangingCallsCarryingOnlyTheCookie() throws Exception {
        Api.Reply basic = api.get(ADMIN, "api/users");
        assertEquals(200, basic.status());
        assertEquals("no-store", basic.headers().firstValue("Cache-Control").orElse(""), "API answers are never cached");
        assertTrue(basic.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                () -> "a Basic call set " + basic.headers().allValues("Set-Cookie"));

        JsonObject admin = newUser("ADMIN");
        String cookie = signIn(admin);
        assertEquals(200, withCookie(cookie, "GET", "api/users"), "safe calls such as the pages' downloads still work");
        assertEquals(401, withCookie(cookie, "POST", "api/sla-results/evaluate"));
        assertEquals(401, withCookie(cookie, "PUT", "api/users/" + id(admin)));
        assertEquals(401, withCookie(cookie, "POST", "api/users/" + id(admin) + "/deactivate"));
        assertTrue(expect(200, api.get(ADMIN, "api/users/" + id(admin))).json().getBoolean("active"));
    }

    private JsonObject newUser(String role) {
        String name = new Fixture(api).unique("sess").toLowerCase(Locale.ROOT);
        return expect(201, api.post(ADMIN, "api/users", form(name, role).add("password", PASSWORD).build())).json();
    }

    private static JsonObjectBuilder form(JsonObject user, String role) {
        return form(user.getString("username"), role);
    }

    private static JsonObjectBuilder form(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "会话测试")
                .add("roles", Json.createArrayBuilder().add(role));
    }

    private static long id(JsonObject user) {
        return user.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject user) {
        return user.getJsonNumber("version").longValue();
    }

    private String signIn(JsonObject user) {
        return sessions.signIn(user.getString("username"), PASSWORD);
    }

    private int withCookie(String cookie, String method, String path) throws IOException, InterruptedException {
        return sessions.status(cookie, method, path);
    }
}
