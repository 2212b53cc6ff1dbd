package com.csvendor.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a successful answer of a contract route must show besides its status. */
record ContractChecks(DemoIds ids, Role role, Scope scope) {

    void verify(Row row, long id, Api.Reply reply) {
        switch (row.method() + " " + row.path()) {
            case "GET api/contracts" -> verifyList(reply);
            case "GET api/contracts/alerts" -> assertTrue(objects(reply).stream()
                    .anyMatch(a -> id(a, "contractId") == ids.ownContract()), reply::toString);
            case "GET api/contracts/{id}" -> assertEquals(id, id(reply.json(), "id"), reply::toString);
            case "GET api/contracts/{id}/versions" -> verifyVersions(reply);
            case "GET api/contracts/{id}/versions/{number}" -> {
                assertEquals(id, id(reply.json(), "id"), reply::toString);
                assertEquals(1, reply.json().getInt("versionNumber"), reply::toString);
            }
            case "GET api/contracts/{id}/diff" -> verifyDiff(reply);
            case "GET api/contracts/{id}/audit" ->
                    assertEquals("CREATED", objects(reply).get(0).getString("action"), reply::toString);
            case "GET api/contracts/{id}/report-ledger", "GET api/contracts/{id}/staffing",
                    "GET api/contracts/{id}/dedicated-agent-flags" ->
                    assertEquals(id, id(reply.json(), "contractId"), reply::toString);
            case "GET api/contracts/{id}/staffing-requests" -> objects(reply).forEach(r ->
                    assertEquals(id, id(r, "contractId"), reply::toString));
            case "GET api/contracts/{id}/pdf" -> {
                assertTrue(reply.header("Content-Type").orElse("").startsWith("application/pdf"), reply::request);
                assertTrue(reply.body().startsWith("%PDF"), reply::request);
            }
            case "POST api/contracts/import" -> {
                List<JsonObject> imported = objects(reply);
                assertEquals(1, imported.size(), reply::toString);
                assertEquals("ACTIVE", imported.get(0).getString("status"), reply::toString);
            }
            case "POST api/contracts/check" -> assertEquals(List.of("tax.vatRatePercent"),
                    objects(reply).stream().map(n -> n.getString("field")).toList(), reply::toString);
            case "PUT api/contracts/{id}" -> assertTrue(reply.json().getString("number").startsWith("改-"),
                    reply::toString);
            case "POST api/contracts/{id}/status" -> assertEquals("ACTIVE", reply.json().getString("status"));
            case "POST api/contracts/{id}/amendments" -> {
                assertEquals(2, reply.json().getInt("versionNumber"), reply::toString);
                assertEquals(2, reply.json().getInt("versionCount"), reply::toString);
            }
            default -> fail("no check for " + row);
        }
    }

    /**
     * Finance and administrators see every contract, drafts too; a manager those of their stores;
     * a lead their vendor's, without drafts.
     */
    private void verifyList(Api.Reply reply) {
        List<JsonObject> contracts = objects(reply);
        Set<Long> listed = contracts.stream().map(c -> id(c, "id")).collect(Collectors.toSet());
        assertTrue(listed.contains(ids.ownContract()), reply::toString);
        switch (role) {
            case STORE_MANAGER -> {
                assertTrue(listed.contains(ids.rivalContract()) && !listed.contains(ids.outsideContract()),
                        reply::toString);
                contracts.forEach(c -> assertTrue(ids.managedAndServedStores().contains(id(c, "storeId")),
                        c::toString));
            }
            case VENDOR_LEAD -> {
                assertFalse(listed.contains(ids.rivalContract()) || listed.contains(ids.outsideContract()),
                        reply::toString);
                contracts.forEach(c -> assertEquals(ids.leadVendor(), id(c, "vendorId"), c::toString));
                contracts.forEach(c -> assertFalse(c.getString("status").equals("DRAFT"), c::toString));
            }
            default -> {
                assertTrue(listed.containsAll(Set.of(ids.rivalContract(), ids.outsideContract())), reply::toString);
                assertTrue(contracts.stream().anyMatch(c -> c.getString("status").equals("DRAFT")), reply::toString);
            }
        }
    }

    /** The own contract was amended once: version 1 is in force until the day before version 2. */
    private void verifyVersions(Api.Reply reply) {
        List<JsonObject> versions = objects(reply);
        assertEquals(1, versions.get(0).getInt("number"), reply::toString);
        if (scope == Scope.OWN) {
            assertEquals(2, versions.size(), reply::toString);
            LocalDate second = LocalDate.parse(versions.get(1).getString("effectiveFrom"));
            assertEquals(second.minusDays(1).toString(), versions.get(0).getString("effectiveTo"), reply::toString);
        }
    }

    /** Version 2 of the own contract raised the seat price; a version compared with itself shows nothing. */
    private void verifyDiff(Api.Reply reply) {
        List<String> paths = objects(reply).stream().map(c -> c.getString("path")).toList();
        if (scope == Scope.OWN) {
            assertTrue(paths.contains("fees.seatPrice"), reply::toString);
        } else {
            assertEquals(List.of(), paths, reply::toString);
        }
    }

    private static List<JsonObject> objects(Api.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static long id(JsonObject object, String field) {
        return object.getJsonNumber(field).longValue();
    }
}
