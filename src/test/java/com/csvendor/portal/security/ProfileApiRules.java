package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The rules of the KPI import profile API beyond who may call it: the alias invariants named by
 * position, unique and fixed codes, built-in profiles kept, optimistic locking on alias edits, and
 * the audit trail of every change. Each check makes its own throwaway profiles.
 */
final class ProfileApiRules {

    private static final String PROFILES = "api/kpi-profiles";

    private final Api api;
    private final Fixture fixture;

    ProfileApiRules(Api api, Fixture fixture) {
        this.api = api;
        this.fixture = fixture;
    }

    Stream<DynamicTest> all() {
        return Stream.of(
                dynamicTest("the built-in profiles are there, their aliases as shipped", this::builtInsSeeded),
                dynamicTest("a built-in profile cannot be deleted -> 409, still there", this::builtInKept),
                dynamicTest("a code taken in any case -> 409 naming code", this::codeTaken),
                dynamicTest("the code cannot change -> 400 naming code", this::codeFixed),
                dynamicTest("no agent account and no date -> 400 naming aliases, in Chinese too", this::requiredFields),
                dynamicTest("a header twice once normalized -> 400 naming its row, nothing stored", this::duplicateHeader),
                dynamicTest("stale version on an edit of aliases only -> 409, first edit kept", this::staleAliasEdit),
                dynamicTest("create, edit and delete are audited with before and after", this::audited));
    }

    private void builtInsSeeded() {
        JsonObject jd = fixture.read(PROFILES + "/" + fixture.profileId("JD"));
        assertTrue(jd.getBoolean("builtIn"), jd::toString);
        assertEquals("JD", jd.getString("platform"), jd::toString);
        assertTrue(headers(jd).containsAll(List.of("客服账号", "日期", "咚咚首次30秒应答率")), jd::toString);
        JsonObject portal = fixture.read(PROFILES + "/" + fixture.profileId("PORTAL"));
        assertTrue(!portal.containsKey("platform") || portal.isNull("platform"), "the template suits any platform");
    }

    private void builtInKept() {
        long douyin = fixture.profileId("DOUYIN");
        Api.Reply reply = api.send(ADMIN, "DELETE", PROFILES + "/" + douyin, null);
        assertEquals(409, reply.status(), reply::toString);
        AccessMatrixIT.assertProblem(reply, 409);
        fixture.read(PROFILES + "/" + douyin);
    }

    private void codeTaken() {
        JsonObject first = fixture.newProfile();
        JsonObject again = Json.createObjectBuilder(fixture.newProfileBody())
                .add("code", first.getString("code").toLowerCase(Locale.ROOT)).build();
        Api.Reply reply = api.post(ADMIN, PROFILES, again);
        assertEquals(409, reply.status(), reply::toString);
        assertEquals(List.of("code"), fields(reply));
    }

    private void codeFixed() {
        JsonObject profile = fixture.newProfile();
        Api.Reply reply = api.put(ADMIN, path(profile),
                Fixture.profileForm(profile).add("code", fixture.unique("P")).build());
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("code"), fields(reply));
    }

    private void requiredFields() {
        JsonObject body = Json.createObjectBuilder(fixture.newProfileBody()).add("aliases",
                Json.createArrayBuilder().add(Fixture.alias("接待人数", "RECEIVED"))).build();
        Api.Reply reply = api.inLanguage("zh-CN").post(ADMIN, PROFILES, body);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("aliases"), fields(reply));
        assertTrue(reply.body().contains("客服账号") && reply.body().contains("日期"), reply::toString);
        assertTrue(codes().stream().noneMatch(body.getString("code")::equals), "profile was stored anyway");
    }

    private void duplicateHeader() {
        JsonObject profile = fixture.newProfile();
        JsonArrayBuilder aliases = Json.createArrayBuilder(profile.getJsonArray("aliases").getValuesAs(JsonObject.class)
                .stream().map(a -> Fixture.alias(a.getString("header"), a.getString("field"))).toList())
                .add(Fixture.alias(" 客服 账号 ", "SATISFIED"));
        Api.Reply reply = api.put(ADMIN, path(profile), Fixture.profileForm(profile).add("aliases", aliases).build());
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("aliases[3].header"), fields(reply));
        assertEquals(3, fixture.read(path(profile)).getJsonArray("aliases").size());
    }

    private void staleAliasEdit() {
        JsonObject profile = fixture.newProfile();
        JsonArrayBuilder first = Json.createArrayBuilder().add(Fixture.alias("客服账号", "AGENT_ACCOUNT"))
                .add(Fixture.alias("日期", "BUSINESS_DATE")).add(Fixture.alias("第一次", "RECEIVED"));
        JsonObject answer = expect(200, api.put(ADMIN, path(profile),
                Fixture.profileForm(profile).add("aliases", first).build())).json();
        assertTrue(answer.getJsonNumber("version").longValue() > profile.getJsonNumber("version").longValue(),
                () -> "an edit of aliases only must give a new version: " + answer);
        JsonArrayBuilder second = Json.createArrayBuilder().add(Fixture.alias("客服账号", "AGENT_ACCOUNT"))
                .add(Fixture.alias("日期", "BUSINESS_DATE")).add(Fixture.alias("第二次", "RECEIVED"));
        Api.Reply stale = api.put(ADMIN, path(profile), Fixture.profileForm(profile).add("aliases", second).build());
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(headers(fixture.read(path(profile))).contains("第一次"));
    }

    private void audited() throws SQLException {
        JsonObject profile = fixture.newProfile();
        long id = profile.getJsonNumber("id").longValue();
        JsonObject edited = expect(200, api.put(ADMIN, path(profile),
                Fixture.profileForm(profile).add("name", "改 " + profile.getString("name")).build())).json();
        expect(204, api.send(ADMIN, "DELETE", path(edited), null));
        List<String[]> entries = auditOf(id);
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), entries.stream().map(e -> e[0]).toList());
        assertTrue(entries.stream().allMatch(e -> e[1].equals("admin")), "actor");
        assertNull(entries.get(0)[2], "nothing before the creation");
        assertTrue(entries.get(1)[2].contains(profile.getString("name")) && entries.get(1)[3].contains("改 "),
                "before and after of the edit");
        assertNotNull(entries.get(2)[2], "the deleted profile is kept in the trail");
        assertNull(entries.get(2)[3], "nothing after the deletion");
    }

    /** Action, actor, before and after of each entry about the profile, in order. */
    private static List<String[]> auditOf(long profileId) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement s = c.prepareStatement("SELECT action, actor, before_json, after_json"
                        + " FROM audit_entry WHERE subject_type = 'KPI_PROFILE' AND subject_id = ? ORDER BY id")) {
            s.setLong(1, profileId);
            List<String[]> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            return entries;
        }
    }

    private List<String> codes() {
        return expect(200, api.get(ADMIN, PROFILES)).array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).toList();
    }

    private static List<String> headers(JsonObject profile) {
        return profile.getJsonArray("aliases").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("header")).toList();
    }

    private static String path(JsonObject profile) {
        return PROFILES + "/" + profile.getJsonNumber("id");
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).distinct().toList();
    }
}
