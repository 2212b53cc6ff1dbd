package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a successful answer must show besides its status. */
record SuccessCheck(Api api, Fixture fixture, DemoIds ids, Row row, Role role, Scope scope) {

    void verify(long id, Api.Reply reply) {
        String action = row.action();
        if (row.method().equals("DELETE")) {
            assertEquals(204, reply.status(), reply::toString);
            assertEquals("", reply.body(), reply::toString);
            Api.Reply gone = api.get(ADMIN, row.path(id));
            assertEquals(404, gone.status(), gone::toString);
            return;
        }
        if (reply.status() == 201) {
            long created = reply.json().getJsonNumber("id").longValue();
            String location = reply.header("Location").orElse("");
            assertTrue(location.endsWith("/" + created), () -> "Location " + location + " of " + reply);
            expect(200, api.get(ADMIN, location));
            return;
        }
        if (row.path().startsWith("api/contracts")) {
            new ContractChecks(ids, role, scope).verify(row, id, reply);
        } else if (SlaTargets.concerns(row)) {
            SlaTargets.verify(row, role, id, reply);
        } else if (StatementTargets.concerns(row)) {
            StatementTargets.verify(row, role, id, reply);
        } else if (StaffingTargets.concerns(row)) {
            StaffingTargets.verify(row, id, reply);
        } else if (ComparisonTargets.concerns(row)) {
            ComparisonTargets.verify(row, role, reply);
        } else if (KpiTargets.concerns(row)) {
            KpiTargets.verify(row, id, reply);
        } else {
            verifyOther(action, id, reply);
        }
        if (row.writes() && row.hasId()) {
            verifyVersionIsTheStoredOne(id, reply);
        }
    }

    private void verifyOther(String action, long id, Api.Reply reply) {
        switch (row.method() + " " + action) {
            case "GET me" -> {
                assertEquals(role.login.username(), reply.json().getString("username"));
                assertEquals(List.of(role.name()), reply.json().getJsonArray("roles").getValuesAs(
                        JsonString.class).stream().map(JsonString::getString).toList());
            }
            case "GET notification-preferences", "PUT notification-preferences" ->
                    assertTrue(reply.json().containsKey("notifications"), reply::toString);
            case "GET stores" -> verifyStoreList(reply);
            case "GET vendors" -> verifyVendorList(reply);
            case "GET {id}" -> assertEquals(id, reply.json().getJsonNumber("id").longValue(), reply::toString);
            case "GET agents" -> verifyAgentList(reply);
            case "GET kpi-profiles" -> verifyProfileList(reply);
            case "PUT {id}" -> verifyEdit(reply);
            case "POST deactivate", "POST reactivate" ->
                    assertEquals(action.equals("reactivate"), reply.json().getBoolean("active"), reply::toString);
            case "POST leave", "POST rejoin" -> assertEquals(action.equals("leave") ? "LEFT" : "ACTIVE",
                    reply.json().getString("status"), reply::toString);
            case "POST check" -> assertTrue(reply.json().getInt("reportsAnnounced") >= 0
                    && reply.json().getInt("contractsJudged") >= 0, reply::toString);
            default -> reply.array();
        }
    }

    /**
     * The answer to a change carries the version now stored, so that a client can send it with
     * its next edit (an older one would be refused as stale).
     */
    private void verifyVersionIsTheStoredOne(long id, Api.Reply reply) {
        String collection = row.path().substring(0, row.path().indexOf("/{id}"));
        JsonObject stored = fixture.read(collection + "/" + id);
        assertEquals(stored.getJsonNumber("version"), reply.json().getJsonNumber("version"),
                () -> "version in the answer of " + reply.request() + " differs from the stored one: " + stored);
    }

    /** The answer shows the change that was sent. */
    private void verifyEdit(Api.Reply reply) {
        String field = switch (row.kind()) {
            case STORE -> "name";
            case VENDOR -> "legalName";
            case PROFILE -> "name";
            default -> "displayName";
        };
        assertTrue(reply.json().getString(field).startsWith("改 "), reply::toString);
    }

    /** Every role reads every profile, the built-in ones among them. */
    private void verifyProfileList(Api.Reply reply) {
        Set<String> codes = reply.array().getValuesAs(JsonObject.class).stream().map(p -> p.getString("code"))
                .collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("PORTAL", "TAOBAO", "JD", "DOUYIN")), reply::toString);
    }

    /** Managers see their stores, leads the stores their vendor works in, the others all. */
    private void verifyStoreList(Api.Reply reply) {
        Set<Long> listed = reply.array().getValuesAs(JsonObject.class).stream()
                .map(st -> st.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        if (role == Role.STORE_MANAGER || role == Role.VENDOR_LEAD) {
            assertEquals(ids.managedAndServedStores(), listed, reply::toString);
        } else {
            assertTrue(listed.containsAll(Set.of(ids.ownStore(), ids.foreignStore())), reply::toString);
        }
    }

    /** A vendor lead sees their own vendor only; everyone else every vendor. */
    private void verifyVendorList(Api.Reply reply) {
        Set<Long> listed = reply.array().getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        if (role == Role.VENDOR_LEAD) {
            assertEquals(Set.of(ids.leadVendor()), listed, reply::toString);
        } else {
            assertTrue(listed.containsAll(Set.of(ids.leadVendor(), ids.rivalVendor(), ids.outsideVendor())),
                    reply::toString);
        }
    }

    /** A store manager sees only agents with an account in their stores, and only those accounts. */
    private void verifyAgentList(Api.Reply reply) {
        List<JsonObject> agents = reply.array().getValuesAs(JsonObject.class);
        if (role == Role.STORE_MANAGER) {
            for (JsonObject agent : agents) {
                Set<Long> stores = agent.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getJsonNumber("storeId").longValue()).collect(Collectors.toSet());
                assertFalse(stores.isEmpty(), () -> "agent without an account in the manager's stores: " + agent);
                assertTrue(ids.managedAndServedStores().containsAll(stores), () -> "accounts outside the manager's stores: " + agent);
            }
            assertEquals(scope == Scope.FOREIGN, agents.isEmpty(), reply::toString);
        } else {
            assertFalse(agents.isEmpty(), reply::toString);
            List<Long> vendors = agents.stream().map(a -> a.getJsonNumber("vendorId").longValue())
                    .distinct().toList();
            assertEquals(List.of(ids.vendor(role, scope)), vendors, reply::toString);
        }
    }
}
