package com.csvendor.portal.sla;

import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.expect;
import static com.csvendor.portal.sla.ComparisonData.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The comparison API on MariaDB with KPI rows loaded through the import REST path
 * ({@link ComparisonData}): every figure the dashboard shows is recomputed here with SQL straight
 * from {@code kpi_daily} (Σ/Σ ratios of sums, session-weighted times), {@code sla_result} and
 * {@code sla_cycle}, and must match to the last decimal; the average of daily rates, which the
 * portal must never use, is shown to differ. Also: fees by the contract terms, scope, the
 * weights changing the ranking and the drill-down to agents.
 */
@ExtendWith(ArquillianExtension.class)
class ComparisonIT {

    /** The KPIs as the API names them and as SQL over kpi_daily computes them (scale as KpiSums). */
    static final Map<String, String> KPI_SQL = new LinkedHashMap<>();

    static {
        KPI_SQL.put("conversionRate", "ROUND(SUM(paid_buyers) * 100.0000000000 / SUM(inquiries), 4)");
        KPI_SQL.put("firstResponseSeconds",
                "ROUND(SUM(first_response_seconds * response_sessions) * 1.0000000000 / SUM(response_sessions), 2)");
        KPI_SQL.put("averageResponseSeconds",
                "ROUND(SUM(avg_response_seconds * response_sessions) * 1.0000000000 / SUM(response_sessions), 2)");
        KPI_SQL.put("response3minRate", "ROUND(SUM(responded_3min) * 100.0000000000 / SUM(received), 4)");
        KPI_SQL.put("response30sRate", "ROUND(SUM(responded_30s) * 100.0000000000 / SUM(received), 4)");
        KPI_SQL.put("refundRate", "ROUND(SUM(refund_count) * 100.0000000000 / SUM(paid_buyers), 4)");
        KPI_SQL.put("returnRate", "ROUND(SUM(returns_count) * 100.0000000000 / SUM(paid_buyers), 4)");
        KPI_SQL.put("disputeRate", "ROUND(SUM(disputes) * 100.0000000000 / SUM(paid_buyers), 4)");
        KPI_SQL.put("satisfactionRate", "ROUND(SUM(satisfied) * 100.0000000000 / SUM(ratings), 4)");
        KPI_SQL.put("agentSales", "SUM(sales_amount)");
        KPI_SQL.put("received", "SUM(received)");
        KPI_SQL.put("inquiries", "SUM(inquiries)");
        KPI_SQL.put("paidBuyers", "SUM(paid_buyers)");
        KPI_SQL.put("agentDays", "COUNT(*)");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void load() throws Exception {
        api = new Api(Deployments.onLoopback(base));
        ComparisonData.load(api);
        slaRows();
    }

    private String query(String stores) {
        return "stores=" + stores + "&from=" + ComparisonData.from() + "&to=" + ComparisonData.to();
    }

    private JsonObject compare(Api.Login who, String stores) {
        return expect(200, api.get(who, "api/comparisons?" + query(stores))).json();
    }

    static JsonObject column(JsonObject view, String vendor) {
        return view.getJsonArray("vendors").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("vendorName").equals(vendor)).findFirst()
                .orElseThrow(() -> new AssertionError(vendor + " not in " + view));
    }

    @Test
    void everyKpiIsTheRatioOfSumsOfTheRawRowsToTheLastDecimal() throws Exception {
        JsonObject view = compare(MANAGER, ComparisonData.STORE);
        try (Connection c = db()) {
            for (String vendor : List.of(ComparisonData.YUNFAN, ComparisonData.SHENGLIAN)) {
                JsonObject kpis = column(view, vendor).getJsonObject("kpis");
                Map<String, String> expected = kpis(c, vendor, ComparisonData.from(), ComparisonData.to());
                for (Map.Entry<String, String> e : expected.entrySet()) {
                    assertEquals(new BigDecimal(e.getValue()), number(kpis, e.getKey()),
                            () -> vendor + " " + e.getKey() + " in " + kpis);
                }
                assertEquals(12L, number(kpis, "agentDays").longValue(), "2 agents × 6 days inside the period");
            }
        }
    }

