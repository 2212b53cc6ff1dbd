package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.security.boundary.SignInGuard;
import com.csvendor.portal.security.control.LoginFailures;
import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

        JsonObject demoted = expect(200, api.put(ADMIN, "api/users/" + id(user), form(user, "FINANCE")
                .add("version", version(user)).build())).json();
        assertTrue(version(demoted) > version(user), "a change of roles alone increments the version every instance checks");

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

    /**
     * With several instances the change is made on another one, whose events never reach this one:
     * here it is written straight into the shared database as that instance's JPA writes it (the
     * row, its roles, the version one up). The kept copy of the user and the remembered password
     * (both warmed first) must not outlive it.
     */
    @Test
    void aUserDeactivatedOrDemotedOnAnotherInstanceIsRefusedHereAtTheNextRequest() throws Exception {
        JsonObject deactivated = newUser("FINANCE");
        String cookie = signIn(deactivated);
        Api.Login basic = new Api.Login(deactivated.getString("username"), PASSWORD);
        assertEquals(200, withCookie(cookie, "GET", "settlement/list.xhtml"));
        assertEquals(200, api.get(basic, "api/statements").status());

        onAnotherInstance("UPDATE portal_user SET active = FALSE, version = version + 1 WHERE id = ?", id(deactivated));
        assertEquals(302, withCookie(cookie, "GET", "settlement/list.xhtml"), "sent to the sign-in page");
        assertEquals(401, api.get(basic, "api/statements").status());

        JsonObject demoted = newUser("ADMIN");
        String admin = signIn(demoted);
        assertEquals(200, withCookie(admin, "GET", "api/users"));
        onAnotherInstance("UPDATE user_role SET role = 'FINANCE' WHERE user_id = ?", id(demoted));
        onAnotherInstance("UPDATE portal_user SET version = version + 1 WHERE id = ?", id(demoted));
        assertEquals(403, withCookie(admin, "GET", "api/users"), "no longer an admin");
        assertEquals(200, withCookie(admin, "GET", "settlement/dashboard.xhtml"), "a finance user now");
    }

    @Test
    void signInFailuresCountedOnAnotherInstanceDelayTheNextAttemptHere() throws Exception {
        JsonObject user = newUser("FINANCE");
        Api.Login basic = new Api.Login(user.getString("username"), PASSWORD);
        assertEquals(200, api.get(basic, "api/statements").status());

        LoginFailures otherInstance = new LoginFailures(sharedDatabase());
        String key = SignInGuard.userKey(user.getString("username"), "127.0.0.1");
        Instant now = Instant.now();
        for (int i = 0; i < 8; i++) {
            otherInstance.countFailure(key, now, now.minus(Duration.ofMinutes(15)));
        }
        assertEquals(401, api.get(basic, "api/statements").status(), "the right password, refused during the delay");
        otherInstance.clear(key);
        assertEquals(200, api.get(basic, "api/statements").status());
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

    private static MysqlDataSource sharedDatabase() {
        MysqlDataSource db = new MysqlDataSource();
        db.setUrl(System.getProperty("it.db.url"));
        db.setUser(System.getProperty("it.db.user"));
        db.setPassword(System.getProperty("it.db.password"));
        return db;
    }

    private static void onAnotherInstance(String sql, long userId) throws SQLException {
        try (Connection c = sharedDatabase().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, userId);
            assertEquals(1, st.executeUpdate(), sql);
        }
    }
}
