package com.csvendor.portal.security;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The demo data as the tests need it — looked up through the API as admin, since ids are generated
 * — and throwaway objects with unique names for the calls that really change data, so that no
 * test depends on what another one did.
 */
public final class Fixture {

    /** Assigned to the demo store manager; the demo vendor lead's agents work there too. */
    static final String OWN_STORE = "PETS-TM";
    /** Neither the manager's nor served by the lead's vendor. */
    static final String FOREIGN_STORE = "BEAUTY-DY";
    /** The demo lead's vendor; its agents have accounts in PETS-TM and HOME-JD only. */
    static final String LEAD_VENDOR = "云帆客服";
    /** Another vendor with agents in PETS-TM: foreign to the lead, visible to the manager. */
    static final String RIVAL_VENDOR = "声联服务";
    /** A vendor whose agents work only in BEAUTY-DY: outside the manager's stores. */
    static final String OUTSIDE_VENDOR = "星辰客服";
    /** An id no object has. */
    public static final long MISSING_ID = 987_654_321L;

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final Api api;
    private final AtomicInteger sequence = new AtomicInteger();

    public Fixture(Api api) {
        this.api = api;
    }

    /** A value no other test run or call uses: for codes, names and account names. */
    public String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + sequence.incrementAndGet();
    }

    public long storeId(String code) {
        return find(api.get(ADMIN, "api/stores"), s -> s.getString("code").equals(code), code).getJsonNumber("id")
                .longValue();
    }

    public long vendorId(String name) {
        return find(api.get(ADMIN, "api/vendors"), v -> v.getString("name").equals(name), name).getJsonNumber("id")
                .longValue();
    }

    long userId(String username) {
        return find(api.get(ADMIN, "api/users"), u -> u.getString("username").equals(username), username)
                .getJsonNumber("id").longValue();
    }

    /** A demo agent of the vendor with an account in the store (as admin sees it). */
    long agentId(String vendorName, String storeCode) {
        Api.Reply agents = api.get(ADMIN, "api/vendors/" + vendorId(vendorName) + "/agents");
        return find(agents, a -> a.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .anyMatch(acc -> acc.getString("storeCode").equals(storeCode)), vendorName + " in " + storeCode)
                .getJsonNumber("id").longValue();
    }

    /** The demo contract in force whose number starts so (YF-PETS- is also last year's, expired). */
    long activeContractId(String numberPrefix) {
        return find(api.get(ADMIN, "api/contracts?status=ACTIVE"), c -> c.getString("number").startsWith(numberPrefix),
                numberPrefix).getJsonNumber("id").longValue();
    }

    /** A KPI import profile by its code. */
    public long profileId(String code) {
        return find(api.get(ADMIN, "api/kpi-profiles"), p -> p.getString("code").equals(code), code)
                .getJsonNumber("id").longValue();
    }

    public JsonObject read(String path) {
        return expect(200, api.get(ADMIN, path)).json();
    }

    JsonObject newStore() {
        return expect(201, api.post(ADMIN, "api/stores", newStoreBody())).json();
    }

    public JsonObject newVendor() {
        return expect(201, api.post(ADMIN, "api/vendors", newVendorBody())).json();
    }

    /** A new agent of the vendor with one account in the store. */
    JsonObject newAgent(long vendorId, long storeId) {
        return expect(201, api.post(ADMIN, "api/vendors/" + vendorId + "/agents", newAgentBody(storeId))).json();
    }

    JsonObject newUser(String password) {
        return expect(201, api.post(ADMIN, "api/users", newUserBody(password))).json();
    }

    public JsonObject newProfile() {
        return expect(201, api.post(ADMIN, "api/kpi-profiles", newProfileBody())).json();
    }

    /** A custom import profile with the two headers every profile needs and one more. */
    public JsonObject newProfileBody() {
        String code = unique("P");
        return Json.createObjectBuilder().add("code", code).add("name", "测试导入配置 " + code).add("platform", "OTHER")
                .add("aliases", Json.createArrayBuilder().add(alias("客服账号", "AGENT_ACCOUNT"))
                        .add(alias("日期", "BUSINESS_DATE")).add(alias("接待人数", "RECEIVED")))
                .build();
    }

    public static JsonObject alias(String header, String field) {
        return Json.createObjectBuilder().add("header", header).add("field", field).build();
    }

    JsonObject newStoreBody() {
        String code = unique("T");
        return Json.createObjectBuilder().add("code", code).add("name", "测试店 " + code).add("platform", "OTHER")
                .add("timeZone", "Asia/Shanghai").build();
    }

    JsonObject newVendorBody() {
        String name = unique("测试外包");
        return Json.createObjectBuilder().add("name", name).add("legalName", name + "有限公司")
                .add("creditCode", validCreditCode()).add("taxpayerType", "GENERAL").build();
    }

    JsonObject newAgentBody(long storeId) {
        return Json.createObjectBuilder().add("displayName", unique("坐席"))
                .add("accounts", Json.createArrayBuilder().add(account(storeId, unique("acc")))).build();
    }

    JsonObject newUserBody(String password) {
        return Json.createObjectBuilder().add("username", unique("u").toLowerCase(Locale.ROOT)).add("displayName", "Throwaway")
                .add("password", password).add("roles", Json.createArrayBuilder().add("FINANCE")).build();
    }

    static JsonObject account(long storeId, String accountName) {
        return Json.createObjectBuilder().add("storeId", storeId).add("accountName", accountName).build();
    }

    /** The edit form for a store as read, with the version read. */
    static JsonObjectBuilder storeForm(JsonObject store) {
        return Json.createObjectBuilder().add("code", store.getString("code")).add("name", store.getString("name"))
                .add("platform", store.getString("platform")).add("timeZone", store.getString("timeZone"))
                .add("version", store.getJsonNumber("version"));
    }

    static JsonObjectBuilder vendorForm(JsonObject vendor) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("name", vendor.getString("name"))
                .add("legalName", vendor.getString("legalName")).add("creditCode", vendor.getString("creditCode"))
                .add("taxpayerType", vendor.getString("taxpayerType")).add("version", vendor.getJsonNumber("version"));
        for (String contact : new String[] {"contactName", "contactPhone", "contactEmail"}) {
            if (vendor.containsKey(contact) && vendor.get(contact) != JsonValue.NULL) {
                form.add(contact, vendor.getString(contact));
            }
        }
        return form;
    }

    static JsonObjectBuilder agentForm(JsonObject agent) {
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        agent.getJsonArray("accounts").getValuesAs(JsonObject.class).forEach(a ->
                accounts.add(account(a.getJsonNumber("storeId").longValue(), a.getString("accountName"))));
        return Json.createObjectBuilder().add("displayName", agent.getString("displayName")).add("accounts", accounts)
                .add("version", agent.getJsonNumber("version"));
    }

    /** The edit form for an import profile as read, with the version read. */
    public static JsonObjectBuilder profileForm(JsonObject profile) {
        JsonArrayBuilder aliases = Json.createArrayBuilder();
        profile.getJsonArray("aliases").getValuesAs(JsonObject.class).forEach(a ->
                aliases.add(alias(a.getString("header"), a.getString("field"))));
        JsonObjectBuilder form = Json.createObjectBuilder().add("code", profile.getString("code"))
                .add("name", profile.getString("name")).add("aliases", aliases)
                .add("version", profile.getJsonNumber("version"));
        if (profile.get("platform") != null && profile.get("platform") != JsonValue.NULL) {
            form.add("platform", profile.getString("platform"));
        }
        return form;
    }

    static JsonObjectBuilder userForm(JsonObject user) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("username", user.getString("username"))
                .add("displayName", user.getString("displayName")).add("roles", user.getJsonArray("roles"))
                .add("storeIds", user.getJsonArray("storeIds")).add("version", user.getJsonNumber("version"));
        if (user.get("vendorId") != null && user.get("vendorId") != JsonValue.NULL) {
            form.add("vendorId", user.getJsonNumber("vendorId"));
        }
        return form;
    }

    /** A unified social credit code with the right check character (GB 32100-2015), unique per call. */
    public String validCreditCode() {
        StringBuilder first17 = new StringBuilder("91");
        long n = System.nanoTime() + sequence.incrementAndGet();
        while (first17.length() < 17) {
            first17.append(CREDIT_ALPHABET.charAt((int) Math.floorMod(n, 31L)));
            n /= 31;
        }
        return first17.toString() + checkCharacter(first17.toString());
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The same code with a wrong last character. */
    static String withWrongCheckCharacter(String code) {
        char check = code.charAt(17);
        char wrong = CREDIT_ALPHABET.charAt((CREDIT_ALPHABET.indexOf(check) + 1) % 31);
        return code.substring(0, 17) + wrong;
    }

    private static JsonObject find(Api.Reply list, Predicate<JsonObject> wanted, String what) {
        return expect(200, list).array().getValuesAs(JsonObject.class).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("not in " + list.request() + ": " + what));
    }
}
