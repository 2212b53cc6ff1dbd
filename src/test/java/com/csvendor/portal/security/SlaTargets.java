package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The SLA cells of the matrix (results, incidents, disputes). Own: an incident of YF-PETS (the
 * manager's store, the lead's vendor) and a dispute of one by the lead. Foreign for the lead: an
 * incident of SL-PETS (another vendor in the manager's store) and a dispute of it by a lead of
 * 声联服务; for the others: an incident of XC-BEAUTY recorded by a manager of BEAUTY-DY and disputed
 * by a lead of 星辰客服 (both made for the purpose). Made once per run; a successful decision acts
 * on a dispute made for it.
 */
final class SlaTargets {

    private static final String PASSWORD = "Throwaway-pw-1";

    private static long ownIncident;
    private static long rivalIncident;
    private static long outsideIncident;
    private static long ownDispute;
    private static long rivalDispute;
    private static long outsideDispute;
    private static long evaluationJob;
    private static final YearMonth LAST_MONTH = YearMonth.now(BusinessTime.ZONE).minusMonths(1);

    private final Api api;
    private final Fixture fixture;
    private final DemoIds ids;

    SlaTargets(Api api, Fixture fixture, DemoIds ids) {
        this.api = api;
        this.fixture = fixture;
        this.ids = ids;
    }

    static boolean concerns(Row row) {
        return row.path().startsWith("api/sla-results") || row.path().startsWith("api/incidents")
                || row.path().startsWith("api/disputes");
    }

    private synchronized void prepare() {
        if (ownIncident != 0) {
            return;
        }
        Api.Login rivalLead = user("VENDOR_LEAD", ids.rivalVendor(), null);
        Api.Login outsideLead = user("VENDOR_LEAD", ids.outsideVendor(), null);
        Api.Login beautyManager = user("STORE_MANAGER", null, ids.foreignStore());
        ownIncident = incident(MANAGER, ids.ownContract());
        rivalIncident = incident(MANAGER, ids.rivalContract());
        outsideIncident = incident(beautyManager, ids.outsideContract());
        ownDispute = dispute(LEAD, incident(MANAGER, ids.ownContract()));
        rivalDispute = dispute(rivalLead, incident(MANAGER, ids.rivalContract()));
        outsideDispute = dispute(outsideLead, incident(beautyManager, ids.outsideContract()));
    }

    long incident(Role role, Scope scope) {
        prepare();
        return scope == Scope.OWN ? ownIncident : role == Role.VENDOR_LEAD ? rivalIncident : outsideIncident;
    }

    /** A dispute; a fresh open one of the own contract when the call decides it successfully. */
    long dispute(Role role, Scope scope, boolean decides) {
        prepare();
        if (scope == Scope.OWN) {
            return decides ? dispute(LEAD, incident(MANAGER, ids.ownContract())) : ownDispute;
        }
        return role == Role.VENDOR_LEAD ? rivalDispute : outsideDispute;
    }

    String query(Row row) {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        return switch (row.toString()) {
            case "POST /api/sla-results/evaluate" -> "?contract=" + ids.ownContract() + "&from=" + today.minusDays(7)
                    + "&to=" + today;
            case "POST /api/sla-results/evaluate-all" -> "?month=" + LAST_MONTH;
            default -> "";
        };
    }

    /** An "evaluate all" job of last month (the one running, or a new one finance starts). */
    long job() {
        synchronized (SlaTargets.class) {
            if (evaluationJob == 0) {
                evaluationJob = expect(202, api.post(Api.FINANCE, "api/sla-results/evaluate-all?month=" + LAST_MONTH,
                        null)).json().getJsonNumber("id").longValue();
            }
            return evaluationJob;
        }
    }

    /** A valid body, so that the answer is about role and scope alone. */
    JsonObject body(Row row) {
        return switch (row.toString()) {
            case "POST /api/incidents" -> incidentBody(ids.ownContract());
            case "POST /api/disputes" -> Json.createObjectBuilder().add("subjectType", "INCIDENT")
                    .add("subjectId", incident(MANAGER, ids.ownContract())).add("comment", "质检标准不一致").build();
            case "POST /api/disputes/{id}/accept" -> Json.createObjectBuilder().add("comment", "同意").build();
            case "POST /api/disputes/{id}/reject" -> Json.createObjectBuilder().add("comment", "证据充分").build();
            default -> null;
        };
    }

    /** What a successful answer shows. */
    static void verify(Row row, Role role, long id, Api.Reply reply) {
        switch (row.method() + " " + row.action()) {
            case "GET sla-results", "GET incidents", "GET disputes" -> {
                JsonArray list = reply.array();
                if (role == Role.VENDOR_LEAD) {
                    assertTrue(list.getValuesAs(JsonObject.class).stream()
                            .noneMatch(o -> o.getString("contractNumber", "YF-").startsWith("SL-")
                                    || o.getString("contractNumber", "YF-").startsWith("XC-")), reply::toString);
                }
            }
            case "GET {id}" -> {
                if (row.path().contains("/cycles/")) {
                    assertTrue(reply.array().getValuesAs(JsonObject.class).stream()
                            .allMatch(c -> c.getJsonNumber("contractId").longValue() == id), reply::toString);
                } else {
                    assertEquals(id, reply.json().getJsonNumber("id").longValue(), reply::toString);
                }
            }
            case "POST evaluate" -> assertTrue(reply.json().getInt("results") >= 0, reply::toString);
            case "POST evaluate-all" -> {
                assertEquals("SLA_EVALUATE_ALL", reply.json().getString("kind"), reply::toString);
                assertTrue(reply.header("Location").orElseThrow().endsWith("/api/sla-results/jobs/"
                        + reply.json().getJsonNumber("id").longValue()), reply::toString);
            }
            case "POST accept" -> assertEquals("ACCEPTED", reply.json().getString("status"), reply::toString);
            case "POST reject" -> assertEquals("REJECTED", reply.json().getString("status"), reply::toString);
            default -> throw new AssertionError("no check for " + row);
        }
    }

    private long incident(Api.Login login, long contractId) {
        return expect(201, api.post(login, "api/incidents", incidentBody(contractId))).json().getJsonNumber("id")
                .longValue();
    }

    private JsonObject incidentBody(long contractId) {
        return Json.createObjectBuilder().add("contractId", contractId).add("occurredOn",
                LocalDate.now(BusinessTime.ZONE).minusDays(1).toString()).add("type", "FORBIDDEN_PHRASE")
                .add("evidence", fixture.unique("会话记录：客服回复“自己看”")).build();
    }

    private long dispute(Api.Login login, long incidentId) {
        return expect(201, api.post(login, "api/disputes", Json.createObjectBuilder().add("subjectType", "INCIDENT")
                .add("subjectId", incidentId).add("comment", "顾客先辱骂客服").build())).json().getJsonNumber("id")
                .longValue();
    }

    private Api.Login user(String role, Long vendorId, Long storeId) {
        String name = fixture.unique("sla" + role.charAt(0)).toLowerCase(Locale.ROOT);
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
}
