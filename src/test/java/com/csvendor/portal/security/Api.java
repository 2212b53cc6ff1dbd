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

/** The portal's REST API as a client sees it: HTTP Basic, JSON in, JSON or problem JSON out. */
final class Api {

    /** Who calls: a user name and password, or nobody ({@link #ANONYMOUS}). */
    record Login(String username, String password) {

        static final Login ANONYMOUS = new Login(null, null);

        String authorization() {
            String pair = username + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final Login ADMIN = new Login("admin", "admin123");
    static final Login MANAGER = new Login("manager", "manager123");
    static final Login LEAD = new Login("vendor", "vendor123");
    static final Login FINANCE = new Login("finance", "finance123");

    record Reply(String request, int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        Optional<String> header(String name) {
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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    /** {@code base} is the application's root, e.g. {@code http://127.0.0.1:8123/portal/}. */
    Api(URI base) {
        this.base = base;
    }

    /** A path below the application root ({@code api/stores}) or from the server root ({@code /health}). */
    URI uri(String path) {
        return base.resolve(path);
    }

    Reply get(Login login, String path) {
        return send(login, "GET", path, null);
    }

    Reply post(Login login, String path, JsonObject body) {
        return send(login, "POST", path, body == null ? "" : body.toString());
    }

    Reply put(Login login, String path, JsonObject body) {
        return send(login, "PUT", path, body.toString());
    }

    Reply send(Login login, String method, String path, String body) {
        return send(login == Login.ANONYMOUS ? null : login.authorization(), method, path, body, "application/json");
    }

    /** The raw call: any Authorization header value (or none), body and content type. */
    Reply send(String authorization, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "en");
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

    /** An answer the test needs to go on: fails with the whole reply unless the status is as given. */
    static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }
}
