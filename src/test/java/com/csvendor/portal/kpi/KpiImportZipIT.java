package com.csvendor.portal.kpi;

import static com.csvendor.portal.kpi.KpiImportIT.count;
import static com.csvendor.portal.kpi.KpiImportIT.daysAgo;
import static com.csvendor.portal.kpi.KpiImportIT.db;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many files in one upload: Taobao's per-day exports packed in a ZIP and posted to the REST API are
 * one import, published or refused as a whole, and every problem names the file in the ZIP, its row
 * and column. Days of PETS-TM of their own (185–195 days back), away from the other import tests'.
 */
@ExtendWith(ArquillianExtension.class)
class KpiImportZipIT {

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

    /** One day of 千牛's 客服绩效 export: the date in the title line, a 汇总 row, two agents. */
    static String day(LocalDate date, int received, int received2) {
        return "萌宠旗舰店 客服绩效日报\n日期：" + date + "\n旺旺,咨询人数,接待人数,询单人数,最终付款人数,客服销售额\n"
                + "汇总,300,290,120,40,\"6,000.00\"\n"
                + "萌宠旗舰店:小美,152," + received + ",60,24,\"3,456.00\"\n"
                + "萌宠旗舰店:阿杰,148," + received2 + ",60,16,\"2,544.00\"\n";
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    JsonObject uploadZip(byte[] zip, String fileName) throws InterruptedException {
        return finished(api.sendBytes(LEAD, "POST", "api/kpi-imports?store=" + KpiImportIT.STORE + "&fileName=" + fileName,
                zip, "application/zip"));
    }

    JsonObject finished(Api.Reply reply) throws InterruptedException {
        assertTrue(reply.status() == 202 || reply.status() == 200, reply::toString);
        long id = reply.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 120; i++) {
            JsonObject now = expect(200, api.get(LEAD, "api/kpi-imports/" + id)).json();
            if (!List.of("QUEUED", "RUNNING").contains(now.getString("status"))) {
                return now;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    @Test
    void threeDayFilesInAZipAreOneImportWithAllTheirRows() throws Exception {
        LocalDate d1 = daysAgo(187);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("qianniu-" + d1 + ".csv", day(d1, 148, 142));
        files.put("qianniu-" + d1.plusDays(1) + ".csv", day(d1.plusDays(1), 140, 150));
        files.put("qianniu-" + d1.plusDays(2) + ".csv", day(d1.plusDays(2), 130, 160));
        JsonObject done = uploadZip(zip(files), "november.zip");
        assertEquals("PUBLISHED", done.getString("status"), done::toString);
        assertEquals(6, done.getJsonNumber("rowsImported").longValue());
        assertEquals(3, done.getJsonNumber("rowsSkipped").longValue(), "the 汇总 row of each day");
        assertEquals("TAOBAO", done.getString("profile"));
        assertEquals(d1.toString(), done.getString("firstDate"));
        assertEquals(d1.plusDays(2).toString(), done.getString("lastDate"));
        assertEquals(List.copyOf(files.keySet()), done.getJsonArray("files").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "the history shows the files");
        try (Connection c = db()) {
            assertEquals(6, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date BETWEEN ? AND ?", KpiImportIT.STORE, d1, d1.plusDays(2)));
            assertEquals(1, count(c, "SELECT COUNT(DISTINCT import_id) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date BETWEEN ? AND ?", KpiImportIT.STORE, d1, d1.plusDays(2)));
            assertEquals(290, count(c, "SELECT SUM(received) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date = ?", KpiImportIT.STORE, d1.plusDays(2)));
        }
        long id = done.getJsonNumber("id").longValue();
        try (var left = Files.list(Path.of(System.getProperty("it.upload.dir")))) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("kpi-import-" + id + "-file-")),
                    "the unpacked files are deleted");
        }
    }

    @Test
    void oneBadFileImportsNothingFromAnyFileAndItsErrorNamesFileRowAndColumn() throws Exception {
        LocalDate d1 = daysAgo(192);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("day1.csv", day(d1, 148, 142));
        files.put("day2.csv", day(d1.plusDays(1), 140, 150).replace("萌宠旗舰店:阿杰,148,150", "萌宠旗舰店:阿杰,148,一百五"));
        files.put("day3.csv", day(d1.plusDays(2), 130, 160));
        JsonObject done = uploadZip(zip(files), "broken-day.zip");
        assertEquals("REJECTED", done.getString("status"), done::toString);
        assertEquals(1, done.getJsonNumber("errorCount").longValue(), done::toString);
        JsonObject error = done.getJsonArray("errors").getJsonObject(0);
        assertEquals("day2.csv", error.getString("file"), error::toString);
        assertEquals(6, error.getInt("row"), "title, date, header, 汇总, 小美, then 阿杰: " + error);
        assertEquals("接待人数", error.getString("column"), error::toString);
        assertEquals("一百五", error.getString("value"), error::toString);
        try (Connection c = db()) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date BETWEEN ? AND ?", KpiImportIT.STORE, d1, d1.plusDays(2)),
                    "nothing from day1.csv or day3.csv either");
        }
        String report = expect(200, api.accepting("text/csv").get(LEAD, "api/kpi-imports/" + done.getInt("id") + "/errors.csv")).body();
        assertTrue(report.contains("day2.csv,6,接待人数,一百五,"), report);
    }

    @Test
    void aFileThatIsNoReportIsNamedAndTheSameDayInTwoFilesNamesTheOtherFile() throws Exception {
        LocalDate d = daysAgo(195);
        Map<String, String> notAReport = new LinkedHashMap<>();
        notAReport.put("day1.csv", day(d, 148, 142));
        notAReport.put("readme.txt", "请查收本月报表。\n");
        JsonObject refused = uploadZip(zip(notAReport), "with-readme.zip");
        assertEquals("REJECTED", refused.getString("status"), refused::toString);
        assertTrue(refused.getString("failure").startsWith("readme.txt: "), refused::toString);

        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("day1.csv", day(d, 148, 142));
        twice.put("day1 (copy).csv", day(d, 148, 142));
        JsonObject repeated = uploadZip(zip(twice), "twice.zip");
        assertEquals("REJECTED", repeated.getString("status"), repeated::toString);
        JsonObject error = repeated.getJsonArray("errors").getJsonObject(0);
        assertEquals("day1 (copy).csv", error.getString("file"), error::toString);
        assertEquals(5, error.getInt("row"), error::toString);
        assertTrue(error.getString("message").contains("day1.csv") && error.getString("message").contains("5"), error::toString);
        try (Connection c = db()) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code = ? AND d.business_date = ?", KpiImportIT.STORE, d));
        }
    }

    @Test
    void severalFilePartsOfAFormAreOneImport() throws Exception {
        LocalDate d1 = daysAgo(198);
        String boundary = "----csvp" + d1;
        StringBuilder body = new StringBuilder();
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"store\"\r\n\r\n")
                .append(KpiImportIT.STORE).append("\r\n");
        for (int i = 0; i < 2; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"day.csv\"\r\n")
                    .append("Content-Type: text/csv\r\n\r\n").append(day(d1.plusDays(i), 148, 142)).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        JsonObject done = finished(api.sendBytes(LEAD, "POST", "api/kpi-imports", body.toString().getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary));
        assertEquals("PUBLISHED", done.getString("status"), done::toString);
        assertEquals(4, done.getJsonNumber("rowsImported").longValue());
        assertEquals("day.csv (+1)", done.getString("fileName"));
        assertEquals(List.of("day.csv", "day (2).csv"), done.getJsonArray("files").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "two files of one name made distinct");
    }
}
