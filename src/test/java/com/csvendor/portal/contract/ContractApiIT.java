package com.csvendor.portal.contract;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract API from the outside, over HTTP Basic, against the real portal on MariaDB with the
 * demo data: creating and checking terms, the life cycle, amendments and their versions, the audit
 * trail, the import, the PDF and what a vendor lead sees. Every test makes its own contracts with
 * unique numbers; those that bring a contract into force use a year of their own (2032 onwards),
 * so that no two tests — and no demo contract — overlap.
 */
@ExtendWith(ArquillianExtension.class)
class ContractApiIT {

    private static final String HOME = "HOME-JD";
    private static final String STAR = "星辰客服";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private Fixture fixture;
    private long home;
    private long star;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.onLoopback(base));
        fixture = new Fixture(api);
        home = fixture.storeId(HOME);
        star = fixture.vendorId(STAR);
    }

    @Test
    void aStoreManagerCreatesADraftAndFindsItAtItsLocation() {
        String number = number();
        Api.Reply reply = api.post(MANAGER, "api/contracts", ContractJson.form(home, star, number, year(2031)));
        assertEquals(201, reply.status(), reply::toString);
        long id = reply.json().getJsonNumber("id").longValue();
        String location = reply.header("Location").orElse("");
        assertTrue(location.endsWith("/api/contracts/" + id), location);

        JsonObject draft = expect(200, api.get(MANAGER, location)).json();
        assertEquals(number, draft.getString("number"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(HOME, draft.getString("storeCode"));
        assertEquals(STAR, draft.getString("vendorName"));
        assertEquals("manager", draft.getString("createdBy"));
        assertEquals(1, draft.getInt("versionCount"));
        assertTrue(draft.getBoolean("editable"));
        assertEquals(List.of("ACTIVE"), strings(draft.getJsonArray("nextStatuses")));
        assertEquals(List.of(), draft.getJsonArray("warnings"));
        assertEquals(0, seatPrice(draft).compareTo(new BigDecimal("5000")), draft::toString);

        Api.Reply again = api.post(MANAGER, "api/contracts", ContractJson.form(home, star, number, year(2031)));
        assertProblem(again, 409);
        assertEquals(List.of("number"), fields(again));
    }

    /** Rewriting only the terms of a draft changes its version too, so a second edit from the same read loses. */
    @Test
    void aDraftRewrittenFromAStaleVersionIsRefused() {
        JsonObject draft = create(home, star, year(2031));
        String number = draft.getString("number");
        JsonObject first = expect(200, api.put(MANAGER, path(draft), Json.createObjectBuilder(ContractJson.form(home,
                star, number, raised(year(2031)))).add("version", version(draft)).build())).json();
        assertEquals(version(read(draft)), version(first), "the answer carries the stored version");

        ContractTerms other = year(2031);
        other.getFees().setSeatPrice(new BigDecimal("5300.00"));
        Api.Reply stale = api.put(MANAGER, path(draft), Json.createObjectBuilder(ContractJson.form(home, star, number,
                other)).add("version", version(draft)).build());
        assertProblem(stale, 409);
        assertEquals(0, seatPrice(read(draft)).compareTo(new BigDecimal("5200.00")), "first edit kept");
    }

    @TestFactory
    Stream<DynamicTest> termsThatBreakARuleAnswer400NamingTheFieldsAndNothingIsStored() {
        return Stream.of(
                refused("end before start", t -> t.getPeriod().setEnd(LocalDate.of(2030, 12, 31)), "terms.period.end"),
                refused("shift outside the service window", t -> t.getHours().getShifts().get(0)
                        .setStart(LocalTime.of(7, 0)), "terms.hours.shifts[0].start"),
                refused("shift with headcount 0", t -> t.getHours().getShifts().get(0).setHeadcount(0),
                        "terms.hours.shifts[0].headcount"),
                refused("session tiers not ascending", ContractApiIT::descendingTiers, "terms.fees.sessionTiers[1].upTo"),
                refused("satisfaction target above 100 %", t -> t.getSlaTargets().add(
                        target(Metric.SATISFACTION_RATE, "101")), "terms.slaTargets[0].threshold"),
                refused("overtime rate without contracted hours", t -> t.getFees()
                        .setOvertimeRate(new BigDecimal("40.00")), "terms.fees.contractedHoursPerAgent"),
                refused("three mistakes at once", t -> {
                    t.getPeriod().setEnd(LocalDate.of(2030, 12, 31));
                    t.getHours().getShifts().get(0).setHeadcount(0);
                    t.getFees().setOvertimeRate(new BigDecimal("40.00"));
                }, "terms.period.end", "terms.hours.shifts[0].headcount", "terms.fees.contractedHoursPerAgent"));
    }

    private DynamicTest refused(String name, Consumer<ContractTerms> mistake, String... fields) {
        return dynamicTest(name + " -> 400 " + String.join(", ", fields), () -> {
            ContractTerms terms = year(2031);
            mistake.accept(terms);
            String number = number();
            Api.Reply reply = api.post(MANAGER, "api/contracts", ContractJson.form(home, star, number, terms));
            assertProblem(reply, 400);
            assertEquals(Set.of(fields), Set.copyOf(fields(reply)), reply::toString);
            reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                    .forEach(e -> assertFalse(e.getString("message").isBlank(), reply::toString));
            assertFalse(exists(number), "stored anyway: " + number);
        });
    }

    @Test
    void anUnusualVatRateIsAWarningInTheCallersLanguageNotABlock() {
        ContractTerms terms = year(2031);
        terms.getTax().setVatRatePercent(new BigDecimal("3"));

        JsonObject english = expect(201, api.post(MANAGER, "api/contracts",
                ContractJson.form(home, star, number(), terms))).json();
        assertEquals("DRAFT", english.getString("status"));
        JsonObject warning = onlyWarning(english);
        assertEquals("tax.vatRatePercent", warning.getString("field"));
        assertTrue(warning.getString("message").contains("VAT"), warning::toString);

        JsonObject chinese = expect(201, api.inLanguage("zh-CN,zh;q=0.9").post(MANAGER, "api/contracts",
                ContractJson.form(home, star, number(), terms))).json();
        JsonObject zh = onlyWarning(chinese);
        assertEquals("tax.vatRatePercent", zh.getString("field"));
        assertTrue(zh.getString("message").contains("税率"), zh::toString);
    }

    @Test
    void aSecondContractInForceForTheSameStoreVendorAndServiceTypeIsRefused() {
        ContractTerms first = terms(2032, ServiceType.PRE_SALES, ServiceType.AFTER_SALES);
        JsonObject a = activate(create(home, star, first));

        ContractTerms overlapping = ContractJson.terms(LocalDate.of(2032, 7, 1), LocalDate.of(2033, 6, 30));
        overlapping.getScope().setServiceTypes(EnumSet.of(ServiceType.AFTER_SALES));
        JsonObject b = create(home, star, overlapping);
        Api.Reply refused = api.post(MANAGER, path(b) + "/status", ContractJson.status("ACTIVE", version(b)));
        assertProblem(refused, 409);
        assertTrue(refused.json().getString("title").contains(a.getString("number")), refused::toString);
        assertEquals(List.of("terms.scope.serviceTypes"), fields(refused));
        assertEquals("DRAFT", read(b).getString("status"));

        JsonObject otherService = create(home, star, terms(2032, ServiceType.REVIEW_FOLLOW_UP));
        assertEquals("ACTIVE", activate(otherService).getString("status"));
        JsonObject nextYear = create(home, star, terms(2033, ServiceType.AFTER_SALES));
        assertEquals("ACTIVE", activate(nextYear).getString("status"));
    }

    @Test
    void anAmendmentIsANewVersionFromItsEffectiveDate() {
        JsonObject contract = activate(create(home, star, year(2034)));
        JsonObject amended = expect(200, api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2034, 7, 1), "补充协议一：调价", raised(year(2034)), version(contract)))).json();
        assertEquals(2, amended.getInt("versionNumber"));
        assertEquals("ACTIVE", amended.getString("status"));

        List<JsonObject> versions = objects(expect(200, api.get(MANAGER, path(contract) + "/versions")));
        assertEquals(2, versions.size(), versions::toString);
        assertEquals("2034-01-01", versions.get(0).getString("effectiveFrom"));
        assertEquals("2034-06-30", versions.get(0).getString("effectiveTo"));
        assertEquals("2034-07-01", versions.get(1).getString("effectiveFrom"));
        assertEquals("补充协议一：调价", versions.get(1).getString("reason"));

        JsonObject before = expect(200, api.get(MANAGER, path(contract) + "?on=2034-06-30")).json();
        assertEquals(1, before.getInt("versionNumber"));
        assertEquals(0, seatPrice(before).compareTo(new BigDecimal("5000.00")), before::toString);
        JsonObject after = expect(200, api.get(MANAGER, path(contract) + "?on=2034-07-01")).json();
        assertEquals(2, after.getInt("versionNumber"));
        assertEquals(0, seatPrice(after).compareTo(new BigDecimal("5200.00")), after::toString);

        List<JsonObject> diff = objects(expect(200, api.get(MANAGER, path(contract) + "/diff?from=1&to=2")));
        assertEquals(List.of(change("fees.seatPrice", "5000", "5200")), diff);
    }

    @Test
    void anAmendmentNotAfterTheCurrentVersionOrOnAStaleVersionIsRefused() {
        JsonObject contract = activate(create(home, star, year(2035)));
        long read = version(contract);
        JsonObject amended = expect(200, api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2035, 5, 1), "补充协议一", raised(year(2035)), read))).json();

        Api.Reply sameDay = api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2035, 5, 1), "补充协议二", year(2035), version(amended)));
        assertProblem(sameDay, 400);
        assertEquals(List.of("effectiveFrom"), fields(sameDay));
        Api.Reply earlier = api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2035, 3, 1), "补充协议二", year(2035), version(amended)));
        assertProblem(earlier, 400);

        Api.Reply stale = api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2035, 9, 1), "补充协议二", year(2035), read));
        assertProblem(stale, 409);
        assertEquals(2, read(contract).getInt("versionCount"));
    }

    @Test
    void theAuditTrailRecordsWhoChangedWhatBeforeAndAfter() {
        JsonObject contract = activate(create(home, star, year(2036)));
        expect(200, api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2036, 4, 1), "补充协议一：调价", raised(year(2036)), version(contract))));

        List<JsonObject> audit = objects(expect(200, api.get(MANAGER, path(contract) + "/audit")));
        assertEquals(List.of("CREATED", "STATUS_CHANGED", "AMENDED"),
                audit.stream().map(e -> e.getString("action")).toList(), audit::toString);
        audit.forEach(e -> assertEquals("manager", e.getString("actor"), e::toString));
        assertTrue(changes(audit.get(0)).contains(change("number", "", contract.getString("number"))),
                audit.get(0)::toString);
        assertTrue(changes(audit.get(1)).contains(change("status", "DRAFT", "ACTIVE")), audit.get(1)::toString);
        List<JsonObject> amendment = changes(audit.get(2));
        assertTrue(amendment.contains(change("terms.fees.seatPrice", "5000", "5200")), amendment::toString);
        assertTrue(amendment.contains(change("version", "1", "2")), amendment::toString);
    }

    @Test
    void anImportBringsContractsInWithTheirStatusAndAmendments() {
        String active = number();
        String expired = number();
        JsonArray items = Json.createArrayBuilder()
                .add(ContractJson.imported(HOME, creditCode(star), active, "ACTIVE", year(2038),
                        Json.createArrayBuilder().add(ContractJson.importedAmendment(LocalDate.of(2038, 4, 1),
                                "补充协议一：调价", raised(year(2038)))).build()))
                .add(ContractJson.imported(HOME, creditCode(star), expired, "EXPIRED", year(2021),
                        Json.createArrayBuilder().build()))
                .build();
        List<JsonObject> imported = objects(expect(200, api.post(MANAGER, "api/contracts/import", items)));
        assertEquals(List.of(active, expired), imported.stream().map(c -> c.getString("number")).toList());

        JsonObject first = read(imported.get(0));
        assertEquals("ACTIVE", first.getString("status"));
        assertEquals(2, first.getInt("versionCount"));
        assertEquals(0, seatPrice(first).compareTo(new BigDecimal("5200.00")), first::toString);
        List<JsonObject> versions = objects(expect(200, api.get(MANAGER, path(first) + "/versions")));
        assertEquals("2038-03-31", versions.get(0).getString("effectiveTo"), versions::toString);

        JsonObject second = read(imported.get(1));
        assertEquals("EXPIRED", second.getString("status"));
        assertEquals(1, second.getInt("versionCount"));
        assertEquals("2022-01-01", second.getString("statusSince"));
    }

    @TestFactory
    Stream<DynamicTest> anImportWithABadItemIsRefusedWholeNamingTheItem() {
        return Stream.of(
                badImport("unknown store code in the 2nd item", 2039, 1,
                        (good, bad) -> List.of(good, item("NO-SUCH-STORE", bad, year(2039)))),
                badImport("2nd item ends before it starts", 2040, 1, (good, bad) -> {
                    ContractTerms backwards = year(2040);
                    backwards.getPeriod().setEnd(LocalDate.of(2039, 12, 31));
                    return List.of(good, item(HOME, bad, backwards));
                }),
                badImport("2nd item repeats the 1st item's number", 2041, 1,
                        (good, bad) -> List.of(good, item(HOME, good.getString("number"), year(2041)))),
                badImport("unknown store code in the 1st item", 2042, 0,
                        (good, bad) -> List.of(item("NO-SUCH-STORE", bad, year(2042)), good)));
    }

    private DynamicTest badImport(String name, int year, int badIndex,
            java.util.function.BiFunction<JsonObject, String, List<JsonObject>> list) {
        return dynamicTest(name + " -> 400 naming [" + badIndex + "], nothing stored", () -> {
            JsonObject good = item(HOME, number(), year(year));
            String bad = number();
            JsonArray items = Json.createArrayBuilder(list.apply(good, bad)).build();
            Api.Reply reply = api.post(MANAGER, "api/contracts/import", items);
            assertProblem(reply, 400);
            List<String> fields = fields(reply);
            assertFalse(fields.isEmpty(), reply::toString);
            fields.forEach(f -> assertTrue(f.startsWith("[" + badIndex + "]"), reply::toString));
            assertFalse(exists(good.getString("number")), "the good item was stored: " + reply);
            assertFalse(exists(bad), "the bad item was stored: " + reply);
        });
    }

    @Test
    void terminationNeedsAReasonAndEndsAllAmendments() {
        JsonObject contract = activate(create(home, star, year(2037)));
        Api.Reply withoutReason = api.post(MANAGER, path(contract) + "/status",
                ContractJson.status("TERMINATED", version(contract)));
        assertProblem(withoutReason, 400);
        assertEquals(List.of("reason"), fields(withoutReason));
        assertEquals("ACTIVE", read(contract).getString("status"));

        JsonObject terminated = expect(200, api.post(MANAGER, path(contract) + "/status", Json.createObjectBuilder(
                ContractJson.status("TERMINATED", version(contract))).add("reason", "连续三个考核周期未达标").build()))
                .json();
        assertEquals("TERMINATED", terminated.getString("status"));
        assertEquals("连续三个考核周期未达标", terminated.getString("statusReason"));
        assertEquals(List.of(), terminated.getJsonArray("nextStatuses"));

        Api.Reply amendment = api.post(MANAGER, path(contract) + "/amendments", ContractJson.amendment(
                LocalDate.of(2037, 6, 1), "补充协议一", raised(year(2037)), version(terminated)));
        assertProblem(amendment, 400);
        assertEquals(List.of("status"), fields(amendment));
        assertEquals(1, read(contract).getInt("versionCount"));
    }

    @Test
    void theChineseAndEnglishPdfsDownloadUnderTheirOwnNamesInUtf8() {
        String number = "测试合同-" + number();
        JsonObject contract = expect(201, api.post(MANAGER, "api/contracts",
                ContractJson.form(home, star, number, year(2031)))).json();
        for (String lang : List.of("zh", "en")) {
            Api.Reply pdf = api.accepting("application/pdf").get(MANAGER, path(contract) + "/pdf?lang=" + lang);
            assertEquals(200, pdf.status(), pdf::request);
            assertTrue(pdf.header("Content-Type").orElse("").startsWith("application/pdf"), pdf::request);
            assertTrue(pdf.body().startsWith("%PDF"), pdf::request);
            String disposition = pdf.header("Content-Disposition").orElse("");
            String name = number + "-v1-" + lang + ".pdf";
            String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
            assertTrue(disposition.contains("filename*=UTF-8''" + encoded), disposition);
            String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
            assertTrue(disposition.contains("filename=\"" + ascii + "\""), disposition);
        }
    }

    @Test
    void aVendorLeadSeesTheirVendorsContractOnlyOnceItIsInForce() {
        long pets = fixture.storeId("PETS-TM");
        JsonObject draft = create(pets, fixture.vendorId("云帆客服"), year(2043));
        Api.Reply hidden = api.get(LEAD, path(draft));
        Api.Reply missing = api.get(LEAD, "api/contracts/" + Fixture.MISSING_ID);
        assertProblem(hidden, 404);
        assertEquals(missing.body().replace(String.valueOf(Fixture.MISSING_ID), "{id}"),
                hidden.body().replace(String.valueOf(id(draft)), "{id}"), "a draft must look like a missing contract");
        assertEquals(404, api.get(LEAD, path(draft) + "/versions").status());
        assertFalse(listed(LEAD).contains(id(draft)));

        JsonObject active = activate(draft);
        JsonObject seen = expect(200, api.get(LEAD, path(draft))).json();
        assertEquals("ACTIVE", seen.getString("status"));
        assertFalse(seen.getBoolean("editable"));
        assertEquals(List.of(), seen.getJsonArray("nextStatuses"));
        assertTrue(listed(LEAD).contains(id(draft)));
        assertProblem(api.post(LEAD, path(draft) + "/status", ContractJson.status("SUSPENDED", version(active))), 403);
        for (String otherVendors : List.of("SL-PETS-", "XC-BEAUTY-")) {
            long other = objects(expect(200, api.get(ADMIN, "api/contracts?status=ACTIVE"))).stream()
                    .filter(c -> c.getString("number").startsWith(otherVendors)).map(ContractApiIT::id).findFirst()
                    .orElseThrow();
            assertProblem(api.get(LEAD, "api/contracts/" + other), 404);
        }
    }

    private JsonObject create(long store, long vendor, ContractTerms terms) {
        return expect(201, api.post(MANAGER, "api/contracts", ContractJson.form(store, vendor, number(), terms)))
                .json();
    }

    private JsonObject activate(JsonObject contract) {
        JsonObject active = expect(200, api.post(MANAGER, path(contract) + "/status",
                ContractJson.status("ACTIVE", version(contract)))).json();
        assertEquals("ACTIVE", active.getString("status"));
        return active;
    }

    private JsonObject read(JsonObject contract) {
        return expect(200, api.get(ADMIN, path(contract))).json();
    }

    private JsonObject item(String storeCode, String number, ContractTerms terms) {
        return ContractJson.imported(storeCode, creditCode(star), number, "ACTIVE", terms,
                Json.createArrayBuilder().build());
    }

    private String creditCode(long vendorId) {
        return fixture.read("api/vendors/" + vendorId).getString("creditCode");
    }

    private boolean exists(String number) {
        return objects(expect(200, api.get(ADMIN, "api/contracts"))).stream()
                .anyMatch(c -> c.getString("number").equals(number));
    }

    private Set<Long> listed(Api.Login login) {
        return objects(expect(200, api.get(login, "api/contracts"))).stream().map(ContractApiIT::id)
                .collect(Collectors.toSet());
    }

    private String number() {
        return fixture.unique("IT-");
    }

    /** Valid seat terms for a whole calendar year, pre-sales only. */
    private static ContractTerms year(int year) {
        return ContractJson.terms(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static ContractTerms terms(int year, ServiceType first, ServiceType... more) {
        ContractTerms t = year(year);
        t.getScope().setServiceTypes(EnumSet.of(first, more));
        return t;
    }

    /** The same terms with the seat price raised from 5,000 to 5,200. */
    private static ContractTerms raised(ContractTerms terms) {
        terms.getFees().setSeatPrice(new BigDecimal("5200.00"));
        return terms;
    }

    private static void descendingTiers(ContractTerms t) {
        t.getFees().setModel(FeeModel.PER_SESSION);
        t.getFees().getSessionTiers().add(tier(500, "0.90"));
        t.getFees().getSessionTiers().add(tier(400, "0.80"));
        t.getFees().getSessionTiers().add(tier(null, "0.70"));
    }

    private static SessionTier tier(Integer upTo, String price) {
        SessionTier tier = new SessionTier();
        tier.setUpTo(upTo);
        tier.setPrice(new BigDecimal(price));
        return tier;
    }

    private static SlaTarget target(Metric metric, String threshold) {
        SlaTarget t = new SlaTarget();
        t.setMetric(metric);
        t.setComparator(Comparator.GE);
        t.setThreshold(new BigDecimal(threshold));
        return t;
    }

    private static JsonObject change(String path, String before, String after) {
        return Json.createObjectBuilder().add("path", path).add("before", before).add("after", after).build();
    }

    private static List<JsonObject> changes(JsonObject auditEntry) {
        return auditEntry.getJsonArray("changes").getValuesAs(JsonObject.class);
    }

    private static JsonObject onlyWarning(JsonObject contract) {
        List<JsonObject> warnings = contract.getJsonArray("warnings").getValuesAs(JsonObject.class);
        assertEquals(1, warnings.size(), contract::toString);
        return warnings.get(0);
    }

    private static BigDecimal seatPrice(JsonObject contract) {
        return contract.getJsonObject("terms").getJsonObject("fees").getJsonNumber("seatPrice").bigDecimalValue();
    }

    private static String path(JsonObject contract) {
        return "api/contracts/" + id(contract);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject contract) {
        return contract.getJsonNumber("version").longValue();
    }

    private static List<JsonObject> objects(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply::toString);
        assertEquals(status, reply.json().getInt("status"), reply::toString);
        assertFalse(reply.json().getString("title", "").isBlank(), reply::toString);
    }
}
