package com.csvendor.portal.kpi;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.kpi.control.BuiltInProfiles;
import com.csvendor.portal.kpi.control.ImportLimits;
import com.csvendor.portal.kpi.control.KpiValues;
import com.csvendor.portal.kpi.control.ParsedRow;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.ReportFile;
import com.csvendor.portal.kpi.control.ReportLayout;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The import correctness corpus ({@code src/test/resources/kpi/corpus/<case>/}, format in its
 * README section): every case's export is uploaded through the REST API as a vendor lead does, into
 * a store, vendor, agents and active contract of the case's own (created here, so the figures are
 * the file's alone whatever ran before), must be published, and the comparison API's figures for
 * that vendor over the file's dates must equal every expected figure to 4 decimals ({@code -}: no
 * figure). The file's dates are fixed, and the contract covers their whole years, so the test
 * passes on any day. Every case is checked and every mismatch reported, not only the first.
 */
@ExtendWith(ArquillianExtension.class)
class ImportCorpusIT {

    private static final String PASSWORD = "Corpus-pw-1";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The keys of expected.properties and the comparison API's names for them. */
    static final Map<String, String> FIGURES = Map.ofEntries(Map.entry("AGENT_DAYS", "agentDays"),
            Map.entry("RECEIVED", "received"), Map.entry("INQUIRIES", "inquiries"),
            Map.entry("PAID_BUYERS", "paidBuyers"), Map.entry("CONVERSION_RATE", "conversionRate"),
            Map.entry("FIRST_RESPONSE_SECONDS", "firstResponseSeconds"),
            Map.entry("AVERAGE_RESPONSE_SECONDS", "averageResponseSeconds"),
            Map.entry("RESPONSE_3MIN_RATE", "response3minRate"), Map.entry("RESPONSE_30S_RATE", "response30sRate"),
            Map.entry("REFUND_RATE", "refundRate"), Map.entry("RETURN_RATE", "returnRate"),
            Map.entry("DISPUTE_RATE", "disputeRate"), Map.entry("SATISFACTION_RATE", "satisfactionRate"),
            Map.entry("AGENT_SALES", "agentSales"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private Fixture fixture;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.onLoopback(base));
        fixture = new Fixture(api);
    }

    @Test
    void everyCaseImportsToItsExpectedFigures() throws IOException {
        List<Path> cases = cases();
        assertFalse(cases.isEmpty(), "no corpus cases");
        List<Executable> checks = new ArrayList<>();
        for (Path dir : cases) {
            checks.add(() -> check(dir));
        }
        assertAll("import corpus", checks);
    }

