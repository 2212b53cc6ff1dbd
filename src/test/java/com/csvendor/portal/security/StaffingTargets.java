package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The staffing-request cells of the matrix. Own: a request on a contract of the manager's store
 * (PETS-TM) with the lead's vendor, made for the purpose — in force in 2031 just long enough to take
 * the request, then terminated, so that the next one (in this run or a later one) overlaps nothing;
 * a successful decision acts on a fresh one. Foreign for the lead: a request on SL-PETS (the manager's
 * store, another vendor); for the others: one on XC-BEAUTY by a manager of BEAUTY-DY.
 */
final class StaffingTargets {

    private static final LocalDate START = LocalDate.of(2031, 1, 1);
    private static long ownRequest;
    private static long rivalRequest;
    private static long outsideRequest;

    private final Api api;
    private final Fixture fixture;
    private final DemoIds ids;

    StaffingTargets(Api api, Fixture fixture, DemoIds ids) {
        this.api = api;
        this.fixture = fixture;
        this.ids = ids;
    }

    static boolean concerns(Row row) {
        return row.path().startsWith("api/staffing-requests");
    }

    private synchronized void prepare() {
        if (ownRequest != 0) {
            return;
        }
        ownRequest = fresh();
        LocalDate soon = LocalDate.now(BusinessTime.ZONE).plusDays(10);
        rivalRequest = request(MANAGER, ids.rivalContract(), soon);
        outsideRequest = request(manager(ids.foreignStore()), ids.outsideContract(), soon);
    }

    long request(Role role, Scope scope, boolean decides) {
        prepare();
        if (scope == Scope.OWN) {
            return decides ? fresh() : ownRequest;
        }
        return role == Role.VENDOR_LEAD ? rivalRequest : outsideRequest;
    }

    /** A request waiting for the lead, on a contract of PETS-TM with the lead's vendor made for it. */
    private synchronized long fresh() {
        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts", ContractJson.form(ids.ownStore(),
                ids.leadVendor(), fixture.unique("SR-"), ContractJson.terms(START, START.plusMonths(6))))).json();
        long contract = draft.getJsonNumber("id").longValue();
        JsonObject active = expect(200, api.post(MANAGER, "api/contracts/" + contract + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue()))).json();
        long request = request(MANAGER, contract, START.plusMonths(1));
        expect(200, api.post(MANAGER, "api/contracts/" + contract + "/status", Json.createObjectBuilder()
                .add("status", "TERMINATED").add("on", START.plusDays(1).toString()).add("reason", "矩阵测试结束")
                .add("version", active.getJsonNumber("version").longValue()).build()));
        return request;
    }

    private long request(Api.Login manager, long contract, LocalDate day) {
        return expect(201, api.post(manager, "api/contracts/" + contract + "/staffing-requests",
                Json.createObjectBuilder().add("agents", 1).add("fromDate", day.toString())
                        .add("toDate", day.toString()).add("note", "矩阵测试").build())).json()
                .getJsonNumber("id").longValue();
    }

    private Api.Login manager(long store) {
        String name = fixture.unique("srm").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", name).add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("STORE_MANAGER"))
                .add("storeIds", Json.createArrayBuilder().add(store)).build()));
        return new Api.Login(name, "Throwaway-pw-1");
    }

    /** A valid body, so that the answer is about role and scope alone. */
    static JsonObject body(Row row) {
        return Json.createObjectBuilder().add("note", row.action().equals("decline") ? "人手不足" : "好的").build();
    }

    /** What a successful answer shows. */
    static void verify(Row row, long id, Api.Reply reply) {
        assertEquals(id, reply.json().getJsonNumber("id").longValue(), reply::toString);
        switch (row.method() + " " + row.action()) {
            case "GET {id}" -> assertEquals(1, reply.json().getInt("agents"), reply::toString);
            case "POST accept" -> assertEquals("ACCEPTED", reply.json().getString("status"), reply::toString);
            case "POST decline" -> {
                assertEquals("DECLINED", reply.json().getString("status"), reply::toString);
                assertEquals("人手不足", reply.json().getString("decisionNote"), reply::toString);
            }
            case "POST withdraw" -> assertEquals("WITHDRAWN", reply.json().getString("status"), reply::toString);
            default -> fail("no check for " + row);
        }
    }
}
