package com.csvendor.portal.kpi;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.kpi.control.BrokenCorpus;
import com.csvendor.portal.security.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broken files on the real portal (issue 13): after a good file, each file of the broken corpus
 * ({@code src/test/resources/kpi/corpus-broken}) is refused with its expected message key, the
 * figures and both rollups stay byte-for-byte as they were ({@code CHECKSUM TABLE}), and the import
 * history — API and page, for the vendor lead, the store manager and the administrator — still
 * answers 200, also once a record holds its arguments as an older version stored them. Then a file with an empty cell where the portal has a figure is published only when
 * the upload says so. Dates are days back from today, as the demo contract moves with it, and
 * apart from KpiImportIT's.
 */
@ExtendWith(ArquillianExtension.class)
class KpiBrokenFilesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.onLoopback(base));
    }

    @Test
    void everyBrokenFileIsRefusedWithItsReasonAndLeavesTheFiguresAndTheHistoryPagesIntact() throws Exception {
        LocalDate day = KpiImportIT.daysAgo(200);
        JsonObject good = finished(upload("baseline-good.csv", day, false));
        assertTrue(List.of("PUBLISHED", "DUPLICATE").contains(good.getString("status")), good::toString);
        List<String> before = checksums();
        Properties expected = BrokenCorpus.expected();
        List<String> wrong = new ArrayList<>();
        long last = 0;
        for (String file : new TreeSet<>(expected.stringPropertyNames())) {
            JsonObject done = finished(upload(file, day, false));
            List<String> keys = keys(done.getJsonNumber("id").longValue());
            if (!"REJECTED".equals(done.getString("status")) || !keys.contains(expected.getProperty(file))) {
                wrong.add(file + ": " + done.getString("status") + " " + keys + " " + done.getString("failure", ""));
            }
            assertEquals(before, checksums(), file + " changed the figures");
            expect(200, api.get(LEAD, "api/kpi-imports/" + done.getInt("id")));
            assertPage(LEAD, "kpi/import.xhtml?id=" + done.getInt("id"));
            last = done.getJsonNumber("id").longValue();
        }
        assertEquals(List.of(), wrong);
        try (Connection c = KpiImportIT.db()) {
            // As an older version stored it: text where the message formats a number.
            KpiImportIT.update(c, "UPDATE kpi_import SET failure_key = 'kpi.file.tooManyColumns',"
                    + " failure_args = '[\"=cmd|x\",\"200\"]' WHERE id = ?", last);
        }
        expect(200, api.get(LEAD, "api/kpi-imports/" + last));
        assertPage(LEAD, "kpi/import.xhtml?id=" + last);
        for (Api.Login who : List.of(LEAD, MANAGER, ADMIN)) {
            expect(200, api.get(who, "api/kpi-imports"));
            assertPage(who, "kpi/imports.xhtml");
        }
    }

    @Test
    void anEmptyCellReplacesAFigureOnlyWhenTheUploadSaysSo() throws Exception {
        LocalDate day = KpiImportIT.daysAgo(210);
        // Blank lines (skipped rows) make fresh bytes: not a duplicate of an earlier run's upload on this database.
        String fresh = "\n".repeat(1 + (int) (System.nanoTime() % 500));
        JsonObject good = finished(upload("baseline-good.csv", day, false, fresh.getBytes(StandardCharsets.US_ASCII)));
        assertEquals("PUBLISHED", good.getString("status"), good::toString);
        JsonObject refused = finished(upload("emptier-figures.csv", day, false));
        assertEquals("REJECTED", refused.getString("status"), refused::toString);
        JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
        assertEquals(2, error.getInt("row"), error::toString);
        assertEquals("sales_amount", error.getString("column"), error::toString);
        try (Connection c = KpiImportIT.db()) {
            assertEquals("1234.50", sales(c, day), "the figure is still there");
        }
        JsonObject allowed = finished(upload("emptier-figures.csv", day, true));
        assertEquals("PUBLISHED", allowed.getString("status"), allowed::toString);
        try (Connection c = KpiImportIT.db()) {
            assertNull(sales(c, day), "removed, as the uploader said");
            assertEquals("125", KpiImportIT.text(c, "SELECT d.received FROM kpi_daily d JOIN agent_account aa"
                    + " ON aa.agent_id = d.agent_id AND aa.store_id = d.store_id WHERE aa.account_name = ?"
                    + " AND d.business_date = ?", "萌宠旗舰店:小美", day));
        }
    }

    private static String sales(Connection c, LocalDate day) throws SQLException {
        return KpiImportIT.text(c, "SELECT d.sales_amount FROM kpi_daily d JOIN agent_account aa"
                + " ON aa.agent_id = d.agent_id AND aa.store_id = d.store_id WHERE aa.account_name = ?"
                + " AND d.business_date = ?", "萌宠旗舰店:小美", day);
    }

    /** A page as the user's browser gets it: 200 and the page itself, not an error page. */
    private void assertPage(Api.Login who, String page) {
        Api.Reply reply = api.accepting("text/html").get(who, page);
        assertEquals(200, reply.status(), () -> who.username() + " " + reply);
        assertTrue(reply.body().contains("</html>"), () -> who.username() + " " + page);
    }

    /** The import's own key and its row errors' keys. */
    private static List<String> keys(long importId) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = KpiImportIT.db(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT failure_key FROM kpi_import WHERE id = " + importId
                        + " UNION ALL SELECT message_key FROM kpi_import_error WHERE import_id = " + importId)) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** The stored figures and both rollups, whole tables: any changed byte changes a checksum. */
    private static List<String> checksums() throws SQLException {
        List<String> sums = new ArrayList<>();
        try (Connection c = KpiImportIT.db(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("CHECKSUM TABLE kpi_daily, kpi_vendor_store_day, kpi_vendor_store_month")) {
            while (rs.next()) {
                sums.add(rs.getString(1) + "=" + rs.getString(2));
            }
        }
        assertEquals(3, sums.size(), sums::toString);
        return sums;
    }

    /** Uploads a corpus file as its bytes, with the test's dates in place of {{DAY}} and {{DAY+1}}. */
    private JsonObject upload(String file, LocalDate day, boolean replaceEmptier) throws IOException, InterruptedException {
        return upload(file, day, replaceEmptier, new byte[0]);
    }

    private JsonObject upload(String file, LocalDate day, boolean replaceEmptier, byte[] appended)
            throws IOException, InterruptedException {
        byte[] dated = BrokenCorpus.file(file, day);
        byte[] content = java.util.Arrays.copyOf(dated, dated.length + appended.length);
        System.arraycopy(appended, 0, content, dated.length, appended.length);
        HttpRequest request = HttpRequest.newBuilder(api.uri("api/kpi-imports?store=" + KpiImportIT.STORE
                + "&fileName=" + URLEncoder.encode(file, StandardCharsets.UTF_8)
                + (replaceEmptier ? "&replaceEmptier=true" : "")))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", LEAD.authorization()).header("Accept", "application/json")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(response.statusCode() == 202 || response.statusCode() == 200, () -> file + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private JsonObject finished(JsonObject accepted) throws InterruptedException {
        long id = accepted.getJsonNumber("id").longValue();
        for (int i = 0; i < 120; i++) {
            JsonObject now = expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json();
            if (!List.of("QUEUED", "RUNNING").contains(now.getString("status"))) {
                return now;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
