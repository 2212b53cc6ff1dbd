package com.csvendor.portal.kpi.bench;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * One import as a client makes it: upload the file (streamed, as the raw CSV body or as a
 * multipart form), then poll the import until it ends. The clock runs from the first byte sent
 * to the poll that sees it end; polling every {@code pollMillis} adds at most that much.
 */
public final class KpiImportRun {

    private static final Set<String> ENDED = Set.of("PUBLISHED", "REJECTED", "FAILED", "DUPLICATE");

    /** How the import ended, with the client's timings in seconds since the upload started. */
    public record Result(long id, String status, long rowsRead, long rowsImported, long errorCount,
            double uploadSeconds, double startedSeconds, double seconds, JsonObject last) {

        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "RESULT id=%d status=%s rows_read=%d rows_imported=%d errors=%d upload_s=%.3f started_s=%.3f seconds=%.3f",
                    id, status, rowsRead, rowsImported, errorCount, uploadSeconds, startedSeconds, seconds);
        }
    }

    private final Api api;
    private final Login lead;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final long pollMillis;
    private final PrintStream log;

    public KpiImportRun(Api api, Login lead, long pollMillis, PrintStream log) {
        this.api = api;
        this.lead = lead;
        this.pollMillis = pollMillis;
        this.log = log;
    }

    public Result run(Path csv, boolean multipart) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(upload(csv, multipart), HttpResponse.BodyHandlers.ofString());
        double uploaded = since(start);
        // 202 for an import under way; 200 for one that ended at once (DUPLICATE: the same bytes again).
        if (accepted.statusCode() != 202 && accepted.statusCode() != 200) {
            throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        long id = json(accepted.body()).getJsonNumber("id").longValue();
        log.printf("upload of %s accepted as import %d after %.2f s%n", csv.getFileName(), id, uploaded);
        double started = -1;
        String seen = "";
        double lastReport = 0;
        while (true) {
            JsonObject state = Api.expect(200, api.get(lead, "api/kpi-imports/" + id)).json();
            double now = since(start);
            String status = state.getString("status");
            if (!status.equals(seen) || now - lastReport >= 10) {
                log.printf("%8.2f s  %-9s read %d, imported %d, errors %d%n", now, status, number(state, "rowsRead"),
                        number(state, "rowsImported"), number(state, "errorCount"));
                lastReport = now;
                seen = status;
            }
            if (started < 0 && !status.equals("QUEUED")) {
                started = now;
            }
            if (ENDED.contains(status)) {
                return new Result(id, status, number(state, "rowsRead"), number(state, "rowsImported"),
                        number(state, "errorCount"), uploaded, started, now, state);
            }
            Thread.sleep(pollMillis);
        }
    }

    private HttpRequest upload(Path csv, boolean multipart) throws IOException {
        String name = csv.getFileName().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofMinutes(30))
                .header("Authorization", basic(lead)).header("Accept", "application/json");
        if (!multipart) {
            return request.uri(api.uri("api/kpi-imports?profile=PORTAL&fileName=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/csv; charset=UTF-8").POST(BodyPublishers.ofFile(csv)).build();
        }
        String boundary = "bench" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"profile\"\r\n\r\nPORTAL\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        return request.uri(api.uri("api/kpi-imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofString(head), BodyPublishers.ofFile(csv),
                        BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
    }

    private static String basic(Login login) {
        String pair = login.username() + ":" + login.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static long number(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getJsonNumber(key).longValue() : -1;
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