    @Test
    void noRateIsAnAverageOfDailyRates() throws Exception {
        JsonObject view = compare(MANAGER, ComparisonData.STORE);
        try (Connection c = db()) {
            for (String vendor : List.of(ComparisonData.YUNFAN, ComparisonData.SHENGLIAN)) {
                JsonObject kpis = column(view, vendor).getJsonObject("kpis");
                for (String[] rate : new String[][] {
                    {"conversionRate", "SUM(paid_buyers) * 100.0000000000 / SUM(inquiries)", "4"},
                    {"satisfactionRate", "SUM(satisfied) * 100.0000000000 / SUM(ratings)", "4"},
                    {"response3minRate", "SUM(responded_3min) * 100.0000000000 / SUM(received)", "4"},
                    {"firstResponseSeconds", "AVG(first_response_seconds)", "2"}}) {
                    String average = text(c, "SELECT ROUND(AVG(r), " + rate[2] + ") FROM (SELECT d.business_date, "
                            + rate[1] + " AS r FROM kpi_daily d JOIN vendor v ON v.id = d.vendor_id JOIN store s"
                            + " ON s.id = d.store_id WHERE v.name = ? AND s.code = ? AND d.business_date BETWEEN ? AND ?"
                            + " GROUP BY d.business_date) daily", vendor, ComparisonData.STORE, ComparisonData.from(),
                            ComparisonData.to());
                    assertNotEquals(new BigDecimal(average), number(kpis, rate[0]),
                            () -> vendor + " " + rate[0] + " equals the average of daily rates " + average);
                }
            }
        }
    }

    @Test
    void theMonthlyTrendHasEachMonthsShareOfThePeriodIncludingThePartialEdges() throws Exception {
        JsonObject yunfan = column(compare(MANAGER, ComparisonData.STORE), ComparisonData.YUNFAN);
        JsonArray trend = yunfan.getJsonArray("trend");
        assertEquals(3, trend.size(), trend::toString);
        LocalDate firstMonth = ComparisonData.from().withDayOfMonth(1);
        try (Connection c = db()) {
            for (int m = 0; m < 3; m++) {
                JsonObject point = trend.getJsonObject(m);
                LocalDate month = firstMonth.plusMonths(m);
                assertEquals(month.toString(), point.getString("month"));
                LocalDate start = m == 0 ? ComparisonData.from() : month;
                LocalDate end = m == 2 ? ComparisonData.to() : month.plusMonths(1).minusDays(1);
                Map<String, String> expected = kpis(c, ComparisonData.YUNFAN, start, end);
                JsonObject kpis = point.getJsonObject("kpis");
                for (Map.Entry<String, String> e : expected.entrySet()) {
                    assertEquals(new BigDecimal(e.getValue()), number(kpis, e.getKey()),
                            () -> month + " " + e.getKey() + " in " + kpis);
                }
            }
        }
    }

