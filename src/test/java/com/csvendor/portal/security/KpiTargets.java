package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * The KPI-import cells of the matrix. Own import: one of the lead's vendor for PETS-TM (the
 * manager's store); foreign: one of 星辰客服 for BEAUTY-DY, uploaded by a vendor lead of 星辰客服
 * made for the purpose. Both are small reports naming an account nobody holds, so they end
 * rejected — and can be run again. Made once per run of the matrix.
 */
final class KpiTargets {

    private static long own;
    private static long foreign;

    private final Api api;
    private final Fixture fixture;

    KpiTargets(Api api, Fixture fixture) {
        this.api = api;
        this.fixture = fixture;
    }

    static boolean concerns(Row row) {
        return row.path().startsWith("api/kpi-imports");
    }

    /** A report naming an account nobody holds, unique so that it is never a duplicate of an earlier one. */
    String report() {
        return "agent_account,date,received\n" + fixture.unique("萌宠旗舰店:新人") + ","
                + java.time.LocalDate.now(BusinessTime.ZONE).minusDays(3) + ",10\n";
    }

    synchronized long id(Role role, Scope scope) {
        if (own == 0) {
            own = finished(upload(LEAD, "PETS-TM"));
            JsonObject lead = expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder()
                    .add("username", fixture.unique("xclead").toLowerCase(Locale.ROOT)).add("displayName", "星辰主管")
                    .add("password", "Throwaway-pw-1").add("roles", Json.createArrayBuilder().add("VENDOR_LEAD"))
                    .add("vendorId", fixture.vendorId(Fixture.OUTSIDE_VENDOR)).build())).json();
            foreign = finished(upload(new Api.Login(lead.getString("username"), "Throwaway-pw-1"), "BEAUTY-DY"));
        }
        return scope == Scope.OWN ? own : foreign;
    }

    private long upload(Api.Login login, String store) {
        Api.Reply reply = api.send(login.authorization(), "POST", "api/kpi-imports?store=" + store, report(),
                "text/csv; charset=UTF-8");
        assertEquals(202, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private long finished(long id) {
        for (int i = 0; i < 120; i++) {
            Api.Reply reply = expect(200, api.get(ADMIN, "api/kpi-imports/" + id));
            String status = reply.json().getString("status");
            if (!List.of("QUEUED", "RUNNING").contains(status)) {
                assertEquals("REJECTED", status, reply::toString);
                return id;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("KPI import " + id + " did not finish");
    }

    /** What a successful answer shows. */
    static void verify(Row row, long id, Api.Reply reply) {
        switch (row.method() + " " + row.action()) {
            case "GET template.csv", "GET errors.csv" -> {
                assertTrue(reply.header("Content-Type").orElse("").startsWith("text/csv"), reply::toString);
                assertTrue(reply.body().startsWith("\uFEFF"), reply::toString);
                assertTrue(reply.header("Content-Disposition").orElse("").contains("filename*=UTF-8''"),
                        reply::toString);
            }
            case "GET kpi-imports" -> reply.array();
            case "GET {id}" -> assertEquals(id, reply.json().getJsonNumber("id").longValue(), reply::toString);
            case "POST kpi-imports" -> assertEquals("QUEUED RUNNING REJECTED".contains(
                    reply.json().getString("status")), true, reply::toString);
            case "POST rerun" -> assertEquals(id, reply.json().getJsonNumber("rerunOf").longValue(), reply::toString);
            case "POST register-accounts" -> assertTrue(reply.json().getInt("registered") >= 0, reply::toString);
            default -> throw new AssertionError("no check for " + row);
        }
    }
}