    private void check(Path dir) throws Exception {
        Properties kase = properties(dir.resolve("case.properties"));
        Properties expected = properties(dir.resolve("expected.properties"));
        String name = dir.getFileName().toString();
        String profile = kase.getProperty("profile");
        String[] files = kase.getProperty("file").split("\\s*,\\s*");
        FileFacts facts = FileFacts.of(files, dir, profile);

        Seeded seeded = seed(name, facts);
        for (String file : files) {
            JsonObject done = finished(upload(seeded, dir.resolve(file), profile));
            assertEquals("PUBLISHED", done.getString("status"), () -> name + "/" + file + ": " + done);
        }
        JsonObject view = expect(200, api.get(ADMIN, "api/comparisons?stores=" + seeded.storeCode + "&from="
                + facts.first + "&to=" + facts.last)).json();
        JsonObject kpis = view.getJsonArray("vendors").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("vendorName").equals(seeded.vendorName)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": vendor not in " + view)).getJsonObject("kpis");
        List<Executable> figures = new ArrayList<>();
        for (String key : new TreeSet<>(expected.stringPropertyNames())) {
            String apiName = FIGURES.get(key);
            assertTrue(apiName != null, () -> name + ": unknown key " + key + " in expected.properties");
            String want = expected.getProperty(key).trim();
            BigDecimal got = figure(kpis, apiName);
            figures.add(() -> {
                if ("-".equals(want)) {
                    assertNull(got, () -> name + " " + key + ": expected no figure, got " + got);
                } else {
                    assertTrue(got != null && new BigDecimal(want).compareTo(got) == 0,
                            () -> name + " " + key + ": expected " + want + ", got " + got);
                }
            });
        }
        assertAll(name, figures);
    }

    /** The cases: every directory under kpi/corpus. */
    static List<Path> cases() throws IOException {
        Path corpus;
        try {
            corpus = Path.of(ImportCorpusIT.class.getResource("/kpi/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> entries = Files.list(corpus)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The accounts and dates of the case's files, to give the case a store, agents and contract of its own. */
    record FileFacts(TreeSet<String> accounts, LocalDate first, LocalDate last) {

        static FileFacts of(String[] files, Path dir, String profile) {
            TreeSet<String> accounts = new TreeSet<>();
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (String file : files) {
                try (ReportFile report = ReportFile.open(dir.resolve(file), ImportLimits.defaults())) {
                    ReportLayout layout = ReportLayout.detect(report, BuiltInProfiles.all(), profile);
                    for (RawRow row = report.next(); row != null; row = report.next()) {
                        ParsedRow parsed = layout.parser().parse(row);
                        KpiValues v = parsed.values();
                        if (v != null && v.account() != null && v.date() != null) {
                            accounts.add(v.account());
                            dates.add(v.date());
                        }
                    }
                }
            }
            assertFalse(accounts.isEmpty(), () -> dir + ": no data rows");
            return new FileFacts(accounts, dates.first(), dates.last());
        }
    }

    record Seeded(String storeCode, String vendorName, Api.Login lead) {
    }

    /**
     * A new store with its manager, a new vendor with its lead and one agent per account, and an
     * active contract from the first to the last year of the file's dates.
     */
    private Seeded seed(String name, FileFacts facts) {
        String storeCode = fixture.unique("CORPUS").toUpperCase(Locale.ROOT);
        long storeId = id(expect(201, api.post(ADMIN, "api/stores", Json.createObjectBuilder().add("code", storeCode)
                .add("name", "语料 " + name).add("platform", "OTHER").add("timeZone", "Asia/Shanghai").build())).json());
        JsonObject vendor = fixture.newVendor();
        long vendorId = id(vendor);
        for (String account : facts.accounts) {
            expect(201, api.post(ADMIN, "api/vendors/" + vendorId + "/agents", Json.createObjectBuilder()
                    .add("displayName", account).add("accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("storeId", storeId).add("accountName", account))).build()));
        }
        Api.Login manager = user("STORE_MANAGER", null, storeId);
        Api.Login lead = user("VENDOR_LEAD", vendorId, null);
        var terms = ContractJson.terms(facts.first.withDayOfYear(1), facts.last.withMonth(12).withDayOfMonth(31));
        JsonObject draft = expect(201, api.post(manager, "api/contracts",
                ContractJson.form(storeId, vendorId, fixture.unique("HT-CORPUS-"), terms))).json();
        JsonObject active = expect(200, api.post(manager, "api/contracts/" + id(draft) + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue()))).json();
        assertEquals("ACTIVE", active.getString("status"));
        return new Seeded(storeCode, vendor.getString("name"), lead);
    }

    private Api.Login user(String role, Long vendorId, Long storeId) {
        String name = fixture.unique("corpus" + role.charAt(0)).toLowerCase(Locale.ROOT);
        var body = Json.createObjectBuilder().add("username", name).add("displayName", name).add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder().add(role));
        if (vendorId != null) {
            body.add("vendorId", vendorId);
        }
        if (storeId != null) {
            body.add("storeIds", Json.createArrayBuilder().add(storeId));
        }
        expect(201, api.post(ADMIN, "api/users", body.build()));
        return new Api.Login(name, PASSWORD);
    }

    /** The file's bytes as the request body, as a vendor system uploads them; answers the accepted import. */
    private long upload(Seeded seeded, Path file, String profile) throws IOException, InterruptedException {
        String fileName = file.getFileName().toString();
        String type = fileName.endsWith(".xlsx") ? XLSX : "text/csv";
        HttpRequest request = HttpRequest.newBuilder(api.uri("api/kpi-imports?store=" + seeded.storeCode
                        + "&profile=" + profile + "&fileName=" + fileName))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", seeded.lead.authorization()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(202, response.statusCode(), () -> fileName + ": " + response.body());
        return id(json(response.body()));
    }

    private JsonObject finished(long id) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonObject now = expect(200, api.get(ADMIN, "api/kpi-imports/" + id)).json();
            if (!List.of("QUEUED", "RUNNING").contains(now.getString("status"))) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** A figure as the API gives it; {@code null} when absent or null (no figure). */
    static BigDecimal figure(JsonObject kpis, String name) {
        JsonValue value = kpis.get(name);
        return value == null || value == JsonValue.NULL ? null : ((JsonNumber) value).bigDecimalValue();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return p;
    }
}
