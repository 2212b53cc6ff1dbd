package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Privilege and master-data changes leave a trace in the audit trail (issue 14, item 6): who,
 * when (UTC), before and after, read back through {@code GET /api/audit}; never a password.
 */
final class PrivilegeAuditRules {

    private static final String PASSWORD = "Throwaway-pw-1";

    private final Api api;
    private final Fixture fixture;

    PrivilegeAuditRules(Api api, Fixture fixture) {
        this.api = api;
        this.fixture = fixture;
    }

    Stream<DynamicTest> all() {
        return Stream.of(
                dynamicTest("a role change appears in the audit trail with who, when, before and after",
                        this::roleChange),
                dynamicTest("a password reset is audited without the password or its hash", this::passwordReset),
                dynamicTest("deactivation and reactivation of a user are audited", this::userActivation),
                dynamicTest("store and vendor changes are audited", this::storeAndVendor),
                dynamicTest("an agent's changes by the vendor lead are audited with the lead as actor", this::agent),
                dynamicTest("an id without the kind of subject -> 400 naming entity", this::idWithoutEntity));
    }

    private void roleChange() {
        Instant start = Instant.now().minusSeconds(5);
        JsonObject user = fixture.newUser(PASSWORD);
        long id = user.getJsonNumber("id").longValue();
        expect(200, api.put(ADMIN, "api/users/" + id, Fixture.userForm(user)
                .add("roles", Json.createArrayBuilder().add("ADMIN")).build()));

        List<JsonObject> entries = entries("USER", id);
        assertEquals(List.of("CREATED", "UPDATED"), actions(entries));
        JsonObject change = entries.get(1);
        assertEquals("admin", change.getString("actor"));
        Instant at = Instant.parse(change.getString("at"));
        assertTrue(!at.isBefore(start) && at.isBefore(Instant.now().plus(Duration.ofMinutes(1))), change::toString);
        assertTrue(change.getString("at").endsWith("Z"), () -> "not UTC: " + change);
        assertEquals(List.of("FINANCE"), json(change.getString("before")).getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of("ADMIN"), json(change.getString("after")).getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(change.getString("summary").contains("roles"), change::toString);
    }

    private void passwordReset() {
        JsonObject user = fixture.newUser(PASSWORD);
        long id = user.getJsonNumber("id").longValue();
        String secret = "Reset-pw-" + fixture.unique("");
        expect(200, api.put(ADMIN, "api/users/" + id, Fixture.userForm(user).add("password", secret).build()));

        Api.Reply reply = expect(200, api.get(ADMIN, "api/audit?entity=USER&id=" + id));
        assertEquals(List.of("CREATED", "PASSWORD_RESET"), actions(reply.array().getValuesAs(JsonObject.class)));
        String body = reply.body();
        assertFalse(body.contains(secret) || body.contains(PASSWORD), body);
        assertFalse(body.toLowerCase(Locale.ROOT).contains("\\\"password"), () -> "a password field in " + body);
        assertFalse(body.contains("PBKDF2") || body.contains("pbkdf2"), body);
    }

    private void userActivation() {
        long id = fixture.newUser(PASSWORD).getJsonNumber("id").longValue();
        expect(200, api.post(ADMIN, "api/users/" + id + "/deactivate", null));
        expect(200, api.post(ADMIN, "api/users/" + id + "/reactivate", null));
        List<JsonObject> entries = entries("USER", id);
        assertEquals(List.of("CREATED", "DEACTIVATED", "REACTIVATED"), actions(entries));
        assertFalse(json(entries.get(1).getString("after")).getBoolean("active"), entries::toString);
        assertTrue(json(entries.get(1).getString("before")).getBoolean("active"), entries::toString);
    }

    private void storeAndVendor() {
        JsonObject store = fixture.newStore();
        long storeId = store.getJsonNumber("id").longValue();
        expect(200, api.put(ADMIN, "api/stores/" + storeId, Fixture.storeForm(store).add("name", "改名").build()));
        List<JsonObject> storeEntries = entries("STORE", storeId);
        assertEquals(List.of("CREATED", "UPDATED"), actions(storeEntries));
        assertEquals("改名", json(storeEntries.get(1).getString("after")).getString("name"));
        assertEquals(store.getString("name"), json(storeEntries.get(1).getString("before")).getString("name"));

        long vendorId = fixture.newVendor().getJsonNumber("id").longValue();
        expect(200, api.post(ADMIN, "api/vendors/" + vendorId + "/deactivate", null));
        assertEquals(List.of("CREATED", "DEACTIVATED"), actions(entries("VENDOR", vendorId)));
    }

    private void agent() {
        long vendor = fixture.vendorId(Fixture.LEAD_VENDOR);
        long agentId = expect(201, api.post(LEAD, "api/vendors/" + vendor + "/agents",
                fixture.newAgentBody(fixture.storeId(Fixture.OWN_STORE)))).json().getJsonNumber("id").longValue();
        expect(200, api.post(LEAD, "api/agents/" + agentId + "/leave", null));
        List<JsonObject> entries = entries("AGENT", agentId);
        assertEquals(List.of("CREATED", "LEFT"), actions(entries));
        assertEquals(List.of(LEAD.username(), LEAD.username()),
                entries.stream().map(e -> e.getString("actor")).toList());
        assertEquals("LEFT", json(entries.get(1).getString("after")).getString("status"));
    }

    private void idWithoutEntity() {
        Api.Reply reply = api.get(ADMIN, "api/audit?id=1");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("entity", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
    }

    private List<JsonObject> entries(String entity, long id) {
        return expect(200, api.get(ADMIN, "api/audit?entity=" + entity + "&id=" + id)).array()
                .getValuesAs(JsonObject.class);
    }

    private static List<String> actions(List<JsonObject> entries) {
        return entries.stream().map(e -> e.getString("action")).toList();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
