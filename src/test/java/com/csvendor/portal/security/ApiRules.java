package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.MANAGER;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The rules of the API beyond who may call what: validation naming the field, optimistic locking,
 * the sign-in throttle, and fields a role may not set. Each check makes its own throwaway objects.
 */
final class ApiRules {

    private final Api api;
    private final Fixture fixture;

    ApiRules(Api api, Fixture fixture) {
        this.api = api;
        this.fixture = fixture;
    }

    Stream<DynamicTest> all() {
        return Stream.of(
                dynamicTest("blank store name -> 400 naming name, nothing stored", this::blankStoreName),
                dynamicTest("wrong credit-code check character -> 400 naming creditCode", this::wrongCheckCharacter),
                dynamicTest("stale version on a store -> 409, first edit kept", this::staleStoreVersion),
                dynamicTest("stale version on an agent (vendor lead) -> 409", this::staleAgentVersion),
                dynamicTest("missing version -> 400 naming version", this::missingVersion),
                dynamicTest("each answer's version is good for the next edit", this::versionFromAnswerChains),
                dynamicTest("wrong passwords slow that user down from that address only: no lockout by a third party",
                        this::signInThrottle),
                dynamicTest("a deactivated user cannot sign in, a reactivated one can", this::deactivatedUser),
                dynamicTest("an administrator cannot deactivate themselves", this::adminKeepsOwnAccount),
                dynamicTest("vendor lead adding an agent to another vendor -> 404, nothing stored",
                        this::leadAddsAgentToOtherVendor),
                dynamicTest("vendor lead giving an agent an account in a foreign store -> 404",
                        this::leadUsesForeignStore),
                dynamicTest("vendor id, status and id sent by a vendor lead are ignored", this::leadCannotSetFields),
                dynamicTest("store manager sees only the accounts in their stores", this::managerSeesOwnAccountsOnly));
    }

