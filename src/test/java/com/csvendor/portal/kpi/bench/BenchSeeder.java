package com.csvendor.portal.kpi.bench;

import static com.csvendor.portal.security.Api.expect;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import com.csvendor.portal.vendor.entity.CreditCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Creates the benchmark's master data through the portal's REST API, as its users would: the
 * administrator creates the stores, the vendor and two users; the store manager imports one active
 * contract per store with that vendor; the administrator adds the agents, each with an account in
 * every store. What already exists (same code, name or user name) is reused, so seeding again is
 * harmless. Only the first administrator cannot come through the API; the runner inserts it.
 */
public final class BenchSeeder {

    public static final Login MANAGER = new Login("bench-manager", "Bench-pw-41");
    public static final Login LEAD = new Login("bench-lead", "Bench-pw-42");
    static final String CREDIT_CODE = "91330106MABENCH01" + CreditCode.checkCharacter("91330106MABENCH01");
    /** Wide enough for any business date a benchmark file uses. */
    static final LocalDate CONTRACT_START = LocalDate.of(2020, 1, 1);
    static final LocalDate CONTRACT_END = LocalDate.of(2030, 12, 31);

    private final Api api;
    private final Login admin;

    public BenchSeeder(Api api, Login admin) {
        this.api = api;
        this.admin = admin;
    }

    public BenchIds seed(int storeCount, int agentCount) throws IOException {
        long[] stores = new long[storeCount];
        Map<String, Long> existingStores = ids(api.get(admin, "api/stores"), "code");
        for (int s = 0; s < storeCount; s++) {
            String code = BenchShape.storeCode(s);
            stores[s] = existingStores.containsKey(code) ? existingStores.get(code) : create("api/stores",
                    Json.createObjectBuilder().add("code", code).add("name", "基准测试店铺 " + (s + 1))
                            .add("platform", "TMALL").add("timeZone", "Asia/Shanghai").build());
        }
        long vendor = ids(api.get(admin, "api/vendors"), "creditCode").computeIfAbsent(CREDIT_CODE,
                code -> create("api/vendors", Json.createObjectBuilder().add("name", "基准客服")
                        .add("legalName", "杭州基准客服外包有限公司").add("creditCode", code)
                        .add("taxpayerType", "GENERAL").add("contactName", "基准").build()));
        JsonArrayBuilder storeIds = Json.createArrayBuilder();
        for (long id : stores) {
            storeIds.add(id);
        }
        user(MANAGER, "基准店铺经理", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("STORE_MANAGER"))
                .add("storeIds", storeIds));
        user(LEAD, "基准客服主管", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("VENDOR_LEAD"))
                .add("vendorId", vendor));
        contracts(storeCount, vendor);
        return new BenchIds(vendor, stores, agents(agentCount, vendor, stores));
    }

    private void user(Login login, String name, JsonObjectBuilder roleAndScope) {
        if (!ids(api.get(admin, "api/users"), "username").containsKey(login.username())) {
            create("api/users", roleAndScope.add("username", login.username()).add("displayName", name)
                    .add("password", login.password()).build());
        }
    }

    private void contracts(int storeCount, long vendor) throws IOException {
        Map<String, Long> contracted = ids(api.get(MANAGER, "api/contracts?vendorId=" + vendor), "storeCode");
        JsonObject terms = termsFrom(CONTRACT_START, CONTRACT_END);
        JsonArrayBuilder missing = Json.createArrayBuilder();
        int count = 0;
        for (int s = 0; s < storeCount; s++) {
            String code = BenchShape.storeCode(s);
            if (!contracted.containsKey(code)) {
                missing.add(Json.createObjectBuilder().add("storeCode", code).add("vendorCreditCode", CREDIT_CODE)
                        .add("number", "BENCH-" + code).add("signedOn", CONTRACT_START.minusDays(10).toString())
                        .add("status", "ACTIVE").add("terms", terms));
                count++;
            }
        }
        if (count > 0) {
            expect(200, api.post(MANAGER, "api/contracts/import", missing.build()));
        }
    }

    private long[] agents(int agentCount, long vendor, long[] stores) {
        Map<String, Long> existing = ids(api.get(admin, "api/vendors/" + vendor + "/agents"), "displayName");
        long[] agents = new long[agentCount];
        for (int a = 0; a < agentCount; a++) {
            Long id = existing.get(BenchShape.agentName(a));
            if (id == null) {
                JsonArrayBuilder accounts = Json.createArrayBuilder();
                for (int s = 0; s < stores.length; s++) {
                    accounts.add(Json.createObjectBuilder().add("storeId", stores[s])
                            .add("accountName", BenchShape.accountName(s, a)));
                }
                id = create("api/vendors/" + vendor + "/agents", Json.createObjectBuilder()
                        .add("displayName", BenchShape.agentName(a)).add("accounts", accounts).build());
            }
            agents[a] = id;
        }
        return agents;
    }

    /** The terms of the README's import example, over the given period. */
    static JsonObject termsFrom(LocalDate start, LocalDate end) throws IOException {
        try (InputStream in = BenchSeeder.class.getResourceAsStream("/contracts/import-example.json");
                JsonReader reader = Json.createReader(in)) {
            JsonObject terms = reader.readArray().getJsonObject(0).getJsonObject("terms");
            JsonObject period = Json.createObjectBuilder(terms.getJsonObject("period"))
                    .add("start", start.toString()).add("end", end.toString()).build();
            return Json.createObjectBuilder(terms).add("period", period).build();
        }
    }

    private long create(String path, JsonObject body) {
        return expect(201, api.post(admin, path, body)).json().getJsonNumber("id").longValue();
    }

    private static Map<String, Long> ids(Api.Reply reply, String key) {
        Map<String, Long> ids = new HashMap<>();
        expect(200, reply).array().getValuesAs(JsonObject.class)
                .forEach(o -> ids.put(o.getString(key), o.getJsonNumber("id").longValue()));
        return ids;
    }
}
