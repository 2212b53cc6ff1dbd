package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;

import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The contract routes of the matrix: the query a route needs, the body each call sends, and the
 * throwaway contracts that the successful writes change — in the manager's store with a vendor
 * made for them, so that bringing one into force overlaps no other contract, in this run or later.
 */
record ContractTargets(Api api, Fixture fixture, DemoIds ids) {

    private static final LocalDate START = LocalDate.of(2031, 1, 1);

    /** A new draft of the manager's; already in force when the action is an amendment or a staffing request. */
    long throwaway(String action) {
        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts", ContractJson.form(ids.ownStore(),
                id(fixture.newVendor()), fixture.unique("M-"), terms()))).json();
        if (action.equals("amendments") || action.equals("staffing-requests")) {
            expect(200, api.post(MANAGER, "api/contracts/" + id(draft) + "/status",
                    ContractJson.status("ACTIVE", version(draft))));
        }
        return id(draft);
    }

    /** Diff compares the own contract's two versions; a foreign one has only one. */
    String query(Row row, Scope scope) {
        return switch (row.method() + " " + row.path()) {
            case "POST api/contracts/check" -> "?vendorId=" + ids.outsideVendor();
            case "GET api/contracts/{id}/diff" -> scope == Scope.OWN ? "?from=1&to=2" : "?from=1&to=1";
            default -> "";
        };
    }

    /** A valid body, so that the answer is about role and scope alone; {@code formId} names the contract read. */
    JsonStructure body(Row row, long formId, boolean succeeds) {
        return switch (row.method() + " " + row.path()) {
            case "POST api/contracts" -> ContractJson.form(ids.ownStore(), ids.outsideVendor(), fixture.unique("M-"),
                    terms());
            case "POST api/contracts/import" -> Json.createArrayBuilder().add(ContractJson.imported(Fixture.OWN_STORE,
                    fixture.newVendor().getString("creditCode"), fixture.unique("M-"), "ACTIVE", terms(),
                    Json.createArrayBuilder().build())).build();
            case "POST api/contracts/check" -> ContractJson.json(unusualVat());
            case "PUT api/contracts/{id}" -> edit(read(formId), succeeds);
            case "POST api/contracts/{id}/status" -> ContractJson.status("ACTIVE", version(read(formId)));
            case "POST api/contracts/{id}/amendments" -> amendment(read(formId));
            case "POST api/contracts/{id}/staffing-requests" -> Json.createObjectBuilder().add("agents", 2)
                    .add("fromDate", START.plusMonths(2).toString()).add("note", "矩阵测试").build();
            default -> null;
        };
    }

    private JsonObject read(long id) {
        return fixture.read("api/contracts/" + id);
    }

    private JsonObject edit(JsonObject contract, boolean succeeds) {
        String number = succeeds ? fixture.unique("改-") : contract.getString("number");
        return ContractJson.form(id(contract, "storeId"), id(contract, "vendorId"), number,
                contract.getJsonObject("terms")).add("version", version(contract)).build();
    }

    /** The terms as read with the seat price raised, a month after the current version took effect. */
    private static JsonObject amendment(JsonObject contract) {
        JsonObject terms = contract.getJsonObject("terms");
        JsonObject raised = Json.createObjectBuilder(terms).add("fees", Json.createObjectBuilder(
                terms.getJsonObject("fees")).add("seatPrice", new BigDecimal("5200.00"))).build();
        LocalDate from = LocalDate.parse(contract.getString("effectiveFrom")).plusMonths(1);
        return ContractJson.amendment(from, "矩阵测试：调价", raised, version(contract));
    }

    private static ContractTerms terms() {
        return ContractJson.terms(START, START.plusYears(1).minusDays(1));
    }

    /** 3 % for 星辰客服, a general taxpayer: a warning, not an error. */
    private static ContractTerms unusualVat() {
        ContractTerms t = terms();
        t.getTax().setVatRatePercent(new BigDecimal("3"));
        return t;
    }

    private static long id(JsonObject object) {
        return id(object, "id");
    }

    private static long id(JsonObject object, String field) {
        return object.getJsonNumber(field).longValue();
    }

    private static long version(JsonObject contract) {
        return contract.getJsonNumber("version").longValue();
    }
}
