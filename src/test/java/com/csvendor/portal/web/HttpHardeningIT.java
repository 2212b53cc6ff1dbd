package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The low items of issue 14 about HTTP and REST, against the WAR at the root context as the start
 * command deploys it: REST errors in plain words, numbers that do not fit refused, the role checked
 * before the body, security headers and no-store on every answer (the container's own included),
 * redirects that ignore a forged Host header, /metrics for administrators, and pages that run under
 * a CSP without 'unsafe-inline' or 'unsafe-eval'. Reads the demo data only; writes nothing that
 * stays (every write it tries is refused).
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|jakarta\\.|org\\.eclipse|yasson|parsson|Invalid token|CURLYOPEN|START_ARRAY|Internal error|\\bclass\\b");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atRoot();
    }

    @ArquillianResource
    URL base;

    private URI app;
    private Api api;

    @BeforeEach
    void setUp() {
        app = Deployments.onLoopback(base);
        api = new Api(app);
    }

    @Test
    void aBodyThatIsNotJsonOrHasAWrongValueIsNamedInPlainWordsInTheCallersLanguage() {
        JsonObject broken = expect(400, api.send(ADMIN, "POST", "api/stores", "{\"code\": \"H14A-1\",\n \"name\": ")).json();
        assertEquals("body", field(broken, 0), broken::toString);
        assertTrue(message(broken, 0).contains("line 2, column"), broken::toString);
        assertFalse(broken.containsKey("detail") && !broken.isNull("detail"), broken::toString);

        JsonObject chinese = expect(400, api.inLanguage("zh-CN").send(ADMIN, "POST", "api/stores", "{\"code\": ")).json();
        assertTrue(message(chinese, 0).contains("第 1 行"), chinese::toString);
        assertEquals("请求体不是此接口所需的有效 JSON。", chinese.getString("title"));

        JsonObject mars = expect(400, api.send(ADMIN, "POST", "api/stores",
                "{\"code\":\"H14A-1\",\"name\":\"h14a\",\"platform\":\"MARS\"}")).json();
        assertEquals("platform", field(mars, 0), mars::toString);
        assertTrue(message(mars, 0).startsWith("must be one of: "), mars::toString);

        JsonObject list = expect(400, api.send(ADMIN, "POST", "api/stores", "[1, 2]")).json();
        assertEquals("body", field(list, 0));
        for (JsonObject answer : List.of(broken, chinese, mars, list)) {
            Matcher internal = INTERNALS.matcher(answer.toString());
            assertFalse(internal.find(), () -> "names '" + internal.group() + "': " + answer);
        }
    }

    @Test
    void anIdOrNumberBeyondItsTypeIsRefusedNamingTheFieldInsteadOfWrappingAround() {
        JsonObject statement = expect(400, api.send(FINANCE, "POST", "api/statements",
                "{\"contractId\":18446744073709551617,\"cycleStart\":\"2071-01-01\"}")).json();
        assertEquals("contractId", field(statement, 0), statement::toString);
        assertEquals("must be a whole number from -9223372036854775808 to 9223372036854775807", message(statement, 0));

        JsonObject user = expect(400, api.send(ADMIN, "POST", "api/users", "{\"username\":\"h14a-wrap\","
                + "\"displayName\":\"h14a\",\"password\":\"Throwaway-pw-1\",\"roles\":[\"STORE_MANAGER\"],"
                + "\"storeIds\":[18446744073709551617],\"vendorId\":1.5}")).json();
        assertEquals(List.of("storeIds[0]", "vendorId"), List.of(field(user, 0), field(user, 1)), user::toString);
        expect(404, api.get(ADMIN, "api/users/" + Long.MAX_VALUE));
        assertTrue(expect(200, api.get(ADMIN, "api/users")).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(u -> u.getString("username").equals("h14a-wrap")), "nothing was created");
    }

    @Test
    void aRoleThatMayNotUseARouteGets403WhateverTheBody() {
        for (String body : List.of("{}", "{\"username\": ", "{\"storeIds\":[18446744073709551617]}")) {
            expect(403, api.send(LEAD, "POST", "api/users", body));
        }
        expect(403, api.send(MANAGER, "POST", "api/statements", "{}"));
        expect(403, api.send(LEAD, "PUT", "api/comparisons/weights", "[{}]"));
        expect(403, api.send(FINANCE, "POST", "api/contracts", "{\"vendorId\":\"x\"}"));
        JsonObject refused = expect(403, api.inLanguage("zh").send(LEAD, "POST", "api/stores", "{}")).json();
        assertEquals("您的角色无权执行此操作。", refused.getString("title"));
        assertFalse(refused.containsKey("errors") && !refused.getJsonArray("errors").isEmpty(), refused::toString);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersTheContainersOwnAndTheErrorPagesToo() throws IOException {
        Map<String, Raw> answers = new LinkedHashMap<>();
        answers.put("sign-in redirect", raw("GET", "/index.xhtml", null, null));
        answers.put("401 challenge", raw("GET", "/api/stores", null, null));
        answers.put("403 of a page the role may not open", raw("GET", "/admin/users.xhtml", FINANCE, null));
        answers.put("403 of the API", raw("GET", "/api/users", FINANCE, null));
        answers.put("404 page", raw("GET", "/no-such-page.xhtml", ADMIN, null));
        answers.put("a page", raw("GET", "/index.xhtml", ADMIN, null));
        answers.put("the sign-in page", raw("GET", "/login.xhtml", null, null));
        answers.put("/metrics refused", raw("GET", "/metrics", FINANCE, null));
        assertEquals(302, answers.get("sign-in redirect").status());
        assertEquals(401, answers.get("401 challenge").status());
        assertEquals(403, answers.get("403 of a page the role may not open").status());
        assertEquals(404, answers.get("404 page").status());
        answers.forEach((name, answer) -> {
            String csp = answer.header("content-security-policy");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), () -> name + ": " + answer);
            assertFalse(csp.contains("unsafe-inline'") && csp.indexOf("unsafe-inline") > csp.indexOf("script-src")
                    || csp.contains("unsafe-eval"), () -> name + ": " + csp);
            assertEquals("nosniff", answer.header("x-content-type-options"), () -> name + ": " + answer);
            assertEquals("DENY", answer.header("x-frame-options"), () -> name + ": " + answer);
            assertEquals("same-origin", answer.header("referrer-policy"), () -> name + ": " + answer);
            assertEquals("no-store", answer.header("cache-control"), () -> name + ": " + answer);
        });
        Raw style = raw("GET", "/jakarta.faces.resource/css/portal.css.xhtml", null, null);
        assertEquals(200, style.status(), style::toString);
        assertFalse(style.header("cache-control").contains("no-store"), "static resources may be cached");
    }

    @Test
    void moneyDocumentsAndTheirDownloadsFromThePagesAreNeverStored() throws IOException {
        long statement = expect(200, api.get(FINANCE, "api/statements")).array().getJsonObject(0).getJsonNumber("id").longValue();
        long contract = expect(200, api.get(FINANCE, "api/contracts")).array().getJsonObject(0).getJsonNumber("id").longValue();
        List<String> documents = List.of("/api/statements/" + statement, "/api/statements/" + statement + "/pdf?lang=zh",
                "/api/contracts/" + contract + "/pdf", "/api/finance/dashboard/xlsx?lang=en",
                "/api/comparisons/xlsx?stores=PETS-TM&from=2071-01-01&to=2071-01-31",
                "/api/comparisons/pdf?stores=PETS-TM&from=2071-01-01&to=2071-01-31",
                "/settlement/statement.xhtml?id=" + statement, "/settlement/dashboard.xhtml");
        String cookie = signInCookie("finance", "finance123", null).cookie();
        for (String document : documents) {
            for (Raw answer : List.of(raw("GET", document, FINANCE, null), raw("GET", document, null, cookie))) {
                assertEquals(200, answer.status(), () -> document + ": " + answer);
                assertEquals("no-store", answer.header("cache-control"), () -> document + ": " + answer);
                assertEquals("", answer.header("pragma") + answer.header("expires"), () -> document + ": " + answer);
            }
        }
    }

    @Test
    void redirectsNeverTakeTheHostHeader() throws IOException {
        Raw toSignIn = raw("GET", "/settlement/list.xhtml?status=DRAFT", null, null, "evil.example");
        assertEquals(302, toSignIn.status());
        assertEquals("/login.xhtml?next=%2Fsettlement%2Flist.xhtml%3Fstatus%3DDRAFT", toSignIn.header("location"));

        Raw signedIn = signInCookie("manager", "manager123", "evil.example");
        assertEquals(302, signedIn.status(), signedIn::toString);
        assertEquals("/contracts/list.xhtml", signedIn.header("location"), signedIn::toString);
        for (Raw answer : List.of(toSignIn, signedIn)) {
            assertFalse(answer.headers().toString().contains("evil.example"), answer::toString);
        }
    }

    @Test
    void metricsAreForAdministratorsAndHealthTellsNoFigures() throws IOException {
        assertEquals(302, raw("GET", "/metrics", null, null).status(), "anonymous: to the sign-in page");
        for (Api.Login other : List.of(MANAGER, LEAD, FINANCE)) {
            assertEquals(403, raw("GET", "/metrics", other, null).status(), other.username());
        }
        Raw metrics = raw("GET", "/metrics", ADMIN, null);
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("base_") || metrics.body().contains("jvm"), metrics::toString);
        Raw health = raw("GET", "/health", null, null);
        assertEquals(200, health.status());
        assertFalse(health.body().matches("(?s).*\"data\":\\{[^}]+}.*"), health::toString);
    }

    @Test
    void pagesRunUnderTheCspWithoutInlineOrEvalAndAnInjectedScriptIsRefused() {
        try (Browser browser = new Browser(app, "en")) {
            browser.signIn("manager", "manager123");
            for (String page : List.of("index.xhtml", "contracts/list.xhtml", "stores/list.xhtml", "sla/list.xhtml",
                    "settlement/list.xhtml", "sla/compare.xhtml")) {
                browser.open(page);
                Object nonce = ((JavascriptExecutor) browser.driver).executeScript(
                        "return window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE;");
                assertTrue(nonce instanceof String s && !s.isEmpty(), () -> page + " runs PrimeFaces' nonce: " + nonce);
                assertEquals(List.of(), browser.cspViolations(), page);
            }
            browser.open("contracts/list.xhtml");
            ((JavascriptExecutor) browser.driver).executeScript("var s = document.createElement('script');"
                    + " s.text = 'window.h14aInjected = true;'; document.body.appendChild(s);");
            assertEquals(null, ((JavascriptExecutor) browser.driver).executeScript("return window.h14aInjected;"));
            assertFalse(browser.cspViolations().isEmpty(), "the console reports the refused script");
        }
    }

    /**
     * Behind a load balancer the sign-in form may be posted to an instance that never served it (or
     * after the server restarted): its view state is unknown there. That answered a bare 500; it must
     * show the sign-in page again, in the user's language, saying why, and signing in then works.
     */
    @Test
    void aSignInFormPostedWithAViewStateThisServerNeverIssuedShowsTheSignInPageAgainWithAReason() throws IOException {
        String foreign = "-1234567890123456789:-987654321098765432";
        for (String language : List.of("en", "zh-CN")) {
            String body = "login=login&login%3Ausername=vendor&login%3Apassword=vendor123&login%3Asubmit="
                    + "&login%3Anext=%2Fcontracts%2Flist.xhtml&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(foreign,
                            StandardCharsets.UTF_8);
            Raw refused = raw("POST", "/login.xhtml", null, null, null, body, language);
            assertEquals(302, refused.status(), refused::toString);
            String location = refused.header("location").replaceFirst("^https?://[^/]+", "");
            assertEquals("/login.xhtml?expired=1&next=%2Fcontracts%2Flist.xhtml", location, "a path, not built from Host");
            Raw answer = raw("GET", location, null, null, null, null, language);
            assertEquals(200, answer.status(), answer::toString);
            assertTrue(answer.body().contains("id=\"login:password\""), "the sign-in form again: " + answer.body());
            assertTrue(answer.body().contains("value=\"/contracts/list.xhtml\""), "still going to the page asked for");
            String reason = language.equals("en") ? "The sign-in form had expired" : "登录表单已失效";
            assertTrue(answer.body().contains(reason), language + ": says why: " + answer.body());
            // A page's markup names jakarta.faces resources, CSS classes and (in PrimeFaces' settings script) the
            // error pages; what must not show is the error itself.
            String shown = answer.body().replaceAll("(?s)<script.*?</script>", "");
            assertFalse(Pattern.compile("Exception|ViewExpired|Internal error|\\bat com\\.").matcher(shown).find(),
                    "no internals: " + shown);
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(answer.body());
            assertTrue(state.find(), "a fresh form to sign in with");
            String again = "login=login&login%3Ausername=vendor&login%3Apassword=vendor123&login%3Asubmit="
                    + "&login%3Anext=%2Fcontracts%2Flist.xhtml&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
            Raw signedIn = raw("POST", "/login.xhtml", null, answer.cookie(), null, again, language);
            assertEquals(302, signedIn.status(), signedIn::toString);
            assertTrue(signedIn.header("location").endsWith("/contracts/list.xhtml"), signedIn::toString);
        }
    }

    private static String field(JsonObject problem, int index) {
        return problem.getJsonArray("errors").getJsonObject(index).getString("field");
    }

    private static String message(JsonObject problem, int index) {
        return problem.getJsonArray("errors").getJsonObject(index).getString("message");
    }

    /** Signs in through the sign-in form (its view state and cookie first), with any Host header. */
    private Raw signInCookie(String user, String password, String host) throws IOException {
        Raw form = raw("GET", "/login.xhtml?next=%2Fcontracts%2Flist.xhtml", null, null, host);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), form::toString);
        String body = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password
                + "&login%3Asubmit=&next=%2Fcontracts%2Flist.xhtml&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        Raw signedIn = raw("POST", "/login.xhtml?next=%2Fcontracts%2Flist.xhtml", null, form.cookie(), host, body);
        return signedIn.cookie().isEmpty() ? new Raw(signedIn.status(), signedIn.headers(), signedIn.body(), form.cookie())
                : signedIn;
    }

    /** An answer read off the socket: status, headers by lower-case name, body, and the session cookie it set. */
    record Raw(int status, Map<String, String> headers, String body, String cookie) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        @Override
        public String toString() {
            return status + " " + headers;
        }
    }

    private Raw raw(String method, String path, Api.Login login, String cookie) throws IOException {
        return raw(method, path, login, cookie, null);
    }

    private Raw raw(String method, String path, Api.Login login, String cookie, String host) throws IOException {
        return raw(method, path, login, cookie, host, null);
    }

    /**
     * A plain HTTP/1.1 exchange over a socket: Java's HttpClient does not let a caller choose the
     * Host header, and the forged one is the point of the redirect test.
     */
    private Raw raw(String method, String path, Api.Login login, String cookie, String host, String form)
            throws IOException {
        return raw(method, path, login, cookie, host, form, "en");
    }

    private Raw raw(String method, String path, Api.Login login, String cookie, String host, String form, String language)
            throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: ").append(host == null ? "127.0.0.1:" + app.getPort() : host).append("\r\n")
                .append("Connection: close\r\nAccept-Language: ").append(language).append("\r\n");
        if (login != null) {
            request.append("Authorization: ").append(login.authorization()).append("\r\n");
        }
        if (cookie != null) {
            request.append("Cookie: JSESSIONID=").append(cookie).append("\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", app.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Raw parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        String cookie = "";
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + ", " + b);
            if (name.equals("set-cookie") && value.startsWith("JSESSIONID=")) {
                cookie = value.substring("JSESSIONID=".length(), value.indexOf(';'));
            }
        }
        String body = new String(text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body, cookie);
    }
}
