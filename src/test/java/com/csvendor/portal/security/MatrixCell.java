package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;

/** One cell of the matrix: prepares its target, calls, and checks the answer. */
record MatrixCell(Api api, Fixture fixture, DemoIds ids, Row row, Role role, Scope scope) {

    void run() {
        int expected = row.expected(role, scope);
        long id = targetId(expected < 300);
        Api.Reply reply = call(id);
        assertEquals(expected, reply.status(), () -> role + " " + scope + ": " + reply);
        if (expected >= 400) {
            AccessMatrixIT.assertProblem(reply, expected);
        } else {
            new SuccessCheck(api, fixture, ids, row, role, scope).verify(id, reply);
        }
        if (expected == 404 && scope == Scope.FOREIGN) {
            Api.Reply missing = call(Fixture.MISSING_ID);
            assertEquals(404, missing.status(), missing::toString);
            assertEquals(withoutId(missing.body(), Fixture.MISSING_ID), withoutId(reply.body(), id),
                    "a foreign object must answer exactly like a missing one");
        }
    }

    /** The body with the id, as a whole number, replaced: id 4 must not turn status 404 into {id}0{id}. */
    private static String withoutId(String body, long id) {
        return body.replaceAll("(?<![0-9])" + id + "(?![0-9])", "{id}");
    }

    private Api.Reply call(long id) {
        if (KpiTargets.concerns(row)) {
            boolean upload = row.method().equals("POST") && !row.hasId();
            Api client = row.path().endsWith(".csv") ? api.accepting("text/csv, application/problem+json") : api;
            return client.send(role.login.authorization(), row.method(), row.path(id),
                    upload ? new KpiTargets(api, fixture).report() : null, upload ? "text/csv; charset=UTF-8" : null);
        }
        if (SlaTargets.concerns(row)) {
            JsonStructure body = sla().body(row);
            return api.send(role.login, row.method(), row.path(id) + sla().query(row),
                    body == null ? null : body.toString());
        }
        if (StatementTargets.concerns(row)) {
            String accept = StatementTargets.accept(row);
            return (accept == null ? api : api.accepting(accept)).send(role.login, row.method(), row.path(id),
                    statements().body(row, role, id));
        }
        if (StaffingTargets.concerns(row)) {
            return api.send(role.login, row.method(), row.path(id),
                    row.writes() ? StaffingTargets.body(row).toString() : null);
        }
        if (ComparisonTargets.concerns(row)) {
            String accept = ComparisonTargets.accept(row);
            Api client = accept == null ? api : api.accepting(accept);
            return client.send(role.login, row.method(), row.path(id) + new ComparisonTargets(fixture).query(row),
                    ComparisonTargets.body(row));
        }
        JsonStructure body = body(id);
        Api client = row.action().equals("pdf") ? api.accepting("application/pdf, application/problem+json") : api;
        return client.send(role.login, row.method(), row.path(id) + contracts().query(row, scope),
                body == null ? null : body.toString());
    }

    private SlaTargets sla() {
        return new SlaTargets(api, fixture, ids);
    }

    private StatementTargets statements() {
        return new StatementTargets(api, ids);
    }

    private ContractTargets contracts() {
        return new ContractTargets(api, fixture, ids);
    }

    private long targetId(boolean succeeds) {
        if (scope == Scope.MISSING) {
            return Fixture.MISSING_ID;
        }
        boolean throwaway = succeeds && row.writes() && !row.path().endsWith("/agents");
        String action = row.action();
        return switch (row.kind()) {
            case NONE -> 0;
            case STORE -> throwaway ? prepared(fixture.newStore(), "api/stores/", action) : ids.store(scope);
            case VENDOR -> throwaway ? prepared(fixture.newVendor(), "api/vendors/", action)
                    : ids.vendor(role, scope);
            case AGENT -> throwaway ? prepared(newAgent(), "api/agents/", action) : ids.agent(role, scope);
            case USER -> throwaway ? prepared(fixture.newUser("Throwaway-pw-1"), "api/users/", action)
                    : fixture.userId(scope == Scope.OWN ? role.login.username()
                            : role == Role.ADMIN ? Api.MANAGER.username() : Api.ADMIN.username());
            case CONTRACT -> throwaway ? contracts().throwaway(action) : ids.contract(role, scope);
            case KPI_IMPORT -> new KpiTargets(api, fixture).id(role, scope);
            case PROFILE -> throwaway ? prepared(fixture.newProfile(), "api/kpi-profiles/", action) : ids.profile(scope);
            case INCIDENT -> sla().incident(role, scope);
            case DISPUTE -> sla().dispute(role, scope, succeeds && row.writes());
            case STATEMENT -> statements().statement(role, scope, succeeds && row.writes(), action);
            case TEMPORARY_AGENTS -> statements().temporaryAgents(role, scope);
            case JOB -> statements().job();
            case SLA_JOB -> sla().job();
            case STAFFING_REQUEST -> new StaffingTargets(api, fixture, ids).request(role, scope, succeeds && row.writes());
        };
    }

