package com.csvendor.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;

/**
 * The vendor-comparison cells of the matrix: the manager's store PETS-TM over the last three
 * months; the drill-down into 声联服务, which has a contract there; the weights written back as the
 * defaults, so no other test sees a changed ranking. Scope by store is checked in ComparisonIT
 * (a foreign store code answers 404 like a missing one).
 */
record ComparisonTargets(Fixture fixture) {

    static final String[] DEFAULT_WEIGHTS = {"CONVERSION_RATE", "20", "FIRST_RESPONSE_SECONDS", "15",
        "SATISFACTION_RATE", "20", "RESPONSE_3MIN_RATE", "15", "REFUND_RATE", "10", "SLA_COMPLIANCE", "10",
        "COST_PER_RECEIVED", "10"};

    static boolean concerns(Row row) {
        return row.path().startsWith("api/comparisons");
    }

    String query(Row row) {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        String period = "stores=" + Fixture.OWN_STORE + "&from=" + today.withDayOfMonth(1).minusMonths(3) + "&to="
                + today;
        return switch (row.action()) {
            case "comparisons", "xlsx", "pdf" -> "?" + period;
            case "agents" -> "?" + period + "&vendor=" + fixture.vendorId(Fixture.RIVAL_VENDOR);
            default -> "";
        };
    }

    static String body(Row row) {
        if (!row.writes()) {
            return null;
        }
        JsonArrayBuilder weights = Json.createArrayBuilder();
        for (int i = 0; i < DEFAULT_WEIGHTS.length; i += 2) {
            weights.add(Json.createObjectBuilder().add("criterion", DEFAULT_WEIGHTS[i])
                    .add("weight", Integer.parseInt(DEFAULT_WEIGHTS[i + 1])));
        }
        return weights.build().toString();
    }

    static String accept(Row row) {
        return switch (row.action()) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json";
            case "pdf" -> "application/pdf, application/problem+json";
            default -> null;
        };
    }

    static void verify(Row row, Role role, Api.Reply reply) {
        switch (row.method() + " " + row.action()) {
            case "GET comparisons" -> {
                JsonObject view = reply.json();
                assertEquals(Fixture.OWN_STORE, view.getJsonArray("stores").getJsonObject(0).getString("code"));
                assertEquals(7, view.getJsonArray("weights").size(), reply::toString);
            }
            case "GET agents" -> assertEquals(Fixture.RIVAL_VENDOR, reply.json().getString("vendorName"),
                    reply::toString);
            case "GET weights", "PUT weights" -> assertEquals(7, reply.array().size(), reply::toString);
            case "GET xlsx" -> {
                assertTrue(reply.body().startsWith("PK"), "a zip (XLSX) file");
                assertTrue(reply.header("Content-Disposition").orElse("").contains(".xlsx"), reply::toString);
            }
            case "GET pdf" -> assertTrue(reply.body().startsWith("%PDF"), "a PDF");
            default -> throw new AssertionError("no check for " + row + " as " + role);
        }
        assertFalse(reply.body().isEmpty(), reply::toString);
    }
}