    private void blankStoreName() {
        JsonObject body = Json.createObjectBuilder(fixture.newStoreBody()).add("name", "   ").build();
        Api.Reply reply = api.post(ADMIN, "api/stores", body);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("name"), fields(reply));
        assertTrue(api.get(ADMIN, "api/stores").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getString("code").equals(body.getString("code"))), "store was stored anyway");
    }

    private void wrongCheckCharacter() {
        JsonObject valid = fixture.newVendorBody();
        JsonObject wrong = Json.createObjectBuilder(valid)
                .add("creditCode", Fixture.withWrongCheckCharacter(valid.getString("creditCode"))).build();
        Api.Reply reply = api.post(ADMIN, "api/vendors", wrong);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("creditCode"), fields(reply));
        expect(201, api.post(ADMIN, "api/vendors", valid));
    }

    private void staleStoreVersion() {
        JsonObject store = fixture.newStore();
        String path = "api/stores/" + store.getJsonNumber("id");
        expect(200, api.put(ADMIN, path, Fixture.storeForm(store).add("name", "first edit").build()));
        Api.Reply stale = api.put(ADMIN, path, Fixture.storeForm(store).add("name", "second edit").build());
        assertEquals(409, stale.status(), stale::toString);
        AccessMatrixIT.assertProblem(stale, 409);
        assertEquals("first edit", fixture.read(path).getString("name"));
    }

    private void staleAgentVersion() {
        long vendor = fixture.vendorId(Fixture.LEAD_VENDOR);
        JsonObject agent = fixture.newAgent(vendor, fixture.storeId(Fixture.OWN_STORE));
        String path = "api/agents/" + agent.getJsonNumber("id");
        expect(200, api.put(LEAD, path, Fixture.agentForm(agent).add("displayName", "first").build()));
        Api.Reply stale = api.put(LEAD, path, Fixture.agentForm(agent).add("displayName", "second").build());
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("first", fixture.read(path).getString("displayName"));
    }

    private void missingVersion() {
        JsonObject store = fixture.newStore();
        Api.Reply reply = api.put(ADMIN, "api/stores/" + store.getJsonNumber("id"),
                Fixture.storeForm(store).remove("version").build());
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("version"), fields(reply));
    }

    /** Deactivate, edit, edit again, reactivate, each with the version the previous answer gave. */
    private void versionFromAnswerChains() {
        JsonObject store = fixture.newStore();
        String path = "api/stores/" + store.getJsonNumber("id");
        JsonObject answer = expect(200, api.post(ADMIN, path + "/deactivate", null)).json();
        answer = expect(200, api.put(ADMIN, path, Fixture.storeForm(answer).add("name", "edit 1").build())).json();
        answer = expect(200, api.put(ADMIN, path, Fixture.storeForm(answer).add("name", "edit 2").build())).json();
        expect(200, api.post(ADMIN, path + "/reactivate", null));
        assertEquals("edit 2", fixture.read(path).getString("name"));

        JsonObject user = fixture.newUser("Throwaway-pw-1");
        String userPath = "api/users/" + user.getJsonNumber("id");
        answer = expect(200, api.post(ADMIN, userPath + "/deactivate", null)).json();
        expect(200, api.put(ADMIN, userPath, Fixture.userForm(answer).add("displayName", "edited").build()));
    }

    private void signInThrottle() {
        String password = "Right-pw-" + fixture.unique("");
        Api.Login victim = new Api.Login(fixture.newUser(password).getString("username"), password);
        Api.Login bystander = new Api.Login(fixture.newUser(password).getString("username"), password);
        expect(200, api.get(victim, "api/me"));
        Api.Login wrong = new Api.Login(victim.username(), "wrong-" + password);
        for (int attempt = 1; attempt <= 8; attempt++) {
            AccessMatrixIT.assertUnauthorized(fromAddress("198.51.100.66", wrong));
        }
        AccessMatrixIT.assertUnauthorized(fromAddress("198.51.100.66", victim));
        assertEquals(200, fromAddress("203.0.113.10", victim).status(), "the victim from their own address is not kept out");
        assertEquals(bystander.username(), expect(200, api.get(bystander, "api/me")).json().getString("username"));
        assertEquals("admin", expect(200, api.get(ADMIN, "api/me")).json().getString("username"));
    }

    /** A call as if through the trusted proxy (the ITs trust 127.0.0.1) from this client address. */
    private Api.Reply fromAddress(String address, Api.Login login) {
        return api.withHeader("X-Forwarded-For", address).get(login, "api/me");
    }

    private void deactivatedUser() {
        String password = "Right-pw-" + fixture.unique("");
        JsonObject user = fixture.newUser(password);
        Api.Login login = new Api.Login(user.getString("username"), password);
        expect(200, api.get(login, "api/me"));
        expect(200, api.post(ADMIN, "api/users/" + user.getJsonNumber("id") + "/deactivate", null));
        AccessMatrixIT.assertUnauthorized(api.get(login, "api/me"));
        expect(200, api.post(ADMIN, "api/users/" + user.getJsonNumber("id") + "/reactivate", null));
        expect(200, api.get(login, "api/me"));
    }

    private void adminKeepsOwnAccount() {
        Api.Reply reply = api.post(ADMIN, "api/users/" + fixture.userId("admin") + "/deactivate", null);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(fixture.read("api/users/" + fixture.userId("admin")).getBoolean("active"));
    }

    private void leadAddsAgentToOtherVendor() {
        long rival = fixture.vendorId(Fixture.RIVAL_VENDOR);
        JsonObject body = fixture.newAgentBody(fixture.storeId(Fixture.OWN_STORE));
        Api.Reply reply = api.post(LEAD, "api/vendors/" + rival + "/agents", body);
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(agentNames(rival).stream().noneMatch(body.getString("displayName")::equals), "agent was stored");
    }

    private void leadUsesForeignStore() {
        long own = fixture.vendorId(Fixture.LEAD_VENDOR);
        JsonObject body = fixture.newAgentBody(fixture.storeId(Fixture.FOREIGN_STORE));
        Api.Reply reply = api.post(LEAD, "api/vendors/" + own + "/agents", body);
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(agentNames(own).stream().noneMatch(body.getString("displayName")::equals), "agent was stored");
    }

    private void leadCannotSetFields() {
        long own = fixture.vendorId(Fixture.LEAD_VENDOR);
        long rival = fixture.vendorId(Fixture.RIVAL_VENDOR);
        JsonObject body = Json.createObjectBuilder(fixture.newAgentBody(fixture.storeId(Fixture.OWN_STORE)))
                .add("vendorId", rival).add("status", "LEFT").add("id", 1).add("version", 42).build();
        JsonObject created = expect(201, api.post(LEAD, "api/vendors/" + own + "/agents", body)).json();
        assertEquals(own, created.getJsonNumber("vendorId").longValue());
        assertEquals("ACTIVE", created.getString("status"));
        assertTrue(created.getJsonNumber("id").longValue() != 1);
        JsonObject stored = fixture.read("api/agents/" + created.getJsonNumber("id"));
        assertEquals(own, stored.getJsonNumber("vendorId").longValue());
        assertTrue(stored.getJsonNumber("version").longValue() != 42, stored::toString);
    }

    private void managerSeesOwnAccountsOnly() {
        long rivalAgent = fixture.agentId(Fixture.RIVAL_VENDOR, Fixture.FOREIGN_STORE);
        List<String> adminStores = storeCodes(fixture.read("api/agents/" + rivalAgent));
        assertTrue(adminStores.contains(Fixture.FOREIGN_STORE) && adminStores.contains(Fixture.OWN_STORE),
                adminStores::toString);
        List<String> managerStores = storeCodes(expect(200, api.get(MANAGER, "api/agents/" + rivalAgent)).json());
        assertEquals(List.of(Fixture.OWN_STORE), managerStores);
    }

    private static List<String> storeCodes(JsonObject agent) {
        return agent.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("storeCode")).distinct().sorted().toList();
    }

    private List<String> agentNames(long vendorId) {
        return expect(200, api.get(ADMIN, "api/vendors/" + vendorId + "/agents")).array()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("displayName")).toList();
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).distinct().toList();
    }
}
