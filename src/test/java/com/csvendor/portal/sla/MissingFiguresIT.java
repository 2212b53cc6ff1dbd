package com.csvendor.portal.sla;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "No figure" end to end on MariaDB: two vendors of their own, each with a contract over a month of
 * its own long ago in PETS-TM (fixed dates, so no other test's rows fall in), upload through the
 * import REST path. One reports refunds; the other's export has no refund, return or dispute column
 * and gives satisfaction only as a rate (JD's 满意度, no number of ratings). The comparison API shows
 * the second's refund rate as null, scores it as the worst on refunds (flagged), and still counts its
 * reported satisfaction, weighted by the customers received.
 */
@ExtendWith(ArquillianExtension.class)
class MissingFiguresIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aVendorWithoutRefundColumnsHasNoRefundRateAndNoScoreForItButItsReportedSatisfactionCounts()
            throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        Fixture fixture = new Fixture(api);
        long store = fixture.storeId("PETS-TM");
        SettlementData contracts = new SettlementData(api);
        Vendor full = vendor(api, fixture, contracts, store);
        Vendor partial = vendor(api, fixture, contracts, store);
        // Each contract has a month of its own: figures on its first two days.
        LocalDate a = contracts.start(full.contract());
        LocalDate b = contracts.start(partial.contract());
        publish(api, full, "agent_account,date,received,inquiries,paid_buyers,refunds,returns,disputes,ratings,"
                + "satisfied_ratings\n"
                + full.account() + "," + a + ",100,50,20,2,1,0,40,36\n"
                + full.account() + "," + a.plusDays(1) + ",100,50,20,0,0,0,10,9\n");
        publish(api, partial, "agent_account,date,received,inquiries,paid_buyers,satisfaction_rate\n"
                + partial.account() + "," + b + ",100,50,20,90\n"
                + partial.account() + "," + b.plusDays(1) + ",300,150,60,98\n");

        // Both months in one comparison: both vendors have figures, so they are ranked (one alone is not scored).
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = (a.isBefore(b) ? b : a).plusMonths(1).minusDays(1);
        JsonObject fullColumn = column(api, full, from, to);
        JsonObject kpis = fullColumn.getJsonObject("kpis");
        assertEquals(0, new BigDecimal("5.0000").compareTo(kpis.getJsonNumber("refundRate").bigDecimalValue()),
                kpis::toString);
        assertEquals(0, new BigDecimal("90.0000").compareTo(kpis.getJsonNumber("satisfactionRate").bigDecimalValue()));

        JsonObject partialColumn = column(api, partial, from, to);
        JsonObject none = partialColumn.getJsonObject("kpis");
        for (String rate : List.of("refundRate", "returnRate", "disputeRate")) {
            assertTrue(noFigure(none, rate), () -> rate + " in " + none);
        }
        // (90 × 100 + 98 × 300) / 400 customers received = 96 %.
        assertEquals(0, new BigDecimal("96.0000").compareTo(none.getJsonNumber("satisfactionRate").bigDecimalValue()),
                none::toString);
        JsonObject refund = partialColumn.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("criterion").equals("REFUND_RATE")).findFirst().orElseThrow();
        assertTrue(noFigure(refund, "value"), refund::toString);
        assertFalse(refund.getBoolean("hasFigure"));
        assertEquals(0, refund.getJsonNumber("normalised").bigDecimalValue().signum(), "no credit for absence");
        assertTrue(fullColumn.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("criterion").equals("REFUND_RATE")).allMatch(c -> c.getBoolean("hasFigure")));
    }

    /** No figure: JSON-B leaves a null property out (or writes null). */
    private static boolean noFigure(JsonObject o, String key) {
        return !o.containsKey(key) || o.get(key).getValueType() == JsonValue.ValueType.NULL;
    }

    private record Vendor(long id, String name, long contract, String account, Api.Login lead) {
    }

    /** A new vendor with a contract in PETS-TM, an agent with one account there and a lead of its own. */
    private static Vendor vendor(Api api, Fixture fixture, SettlementData contracts, long store) {
        JsonObject vendor = fixture.newVendor();
        long id = vendor.getJsonNumber("id").longValue();
        long contract = contracts.contract(MANAGER, store, id);
        String account = fixture.unique("nofig");
        expect(201, api.post(ADMIN, "api/vendors/" + id + "/agents", Json.createObjectBuilder()
                .add("displayName", fixture.unique("坐席")).add("accounts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("storeId", store).add("accountName", account))).build()));
        String lead = fixture.unique("nflead").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", lead)
                .add("displayName", "无数据主管").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("VENDOR_LEAD")).add("vendorId", id).build()));
        return new Vendor(id, vendor.getString("name"), contract, account, new Api.Login(lead, "Throwaway-pw-1"));
    }

    private static void publish(Api api, Vendor v, String csv) throws InterruptedException {
        Api.Reply reply = api.send(v.lead().authorization(), "POST", "api/kpi-imports?store=PETS-TM"
                + "&fileName=no-figure.csv", csv, "text/csv; charset=UTF-8");
        assertEquals(202, reply.status(), reply::toString);
        long id = reply.json().getJsonNumber("id").longValue();
        api.published(id, 240);
    }

    /** The vendor's column of the comparison of PETS-TM over the period. */
    private static JsonObject column(Api api, Vendor v, LocalDate from, LocalDate to) {
        JsonObject view = expect(200, api.get(MANAGER, "api/comparisons?stores=PETS-TM&from=" + from + "&to="
                + to)).json();
        assertTrue(view.getBoolean("ranked"), view::toString);
        return ComparisonIT.column(view, v.name());
    }
}
