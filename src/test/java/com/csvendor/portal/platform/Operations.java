package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.csvendor.portal.ClassScan;
import com.csvendor.portal.platform.openapi.ApiRoute;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * What operations rely on: readiness with the database check, liveness, an OpenAPI document that
 * lists every JAX-RS route of the WAR, and error answers without stack traces. Client side; the
 * MicroProfile endpoints answer at the server root, the portal under its context root.
 */
public final class Operations {

    /** A frame ("at com.x.Y.m(Y.java:12)"), a cause, or an exception with its message ("…Exception: …"). */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (com|org|java|jakarta|sun|fish)\\.|Caused by:|\\.java:\\d+\\)|\\w+(Exception|Error): ");
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin123".getBytes());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI app;

    /** {@code app} is the portal's root, e.g. {@code http://127.0.0.1:8123/portal/}. */
    public Operations(URI app) {
        this.app = app;
    }

    public Stream<DynamicTest> all() {
        return Stream.of(
                dynamicTest("/health/ready is UP with a database check", this::readiness),
                dynamicTest("/health/live is UP, and /health tells no figures", this::liveness),
                dynamicTest("no WADL is served, even to an administrator", this::noWadl),
                dynamicTest("/openapi lists every JAX-RS route of the WAR", this::openApiListsEveryRoute));
    }

    /** Bad requests of many kinds: the expected status, and no stack trace or exception name in the body. */
    public Stream<DynamicTest> errorsWithoutStackTraces(long existingStoreId) {
        String stores = "api/stores";
        return Stream.of(
                error("malformed JSON", "POST", stores, "{\"code\": ", "application/json", 400),
                error("unknown enum value", "POST", stores,
                        "{\"code\":\"X1\",\"name\":\"x\",\"platform\":\"MARS\"}", "application/json", 400),
                error("wrong JSON type", "POST", stores, "[1, 2]", "application/json", 400),
                error("body missing", "PUT", stores + "/" + existingStoreId, null, null, 400),
                error("id not a number", "GET", stores + "/abc", null, null, 404),
                error("id out of range", "GET", stores + "/99999999999999999999", null, null, 404),
                error("unknown route", "GET", "api/no-such-thing", null, null, 404),
                error("method not allowed", "DELETE", stores + "/" + existingStoreId, null, null, 405),
                error("unsupported media type", "POST", stores, "code=X", "text/plain", 415),
                error("unknown page", "GET", "no-such-page.xhtml", null, null, 404));
    }

    private DynamicTest error(String name, String method, String path, String body, String type, int status) {
        return dynamicTest(name + " -> " + status, () -> {
            HttpResponse<String> response = send(app.resolve(path), method, body, type, ADMIN);
            assertEquals(status, response.statusCode(), () -> method + " " + path + ": " + response.body());
            Matcher trace = STACK_TRACE.matcher(response.body());
            assertFalse(trace.find(), () -> method + " " + path + " shows '" + trace.group() + "' to the client: "
                    + response.body());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            assertFalse(json && response.body().contains("Exception"),
                    () -> method + " " + path + " names an exception in its JSON answer: " + response.body());
        });
    }

    private void readiness() {
        JsonObject health = health("/health/ready");
        assertEquals("UP", health.getString("status"), health::toString);
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")),
                health::toString);
    }

    private void liveness() {
        JsonObject health = health("/health/live");
        assertEquals("UP", health.getString("status"), health::toString);
        JsonObject all = health("/health");
        assertTrue(all.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> List.of("database", "heap").contains(c.getString("name")))
                .allMatch(c -> c.get("data") == null || c.getJsonObject("data").isEmpty()),
                () -> "the public answer tells no figures: " + all);
    }

    private void noWadl() {
        HttpResponse<String> response = send(app.resolve("api/application.wadl"), "GET", null, null,
                com.csvendor.portal.security.Api.ADMIN.authorization());
        assertEquals(404, response.statusCode(), response::body);
    }

    private JsonObject health(String path) {
        HttpResponse<String> response = send(app.resolve(path), "GET", null, null, null);
        assertEquals(200, response.statusCode(), response::body);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private void openApiListsEveryRoute() {
        Set<String> expected = jaxRsRoutes();
        assertTrue(expected.size() >= 25, expected::toString);
        HttpResponse<String> response = send(app.resolve("/openapi"), "GET", null, null, null);
        assertEquals(200, response.statusCode(), response::body);
        Set<String> documented = OpenApiRoutes.of(response.body());
        assertEquals(expected, documented, () -> "missing from /openapi: " + minus(expected, documented)
                + "; documented but not in the WAR: " + minus(documented, expected));
    }

    /** "GET /api/stores/{id}" for every resource method of the WAR, from the compiled classes. */
    public static Set<String> jaxRsRoutes() {
        String application = ClassScan.annotatedWith(ApplicationPath.class).stream()
                .map(c -> c.getAnnotation(ApplicationPath.class).value()).findFirst()
                .orElseThrow(() -> new AssertionError("no @ApplicationPath class"));
        return ApiRoute.of(application, ClassScan.annotatedWith(Path.class)).stream().map(ApiRoute::toString)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private HttpResponse<String> send(URI uri, String method, String body, String type, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)); // the first /openapi builds the document: slow on a loaded machine
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