    @Test
    void feesFollowTheContractsAndCostsDivideThemByTheSums() throws Exception {
        JsonObject view = compare(MANAGER, ComparisonData.STORE);
        LocalDate from = ComparisonData.from();
        LocalDate to = ComparisonData.to();
        try (Connection c = db()) {
            // 云帆客服, seats at ¥5,200 a month: per calendar month, 5200 × agent-days / days in the month.
            BigDecimal seats = BigDecimal.ZERO;
            for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                LocalDate start = m.isBefore(from) ? from : m;
                LocalDate end = m.plusMonths(1).minusDays(1).isAfter(to) ? to : m.plusMonths(1).minusDays(1);
                long agentDays = Long.parseLong(sums(c, ComparisonData.YUNFAN, "COUNT(*)", start, end));
                if (agentDays > 0) {
                    seats = seats.add(new BigDecimal("5200").multiply(BigDecimal.valueOf(agentDays))
                            .divide(BigDecimal.valueOf(m.lengthOfMonth()), 2, RoundingMode.HALF_UP));
                }
            }
            // 声联服务, 2.5 % of sales net of refunds, per semi-monthly cycle (cut by the period's edges).
            BigDecimal commission = BigDecimal.ZERO;
            for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                for (LocalDate[] half : new LocalDate[][] {{m, m.withDayOfMonth(15)},
                    {m.withDayOfMonth(16), m.plusMonths(1).minusDays(1)}}) {
                    LocalDate start = half[0].isBefore(from) ? from : half[0];
                    LocalDate end = half[1].isAfter(to) ? to : half[1];
                    if (!start.isAfter(end)) {
                        BigDecimal net = new BigDecimal(sums(c, ComparisonData.SHENGLIAN,
                                "COALESCE(SUM(sales_amount) - SUM(refund_amount), 0)", start, end));
                        commission = commission.add(net.max(BigDecimal.ZERO).multiply(new BigDecimal("2.5"))
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                    }
                }
            }
            assertFees(column(view, ComparisonData.YUNFAN), seats);
            assertFees(column(view, ComparisonData.SHENGLIAN), commission);
        }
    }

    private static void assertFees(JsonObject column, BigDecimal expected) {
        assertEquals(expected, number(column, "fees"), column::toString);
        JsonObject kpis = column.getJsonObject("kpis");
        assertEquals(expected.divide(number(kpis, "received"), 2, RoundingMode.HALF_UP), number(kpis, "costPerReceived"));
        assertEquals(expected.divide(number(kpis, "paidBuyers"), 2, RoundingMode.HALF_UP),
                number(kpis, "costPerPaidOrder"));
        assertEquals(number(kpis, "agentSales").divide(expected, 2, RoundingMode.HALF_UP),
                number(column, "salesPerYuanOfFee"));
    }

    @Test
    void complianceCountsWindowsInsideThePeriodAndPenaltiesCyclesEndingInIt() throws Exception {
        JsonObject view = compare(FINANCE, ComparisonData.STORE);
        try (Connection c = db()) {
            for (String vendor : List.of(ComparisonData.YUNFAN, ComparisonData.SHENGLIAN)) {
                JsonObject column = column(view, vendor);
                String scope = " JOIN contract c ON c.id = x.contract_id JOIN vendor v ON v.id = c.vendor_id"
                        + " JOIN store s ON s.id = c.store_id WHERE v.name = ? AND s.code = ?";
                long met = Long.parseLong(text(c, "SELECT COUNT(*) FROM sla_result x" + scope
                        + " AND x.outcome = 'MET' AND x.window_start >= ? AND x.window_end <= ?", vendor,
                        ComparisonData.STORE, ComparisonData.from(), ComparisonData.to()));
                long breached = Long.parseLong(text(c, "SELECT COUNT(*) FROM sla_result x" + scope
                        + " AND x.outcome = 'BREACHED' AND x.waived = FALSE AND x.window_start >= ?"
                        + " AND x.window_end <= ?", vendor, ComparisonData.STORE, ComparisonData.from(),
                        ComparisonData.to()));
                String penalties = text(c, "SELECT COALESCE(SUM(x.penalty_total), 0.00) FROM sla_cycle x" + scope
                        + " AND x.cycle_end BETWEEN ? AND ?", vendor, ComparisonData.STORE, ComparisonData.from(),
                        ComparisonData.to());
                assertEquals(met, column.getJsonNumber("slaMet").longValue(), column::toString);
                assertEquals(breached, column.getJsonNumber("slaBreached").longValue(), column::toString);
                assertEquals(new BigDecimal(penalties).setScale(2), number(column, "penalties"), column::toString);
                if (met + breached > 0) {
                    assertEquals(BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(met + breached), 4,
                            RoundingMode.HALF_UP), number(column, "slaCompliance"), column::toString);
                }
            }
            JsonObject shenglian = column(view, ComparisonData.SHENGLIAN);
            assertTrue(shenglian.getJsonNumber("slaMet").longValue() >= 2, shenglian::toString);
            assertTrue(shenglian.getJsonNumber("slaBreached").longValue() >= 1, shenglian::toString);
            assertTrue(number(shenglian, "penalties").compareTo(new BigDecimal("123.45")) >= 0, shenglian::toString);
        }
    }

    @Test
    void eachCriterionsPointsAreItsNormalisedValueTimesItsShareOfTheWeightsAndAddUpToTheScore() {
        JsonObject view = compare(MANAGER, ComparisonData.STORE);
        assertTrue(view.getBoolean("ranked"), view::toString);
        assertFalse(view.containsKey("rankingWithheld"), view::toString);
        assertEquals(List.of(), view.getJsonArray("warnings"), "both vendors serve the one store chosen");
        int total = view.getJsonArray("weights").getValuesAs(JsonObject.class).stream().mapToInt(w -> w.getInt("weight"))
                .sum();
        for (JsonObject v : view.getJsonArray("vendors").getValuesAs(JsonObject.class)) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonObject c : v.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                BigDecimal expected = number(c, "normalised").multiply(BigDecimal.valueOf(c.getInt("weight") * 100L))
                        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
                assertEquals(expected, number(c, "points"), c::toString);
                sum = sum.add(number(c, "points"));
            }
            assertEquals(number(v, "score"), sum, () -> "the breakdown adds up to the score: " + v);
            assertEquals(List.of(ComparisonData.STORE), v.getJsonArray("stores").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList());
        }
    }

    @Test
    void oneVendorAloneIsNotRankedNorScoredAndTheExportsSayWhy() throws Exception {
        // Only 云帆客服 has a contract and figures in the second store.
        JsonObject view = compare(MANAGER, ComparisonData.OTHER_STORE);
        assertFalse(view.getBoolean("ranked"), view::toString);
        assertEquals("ONLY_ONE", view.getString("rankingWithheld"));
        JsonObject yunfan = view.getJsonArray("vendors").getJsonObject(0);
        assertEquals(1, view.getJsonArray("vendors").size(), view::toString);
        assertFalse(yunfan.containsKey("rank") || yunfan.containsKey("score"), "no score of 100 for a vendor alone: "
                + yunfan);
        assertTrue(yunfan.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.containsKey("points") || c.containsKey("normalised")), yunfan::toString);
        assertTrue(yunfan.getJsonObject("kpis").getJsonNumber("agentDays").longValue() > 0, "its figures stay");

        String sheet = cells(ComparisonExportsCheck.download(api.uri("api/comparisons/xlsx?"
                + query(ComparisonData.OTHER_STORE) + "&lang=en"), MANAGER));
        assertTrue(sheet.contains("Only one vendor has figures in these stores"), sheet);
        assertFalse(sheet.contains("|Score (0–100)|"), "no score row: " + sheet);
    }

    @Test
    void vendorsThatServeDifferentStoresAreRankedWithAWarningAndEachOnesStores() throws Exception {
        JsonObject view = compare(MANAGER, ComparisonData.STORE + "," + ComparisonData.OTHER_STORE);
        assertTrue(view.getBoolean("ranked"), view::toString);
        assertEquals(List.of("DIFFERENT_STORES"), view.getJsonArray("warnings").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(List.of(ComparisonData.STORE, ComparisonData.OTHER_STORE), stores(column(view, ComparisonData.YUNFAN)));
        assertEquals(List.of(ComparisonData.STORE), stores(column(view, ComparisonData.SHENGLIAN)));

        String sheet = cells(ComparisonExportsCheck.download(api.uri("api/comparisons/xlsx?"
                + query(ComparisonData.STORE + "," + ComparisonData.OTHER_STORE) + "&lang=zh"), MANAGER));
        assertTrue(sheet.contains("这些供应商服务的店铺不同"), sheet);
        assertTrue(sheet.contains(ComparisonData.YUNFAN + ": 对比测试旗舰店、对比测试家居店"), sheet);
        assertTrue(sheet.contains("得分构成"), "the breakdown is in the workbook: " + sheet);
    }

    private static List<String> stores(JsonObject column) {
        return column.getJsonArray("stores").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Every text and number of the workbook's first sheet, "|"-separated, as a reader sees them. */
    private static String cells(byte[] xlsx) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder out = new StringBuilder("|");
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            book.getSheetAt(0).forEach(row -> row.forEach(c -> out.append(format.formatCellValue(c)).append('|')));
            return out.toString();
        }
    }

    @Test
    void storesOutsideTheCallersScopeAreNotFoundAndVendorLeadsMayNotCompare() {
        Api.Reply foreign = api.get(MANAGER, "api/comparisons?" + query(ComparisonData.STORE + ",BEAUTY-DY"));
        Api.Reply missing = api.get(MANAGER, "api/comparisons?" + query(ComparisonData.STORE + ",NO-SUCH-STORE"));
        assertEquals(404, foreign.status(), foreign::toString);
        assertEquals(404, missing.status(), missing::toString);
        assertEquals(missing.body().replace("NO-SUCH-STORE", "X"), foreign.body().replace("BEAUTY-DY", "X"),
                "a foreign store answers exactly like a missing one");
        assertEquals(403, api.get(LEAD, "api/comparisons?" + query(ComparisonData.STORE)).status());
        assertEquals(200, api.get(FINANCE, "api/comparisons?" + query("BEAUTY-DY")).status());
        Api.Reply backwards = api.get(MANAGER, "api/comparisons?stores=" + ComparisonData.STORE + "&from="
                + ComparisonData.to()
                + "&to=" + ComparisonData.from());
        assertEquals(400, backwards.status(), backwards::toString);
    }

    /** The signed-in user is kept between requests: an edit or a deactivation must count with the next request. */
    @Test
    void anEditedOrDeactivatedManagerLosesAccessWithTheNextRequest() {
        com.csvendor.portal.security.Fixture fixture = new com.csvendor.portal.security.Fixture(api);
        String name = fixture.unique("cmpmgr").toLowerCase(java.util.Locale.ROOT);
        long pets = fixture.storeId(ComparisonData.STORE);
        long home = fixture.storeId(ComparisonData.OTHER_STORE);
        JsonObject user = expect(201, api.post(Api.ADMIN, "api/users", managerBody(name, pets, null))).json();
        Api.Login manager = new Api.Login(name, "Throwaway-pw-1");
        assertEquals(200, api.get(manager, "api/comparisons?" + query(ComparisonData.STORE)).status());
        assertEquals(200, api.get(manager, "api/comparisons?" + query(ComparisonData.STORE)).status());

        JsonObject moved = expect(200, api.put(Api.ADMIN, "api/users/" + user.getJsonNumber("id").longValue(),
                managerBody(name, home, user.getJsonNumber("version").longValue()))).json();
        assertEquals(404, api.get(manager, "api/comparisons?" + query(ComparisonData.STORE)).status(), "store taken away");
        assertEquals(200, api.get(manager, "api/comparisons?" + query(ComparisonData.OTHER_STORE)).status(), "store given");

        expect(200, api.post(Api.ADMIN, "api/users/" + moved.getJsonNumber("id").longValue() + "/deactivate", null));
        assertEquals(401, api.get(manager, "api/comparisons?" + query(ComparisonData.OTHER_STORE)).status(), "deactivated");
    }

    private static JsonObject managerBody(String name, long storeId, Long version) {
        jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder().add("username", name)
                .add("displayName", "对比经理").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("STORE_MANAGER"))
                .add("storeIds", Json.createArrayBuilder().add(storeId));
        return (version == null ? b : b.add("version", version)).build();
    }

    @Test
    void theWeightsAreKeptPerUserAndDecideTheRanking() {
        // Only satisfaction counts, then only conversion: the ranking follows the one criterion.
        List<String> bySatisfaction = ranking(weights("SATISFACTION_RATE"));
        List<String> byConversion = ranking(weights("CONVERSION_RATE"));
        JsonObject view = compare(FINANCE, ComparisonData.STORE);
        BigDecimal s1 = number(column(view, ComparisonData.YUNFAN).getJsonObject("kpis"), "satisfactionRate");
        BigDecimal s2 = number(column(view, ComparisonData.SHENGLIAN).getJsonObject("kpis"), "satisfactionRate");
        BigDecimal c1 = number(column(view, ComparisonData.YUNFAN).getJsonObject("kpis"), "conversionRate");
        BigDecimal c2 = number(column(view, ComparisonData.SHENGLIAN).getJsonObject("kpis"), "conversionRate");
        assertEquals(s1.compareTo(s2) > 0 ? ComparisonData.YUNFAN : ComparisonData.SHENGLIAN, bySatisfaction.get(0));
        assertEquals(c1.compareTo(c2) > 0 ? ComparisonData.YUNFAN : ComparisonData.SHENGLIAN, byConversion.get(0));
        assertNotEquals(bySatisfaction, byConversion, "the data make the two criteria disagree");
        JsonArray finance = expect(200, api.get(FINANCE, "api/comparisons/weights")).array();
        JsonArray manager = expect(200, api.get(MANAGER, "api/comparisons/weights")).array();
        assertEquals(100, weightOf(manager, "CONVERSION_RATE"));
        assertEquals(0, weightOf(manager, "SATISFACTION_RATE"));
        assertNotEquals(0, weightOf(finance, "SATISFACTION_RATE"), "another user's weights are their own");
        Api.Reply outOfRange = api.send(MANAGER, "PUT", "api/comparisons/weights", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("criterion", "REFUND_RATE").add("weight", 101)).build().toString());
        assertEquals(400, outOfRange.status(), outOfRange::toString);
        expect(200, api.send(MANAGER, "PUT", "api/comparisons/weights", "[]"));
        assertEquals(20, weightOf(expect(200, api.get(MANAGER, "api/comparisons/weights")).array(), "CONVERSION_RATE"),
                "an empty set brings back the defaults");
    }

    private List<String> ranking(String weights) {
        expect(200, api.send(MANAGER, "PUT", "api/comparisons/weights", weights));
        List<String> out = new ArrayList<>();
        for (JsonObject v : compare(MANAGER, ComparisonData.STORE).getJsonArray("vendors")
                .getValuesAs(JsonObject.class)) {
            if (v.getJsonObject("kpis").getJsonNumber("agentDays").longValue() > 0) {
                out.add(v.getString("vendorName"));
            }
        }
        return out;
    }

    private static String weights(String only) {
        JsonArrayBuilder w = Json.createArrayBuilder();
        for (String c : List.of("CONVERSION_RATE", "FIRST_RESPONSE_SECONDS", "SATISFACTION_RATE", "RESPONSE_3MIN_RATE",
                "REFUND_RATE", "SLA_COMPLIANCE", "COST_PER_RECEIVED")) {
            w.add(Json.createObjectBuilder().add("criterion", c).add("weight", c.equals(only) ? 100 : 0));
        }
        return w.build().toString();
    }

    private static int weightOf(JsonArray weights, String criterion) {
        return weights.getValuesAs(JsonObject.class).stream().filter(w -> w.getString("criterion").equals(criterion))
                .findFirst().orElseThrow().getInt("weight");
    }

    @Test
    void theDrillDownRanksAVendorsAgentsAndFlagsThoseInSeveralStores() throws Exception {
        long yunfan = new com.csvendor.portal.security.Fixture(api).vendorId(ComparisonData.YUNFAN);
        JsonObject agents = expect(200, api.get(MANAGER, "api/comparisons/agents?vendor=" + yunfan + "&"
                + query(ComparisonData.STORE + "," + ComparisonData.OTHER_STORE))).json();
        List<JsonObject> rows = agents.getJsonArray("agents").getValuesAs(JsonObject.class);
        assertEquals(2, rows.size(), agents::toString);
        JsonObject xiaomei = rows.stream().filter(r -> r.getString("agentName").equals("小美")).findFirst().orElseThrow();
        JsonObject ajie = rows.stream().filter(r -> r.getString("agentName").equals("阿杰")).findFirst().orElseThrow();
        assertTrue(xiaomei.getBoolean("severalStores"), xiaomei::toString);
        assertFalse(ajie.getBoolean("severalStores"), ajie::toString);
        assertEquals(1, agents.getJsonArray("best").size());
        assertEquals(rows.get(0).getJsonNumber("agentId"), agents.getJsonArray("best").getJsonNumber(0));
        assertEquals(rows.get(1).getJsonNumber("agentId"), agents.getJsonArray("worst").getJsonNumber(0));
        try (Connection c = db()) {
            String conversion = text(c, "SELECT ROUND(SUM(d.paid_buyers) * 100.0000000000 / SUM(d.inquiries), 4)"
                    + " FROM kpi_daily d JOIN agent a ON a.id = d.agent_id JOIN store s ON s.id = d.store_id"
                    + " WHERE a.display_name = '小美' AND a.vendor_id = ? AND s.code IN (?, ?)"
                    + " AND d.business_date BETWEEN ? AND ?", yunfan, ComparisonData.STORE, ComparisonData.OTHER_STORE,
                    ComparisonData.from(), ComparisonData.to());
            assertEquals(new BigDecimal(conversion), number(xiaomei.getJsonObject("kpis"), "conversionRate"));
        }
        Api.Reply outside = api.get(MANAGER, "api/comparisons/agents?vendor="
                + new com.csvendor.portal.security.Fixture(api).vendorId("星辰客服") + "&" + query(ComparisonData.STORE));
        assertEquals(404, outside.status(), "a vendor without a contract in the stores: " + outside);
    }

    @Test
    void theExportsCarryTheSameFiguresFormulaSafe() throws Exception {
        Api.Reply xlsx = api.accepting(ComparisonExportsCheck.XLSX).get(MANAGER,
                "api/comparisons/xlsx?" + query(ComparisonData.STORE) + "&lang=zh");
        assertEquals(200, xlsx.status(), xlsx::toString);
        JsonObject view = compare(MANAGER, ComparisonData.STORE);
        ComparisonExportsCheck.assertWorkbookShows(api.uri("api/comparisons/xlsx?" + query(ComparisonData.STORE)
                + "&lang=zh"), MANAGER, view);
        Api.Reply pdf = api.accepting("application/pdf").get(MANAGER,
                "api/comparisons/pdf?" + query(ComparisonData.STORE) + "&lang=en");
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    // --- SQL straight from the raw rows

    /** Every KPI of the vendor in the comparison store over the days, by SQL over kpi_daily. */
    static Map<String, String> kpis(Connection c, String vendor, LocalDate from, LocalDate to) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : KPI_SQL.entrySet()) {
            out.put(e.getKey(), sums(c, vendor, e.getValue(), from, to));
        }
        return out;
    }

    static String sums(Connection c, String vendor, String expression, LocalDate from, LocalDate to)
            throws SQLException {
        return text(c, "SELECT " + expression + " FROM kpi_daily d JOIN vendor v ON v.id = d.vendor_id"
                + " JOIN store s ON s.id = d.store_id WHERE v.name = ? AND s.code = ? AND d.business_date BETWEEN ? AND ?",
                vendor, ComparisonData.STORE, from, to);
    }

    /**
     * SLA results and cycles of 声联服务's contract, as the SLA evaluation would write them (targets
     * numbered from 901, so they never collide with the contract's own): inside the period two
     * met, one breached, one breached but waived, one not judged; one met before the period; a
     * cycle ending inside the period and one ending after it (starting on the 2nd and the 17th, so
     * that they never share a key with the cycles the evaluation writes).
     */
    static synchronized void slaRows() throws SQLException {
        LocalDate b = ComparisonData.from().withDayOfMonth(1).plusMonths(1);
        try (Connection c = db()) {
            long contract = slaContract(c);
            Object[][] results = {{b.withDayOfMonth(2), "MET", false}, {b.withDayOfMonth(3), "MET", false},
                {b.withDayOfMonth(4), "BREACHED", false}, {b.withDayOfMonth(5), "BREACHED", true},
                {b.withDayOfMonth(6), "NOT_JUDGED", false}, {ComparisonData.from().minusDays(1), "MET", false}};
            for (Object[] r : results) {
                update(c, "INSERT IGNORE INTO sla_result (contract_id, contract_version, target_no, metric, sla_window,"
                        + " window_start, window_end, comparator, threshold, measured, sample, minimum_sample, outcome,"
                        + " shortfall_percent, waived, evaluated_at) VALUES (?, 1, 901, 'CONVERSION_RATE', 'DAILY', ?, ?,"
                        + " 'GE', 35, ?, 300, 200, ?, ?, ?, NOW())", contract, r[0], r[0],
                        "BREACHED".equals(r[1]) ? 34 : 36, r[1], "BREACHED".equals(r[1]) ? new BigDecimal("2.8572") : null,
                        r[2]);
            }
            LocalDate c2 = ComparisonData.to().withDayOfMonth(16);
            update(c, "INSERT INTO sla_cycle (contract_id, cycle_start, cycle_end, contract_version, service_fee,"
                    + " breach_penalty, incident_penalty, penalty_total, windows_judged, windows_breached,"
                    + " consecutive_breaches, evaluated_at) VALUES (?, ?, ?, 1, 1000, 123.45, 0, 123.45, 1, 1, 1, NOW())"
                    + " ON DUPLICATE KEY UPDATE cycle_end = VALUES(cycle_end), penalty_total = VALUES(penalty_total)",
                    contract, b.withDayOfMonth(2), b.withDayOfMonth(15));
            update(c, "INSERT INTO sla_cycle (contract_id, cycle_start, cycle_end, contract_version, service_fee,"
                    + " breach_penalty, incident_penalty, penalty_total, windows_judged, windows_breached,"
                    + " consecutive_breaches, evaluated_at) VALUES (?, ?, ?, 1, 1000, 999, 0, 999, 1, 1, 1, NOW())"
                    + " ON DUPLICATE KEY UPDATE cycle_end = VALUES(cycle_end), penalty_total = VALUES(penalty_total)",
                    contract, c2.plusDays(1),
                    c2.plusMonths(1).withDayOfMonth(1).minusDays(1));
        }
    }

    /**
     * Removes the rows {@link #slaRows()} wrote: the classes after this one share the database, and
     * their evaluations of the same contract would otherwise count these made-up windows and cycles.
     */
    @AfterAll
    static void removeSlaRows() throws SQLException {
        LocalDate b = ComparisonData.from().withDayOfMonth(1).plusMonths(1);
        try (Connection c = db()) {
            long contract = slaContract(c);
            update(c, "DELETE FROM sla_result WHERE contract_id = ? AND target_no = 901", contract);
            update(c, "DELETE FROM sla_cycle WHERE contract_id = ? AND cycle_start IN (?, ?)", contract,
                    b.withDayOfMonth(2), ComparisonData.to().withDayOfMonth(17));
        }
    }

    private static long slaContract(Connection c) throws SQLException {
        return Long.parseLong(text(c, "SELECT id FROM contract WHERE number = ?", ComparisonData.SHENGLIAN_CONTRACT));
    }

    static BigDecimal number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        assertNotNull(v, () -> key + " missing in " + o);
        return ((JsonNumber) v).bigDecimalValue();
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
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