    /** A throwaway agent in the scope: of the lead's vendor in PETS-TM, or of 星辰客服 in BEAUTY-DY. */
    private JsonObject newAgent() {
        long vendor = scope == Scope.OWN ? ids.leadVendor() : ids.outsideVendor();
        return fixture.newAgent(vendor, ids.homeStoreOf(vendor));
    }

    /** Puts a throwaway into the state the action changes back: inactive before reactivate, left before rejoin. */
    private long prepared(JsonObject created, String collection, String action) {
        long id = created.getJsonNumber("id").longValue();
        String undo = switch (action) {
            case "reactivate" -> "deactivate";
            case "rejoin" -> "leave";
            default -> null;
        };
        if (undo != null) {
            expect(200, api.post(ADMIN, collection + id + "/" + undo, null));
        }
        return id;
    }

    private JsonStructure body(long id) {
        boolean succeeds = row.expected(role, scope) < 300;
        String edited = succeeds ? fixture.unique("改 ") : null;
        long formId = id == Fixture.MISSING_ID ? targetForForm() : id;
        if (row.path().startsWith("api/contracts")) {
            return contracts().body(row, formId, succeeds);
        }
        return switch (row.method() + " " + row.path()) {
            case "POST api/stores" -> fixture.newStoreBody();
            case "POST api/vendors" -> fixture.newVendorBody();
            case "POST api/users" -> fixture.newUserBody("Throwaway-pw-1");
            case "PUT api/me/password" -> Json.createObjectBuilder()
                    .add("currentPassword", "not-the-password").add("newPassword", fixture.unique("New-pw-")).build();
            case "POST api/kpi-profiles" -> fixture.newProfileBody();
            case "POST api/vendors/{id}/agents" -> fixture.newAgentBody(ids.homeStoreOf(formId));
            case "PUT api/me/notification-preferences" -> unchanged(api.get(role.login,
                    "api/me/notification-preferences").json());
            case "PUT api/stores/{id}" -> renamed(Fixture.storeForm(fixture.read("api/stores/" + formId)), "name", edited);
            case "PUT api/vendors/{id}" ->
                    renamed(Fixture.vendorForm(fixture.read("api/vendors/" + formId)), "legalName", edited);
            case "PUT api/agents/{id}" ->
                    renamed(Fixture.agentForm(fixture.read("api/agents/" + formId)), "displayName", edited);
            case "PUT api/users/{id}" ->
                    renamed(Fixture.userForm(fixture.read("api/users/" + formId)), "displayName", edited);
            case "PUT api/kpi-profiles/{id}" ->
                    renamed(Fixture.profileForm(fixture.read("api/kpi-profiles/" + formId)), "name", edited);
            default -> null;
        };
    }

    /** For a missing id the body must still be valid, so that the answer is about the id alone. */
    private long targetForForm() {
        return switch (row.kind()) {
            case STORE -> ids.ownStore();
            case VENDOR -> ids.leadVendor();
            case AGENT -> ids.ownAgent();
            case USER -> fixture.userId(Api.FINANCE.username());
            case CONTRACT -> ids.ownContract();
            case PROFILE -> ids.ownProfile();
            case KPI_IMPORT, INCIDENT, DISPUTE, STATEMENT, TEMPORARY_AGENTS, JOB, SLA_JOB, STAFFING_REQUEST, NONE -> 0;
        };
    }

    /** One's own notification settings sent back as read: the call changes nothing. */
    private static JsonObject unchanged(JsonObject settings) {
        return jakarta.json.Json.createObjectBuilder().add("language", settings.getString("language"))
                .add("notifications", settings.getJsonArray("notifications")).build();
    }

    private static JsonObject renamed(JsonObjectBuilder form, String field, String value) {
        return value == null ? form.build() : form.add(field, value).build();
    }
}
