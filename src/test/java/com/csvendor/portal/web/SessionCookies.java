package com.csvendor.portal.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Browser sessions as a test holds them: signed in through the real page, then requests that carry only the cookie. */
final class SessionCookies {

    private final URI app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SessionCookies(URI app) {
        this.app = app;
    }

    /** Signs in through the sign-in page in a real browser and answers its session cookie. */
    String signIn(String username, String password) {
        try (Browser browser = new Browser(app, "en")) {
            browser.signIn(username, password);
            return browser.cookie("JSESSIONID");
        }
    }

    /** The status of a request that carries the session cookie and nothing else (redirects not followed). */
    int status(String cookie, String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.resolve(path)).header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString("{}")).build();
        if (method.equals("GET")) {
            request = HttpRequest.newBuilder(app.resolve(path)).header("Cookie", "JSESSIONID=" + cookie).GET().build();
        }
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
