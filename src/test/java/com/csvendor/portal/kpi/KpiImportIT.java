package com.csvendor.portal.kpi;

import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import job on MariaDB, through the REST API as a vendor system uses it: a good file is
 * published with its rollups, a file with one bad row imports nothing, a re-upload replaces figures
 * and the same bytes are recognised, a cut-off import is marked failed and can be run again. The
 * vendor lead is 云帆客服's, whose agents hold accounts 萌宠旗舰店:… in store PETS-TM; each test
 * uses dates of its own (days back from today, inside the demo contract and before the 90 days of
 * demo KPI figures, so the rollups hold only the test's rows), and reads the database
 * directly to see what became visible.
 */
@ExtendWith(ArquillianExtension.class)
class KpiImportIT {

    static final String STORE = "PETS-TM";
    static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,"
            + "first_response_seconds,avg_response_seconds,responded_within_3min,ratings,satisfied_ratings";

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

    static LocalDate daysAgo(int days) {
        return LocalDate.now(BusinessTime.ZONE).minusDays(days);
    }

    static String row(String agent, LocalDate date, int received, int inquiries, int paid, String sales) {
        return "萌宠旗舰店:" + agent + "," + date + "," + received + "," + inquiries + "," + paid + ",\"" + sales
                + "\",12.5,30,"
                + (received - 2) + ",20,18\n";
    }

    JsonObject upload(String csv, String fileName) {
        Api.Reply reply = api.send(LEAD.authorization(), "POST",
                "api/kpi-imports?store=" + STORE + "&fileName=" + fileName, csv, "text/csv; charset=UTF-8");
        assertTrue(reply.status() == 202 || reply.status() == 200, reply::toString);
        return reply.json();
    }

    JsonObject finished(JsonObject accepted) throws InterruptedException {
        return finished(api, accepted, 60);
    }

    /** The import once it is neither queued nor running, polled every 0.5 s for at most {@code seconds}. */
    static JsonObject finished(Api api, JsonObject accepted, int seconds) throws InterruptedException {
        long id = accepted.getJsonNumber("id").longValue();
        for (int i = 0; i < seconds * 2; i++) {
            JsonObject now = expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json();
            if (!List.of("QUEUED", "RUNNING").contains(now.getString("status"))) {
                return now;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + id + " did not finish in " + seconds + " s");
    }

    @Test
    void aGoodFileIsPublishedWithItsRollups() throws Exception {
        LocalDate d1 = daysAgo(140);
        LocalDate d2 = daysAgo(139);
        String csv = "云帆客服 KPI 日报\n" + HEADER + "\n" + row("小美", d1, 120, 60, 20, "1,234.50")
                + row("阿杰", d1, 80, 40, 10, "800.00") + row("小美", d2, 100, 50, 25, "2000")
                + "合计,,300,150,55,4034.50,,,,,\n";
        JsonObject done = finished(upload(csv, "good.csv"));
        assertEquals("PUBLISHED", done.getString("status"), done::toString);
        assertEquals(3, done.getJsonNumber("rowsImported").longValue());
        assertEquals(1, done.getJsonNumber("rowsSkipped").longValue(), "the 合计 summary row");
        assertEquals(4, done.getJsonNumber("rowsRead").longValue(), "3 imported + 1 summary; title and header not counted");
        assertEquals(d1.toString(), done.getString("firstDate"));
        assertEquals(d2.toString(), done.getString("lastDate"));
        assertEquals("PORTAL", done.getString("profile"));
        try (Connection c = db()) {
            assertEquals(2, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date = ?", STORE, d1));
            assertEquals("2034.50", text(c, "SELECT sales_amount FROM kpi_vendor_store_day r JOIN store s"
                    + " ON s.id = r.store_id WHERE s.code = ? AND r.business_date = ?", STORE, d1));
            assertEquals("30", text(c, "SELECT paid_buyers FROM kpi_vendor_store_day r JOIN store s"
                    + " ON s.id = r.store_id WHERE s.code = ? AND r.business_date = ?", STORE, d1));
            // Session-weighted response time over the day: (12.5 × 120 + 12.5 × 80) — every row 12.5 s.
            assertEquals("2500.00", text(c, "SELECT first_response_weighted FROM kpi_vendor_store_day r JOIN store s"
                    + " ON s.id = r.store_id WHERE s.code = ? AND r.business_date = ?", STORE, d1));
        }
        assertFalse(Files.exists(spool(done.getJsonNumber("id").longValue())), "the spool is deleted once published");
        JsonObject seenByManager = expect(200, api.get(MANAGER, "api/kpi-imports/" + done.getInt("id"))).json();
        assertEquals("PUBLISHED", seenByManager.getString("status"));
    }

    @Test
    void aRepeatedAgentAndDateImportsNothingAndNamesTheEarlierRow() throws Exception {
        LocalDate d = daysAgo(152);
        String csv = HEADER + "\n" + row("小美", d, 120, 60, 20, "100") + row("阿杰", d, 80, 40, 10, "100")
                + row("小美", d.plusDays(1), 90, 30, 10, "100") + row("小美", d, 70, 30, 10, "100");
        JsonObject done = finished(upload(csv, "repeated-row.csv"));
        assertEquals("REJECTED", done.getString("status"), done::toString);
        assertEquals(1, done.getJsonNumber("errorCount").longValue(), done::toString);
        JsonObject error = done.getJsonArray("errors").getJsonObject(0);
        assertEquals(5, error.getInt("row"), error::toString);
        assertTrue(error.getString("message").contains("row 2"), "names the row that brought the key first: " + error);
        try (Connection c = db()) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date IN (?, ?)", STORE, d, d.plusDays(1)));
        }
    }

    @Test
    void oneBadRowImportsNothingAndNamesRowColumnValueAndReason() throws Exception {
        LocalDate d = daysAgo(150);
        String csv = HEADER + "\n" + row("小美", d, 120, 60, 20, "100") + row("阿杰", d, 80, 40, 50, "100")
                + row("晓雯", d, 90, 30, 10, "100");
        JsonObject done = finished(upload(csv, "one-bad-row.csv"));
        assertEquals("REJECTED", done.getString("status"), done::toString);
        assertEquals(1, done.getJsonNumber("errorCount").longValue());
        assertEquals(3, done.getJsonNumber("rowsRead").longValue(), "2 good rows + 1 in error, header not counted");
        JsonObject error = done.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("row"), error::toString);
        assertEquals("paid_buyers", error.getString("column"), error::toString);
        assertEquals("50", error.getString("value"), error::toString);
        try (Connection c = db()) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date = ?", STORE, d));
        }
        assertFalse(Files.exists(spool(done.getJsonNumber("id").longValue())), "the spool is deleted once rejected");
    }

    @Test
    void reUploadReplacesFiguresAndTheSameBytesAreRecognised() throws Exception {
        LocalDate d = daysAgo(160);
        String first = HEADER + "\n" + row("小美", d, 120, 60, 20, "100") + row("阿杰", d, 80, 40, 10, "100");
        JsonObject one = finished(upload(first, "first.csv"));
        assertEquals("PUBLISHED", one.getString("status"), one::toString);
        String corrected = HEADER + "\n" + row("小美", d, 150, 70, 30, "300");
        JsonObject two = finished(upload(corrected, "corrected.csv"));
        assertEquals("PUBLISHED", two.getString("status"), two::toString);
        JsonObject again = upload(corrected, "corrected-again.csv");
        assertEquals("DUPLICATE", again.getString("status"), again::toString);
        assertEquals(two.getInt("id"), again.getInt("duplicateOf"));
        try (Connection c = db()) {
            assertEquals(2, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date = ?", STORE, d), "replaced, not added");
            assertEquals("230", text(c, "SELECT received FROM kpi_vendor_store_day r JOIN store s"
                    + " ON s.id = r.store_id WHERE s.code = ? AND r.business_date = ?", STORE, d),
                    "the day rollup holds 小美's new 150 plus 阿杰's unchanged 80");
        }
    }

    @Test
    void aCutOffImportIsMarkedFailedAndRunsAgainAfterItsAccountIsRegistered() throws Exception {
        LocalDate d = daysAgo(170);
        String stranger = "新人" + System.nanoTime() % 100000;
        String csv = HEADER + "\n" + row("小美", d, 120, 60, 20, "100") + row(stranger, d, 80, 40, 10, "100");
        JsonObject rejected = finished(upload(csv, "with-new-agent.csv"));
        assertEquals("REJECTED", rejected.getString("status"), rejected::toString);
        assertEquals("萌宠旗舰店:" + stranger, rejected.getJsonArray("unknownAccounts").getJsonObject(0)
                .getString("account"));
        long id = rejected.getJsonNumber("id").longValue();
        try (Connection c = db()) {
            // As a crash would leave it: running, silent for an hour, with a chunk spooled.
            update(c, "UPDATE kpi_import SET status = 'RUNNING', failure_key = NULL, finished_at = NULL,"
                    + " heartbeat_at = ? WHERE id = ?", java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(
                            java.time.ZoneOffset.UTC).minusHours(1)), id);
            String key = text(c, "SELECT CONCAT(aa.store_id, '\t', aa.agent_id, '\t', ?, '\t', a.vendor_id)"
                    + " FROM agent_account aa JOIN agent a ON a.id = aa.agent_id WHERE aa.account_name = ?",
                    d.toString(), "萌宠旗舰店:小美");
            Files.writeString(spool(id), "2\t" + key + "\t" + id + "\n");
        }
        JsonObject failed = null;
        for (int i = 0; i < 90 && (failed == null || !failed.getString("status").equals("FAILED")); i++) {
            Thread.sleep(1000);
            failed = expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json();
        }
        assertEquals("FAILED", failed.getString("status"), failed::toString);
        assertFalse(Files.exists(spool(id)), "the failed import's spool is deleted");
        try (Connection c = db()) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date = ?", STORE, d), "nothing of it published");
        }
        JsonObject registered = expect(200, api.post(LEAD, "api/kpi-imports/" + id + "/register-accounts", null)).json();
        assertEquals(1, registered.getInt("registered"), registered::toString);
        JsonObject rerun = finished(expect(202, api.post(LEAD, "api/kpi-imports/" + id + "/rerun", null)).json());
        assertEquals("PUBLISHED", rerun.getString("status"), rerun::toString);
        assertEquals(id, rerun.getJsonNumber("rerunOf").longValue());
        assertEquals(2, rerun.getJsonNumber("rowsImported").longValue());
    }

    /** Where the server keeps a running import's validated rows (failsafe sets its upload directory). */
    static Path spool(long importId) {
        return Path.of(System.getProperty("it.upload.dir")).resolve("kpi-import-" + importId + ".rows");
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        return Long.parseLong(text(c, sql, args));
    }

    static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }

    static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
