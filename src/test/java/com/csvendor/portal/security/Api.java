package com.csvendor.portal.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
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
import java.util.Optional;

/**
 * The portal's REST API as a client sees it: HTTP Basic, JSON in, JSON or problem JSON out, in
 * English unless asked otherwise. Public for the client-side tests of every component.
 */
public final class Api {

    /** Who calls: a user name and password, or nobody ({@link #ANONYMOUS}). */
    public record Login(String username, String password) {

        public static final Login ANONYMOUS = new Login(null, null);

        public String authorization() {
            String pair = username + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final Login ADMIN = new Login("admin", "admin123");
    public static final Login MANAGER = new Login("manager", "manager123");
    public static final Login LEAD = new Login("vendor", "vendor123");
    public static final Login FINANCE = new Login("finance", "finance123");

    public record Reply(String request, int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + body;
        }
    }

    private static final String JSON_ANSWERS = "application/json, application/problem+json";

    private final HttpClient http;
    private final URI base;
    private final String language;
    private final String accept;
    private final java.util.Map<String, String> extraHeaders;

    /** {@code base} is the application's root, e.g. {@code http://127.0.0.1:8123/portal/}. */
    public Api(URI base) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build(), base, "en", JSON_ANSWERS, java.util.Map.of());
    }

    private Api(HttpClient http, URI base, String language, String accept, java.util.Map<String, String> extraHeaders) {
        this.http = http;
        this.base = base;
        this.language = language;
        this.accept = accept;
        this.extraHeaders = extraHeaders;
    }

    /** The same API sending one more header with every request, e.g. X-Forwarded-For. */
    public Api withHeader(String name, String value) {
        java.util.Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
        headers.put(name, value);
        return new Api(http, base, language, accept, java.util.Map.copyOf(headers));
    }

    /** The same API asked for answers in another language (Accept-Language), e.g. "zh". */
    public Api inLanguage(String acceptLanguage) {
        return new Api(http, base, acceptLanguage, accept, extraHeaders);
    }

    /** The same API asking for another media type (Accept), e.g. "application/pdf" for a download. */
    public Api accepting(String mediaTypes) {
        return new Api(http, base, language, mediaTypes, extraHeaders);
    }

    /** A path below the application root ({@code api/stores}) or from the server root ({@code /health}). */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public Reply get(Login login, String path) {
        return send(login, "GET", path, null);
    }

    public Reply post(Login login, String path, JsonStructure body) {
        return send(login, "POST", path, body == null ? "" : body.toString());
    }

    public Reply put(Login login, String path, JsonObject body) {
        return send(login, "PUT", path, body.toString());
    }

    /**
     * How long a call may take: a minute, unless {@code -Dapi.timeout.seconds} says otherwise (the
     * benchmarks' seeders import contracts by the hundred, which takes longer on a loaded machine).
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("api.timeout.seconds", 60));

    public Reply send(Login login, String method, String path, String body) {
        return send(login == Login.ANONYMOUS ? null : login.authorization(), method, path, body, "application/json");
    }

    /** The raw call: any Authorization header value (or none), body and content type. */
    public Reply send(String authorization, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Accept", accept)
                .header("Accept-Language", language);
        extraHeaders.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call with a binary body (a workbook, a ZIP). */
    public Reply sendBytes(Login login, String method, String path, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Accept", accept).header("Accept-Language", language)
                .header("Authorization", login.authorization()).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer the test needs to go on: fails with the whole reply unless the status is as given. */
    public static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }

    /**
     * Waits, polling every 250 ms at most {@code polls} times, until a KPI import has finished, and
     * fails with the import's answer unless it was published.
     */
    public void published(long importId, int polls) throws InterruptedException {
        for (int i = 0; i < polls; i++) {
            JsonObject now = expect(200, get(ADMIN, "api/kpi-imports/" + importId)).json();
            String status = now.getString("status");
            if (!"QUEUED".equals(status) && !"RUNNING".equals(status)) {
                if (!"PUBLISHED".equals(status)) {
                    throw new AssertionError("import " + importId + " ended " + status + ": " + now);
                }
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + importId + " did not finish");
    }
}
