package com.csvendor.portal.sla.bench;

import static com.csvendor.portal.security.Api.expect;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import com.csvendor.portal.vendor.entity.CreditCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The comparison benchmark's master data. Through the REST API, as the portal's users would
 * create it: the administrator creates the stores, the vendors and the store manager of all stores;
 * the store manager imports one active contract per store and vendor, covering the benchmark's year
 * (the README's example terms with the seat price varying by vendor). Straight into the tables
 * (too many for one REST call each): the agents and their store accounts, as {@code AgentService}
 * stores them (version 1, status ACTIVE, one account per store they work in). What exists is
 * reused, so seeding again is harmless; accounts of the benchmark's stores the shape does not have
 * are removed.
 */
final class ComparisonSeeder {

    static final Login MANAGER = new Login("cmp-manager", "cmp-manager-pw");

    private final Api api;
    private final Login admin;
    private final ComparisonShape shape;

    ComparisonSeeder(Api api, Login admin, ComparisonShape shape) {
        this.api = api;
        this.admin = admin;
        this.shape = shape;
    }

    static String creditCode(int vendor) {
        String first17 = String.format("91330106MACMP%04d", vendor + 1);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Creates what is missing; answers the ids of the stores, vendors and agents by index. */
    ComparisonIds seed(Connection db) throws IOException, SQLException {
        long[] stores = new long[shape.stores()];
        Map<String, Long> existingStores = ids(api.get(admin, "api/stores"), "code");
        for (int s = 0; s < stores.length; s++) {
            String code = ComparisonShape.storeCode(s);
            Long id = existingStores.get(code);
            stores[s] = id != null ? id : create("api/stores", Json.createObjectBuilder().add("code", code)
                    .add("name", "对比基准店铺 " + (s + 1)).add("platform", s % 4 == 3 ? "JD" : "TMALL")
                    .add("timeZone", "Asia/Shanghai").build());
        }
        long[] vendors = new long[shape.vendors()];
        Map<String, Long> existingVendors = ids(api.get(admin, "api/vendors"), "creditCode");
        for (int v = 0; v < vendors.length; v++) {
            Long id = existingVendors.get(creditCode(v));
            vendors[v] = id != null ? id : create("api/vendors", Json.createObjectBuilder()
                    .add("name", ComparisonShape.vendorName(v)).add("legalName", "杭州对比客服外包" + (v + 1) + "有限公司")
                    .add("creditCode", creditCode(v)).add("taxpayerType", v % 5 == 4 ? "SMALL_SCALE" : "GENERAL")
                    .add("contactName", "对比" + (v + 1)).build());
        }
        if (!ids(api.get(admin, "api/users"), "username").containsKey(MANAGER.username())) {
            JsonArrayBuilder storeIds = Json.createArrayBuilder();
            for (long id : stores) {
                storeIds.add(id);
            }
            create("api/users", Json.createObjectBuilder().add("username", MANAGER.username())
                    .add("displayName", "对比基准店铺经理").add("password", MANAGER.password())
                    .add("roles", Json.createArrayBuilder().add("STORE_MANAGER")).add("storeIds", storeIds).build());
        }
        contracts();
        long[] agents = agents(db, stores, vendors);
        return new ComparisonIds(stores, vendors, agents);
    }

    private void contracts() throws IOException {
        Map<String, Long> existing = new HashMap<>();
        expect(200, api.get(MANAGER, "api/contracts")).array().getValuesAs(JsonObject.class)
                .forEach(c -> existing.put(c.getString("number"), c.getJsonNumber("id").longValue()));
        JsonArrayBuilder missing = Json.createArrayBuilder();
        int count = 0;
        for (int s = 0; s < shape.stores(); s++) {
            for (int v : shape.vendorsOf(s)) {
                String number = contractNumber(s, v);
                if (!existing.containsKey(number)) {
                    missing.add(Json.createObjectBuilder().add("storeCode", ComparisonShape.storeCode(s))
                            .add("vendorCreditCode", creditCode(v)).add("number", number)
                            .add("signedOn", shape.firstDate().minusDays(15).toString()).add("status", "ACTIVE")
                            .add("terms", terms(v)));
                    count++;
                }
            }
        }
        if (count > 0) {
            expect(200, api.post(MANAGER, "api/contracts/import", missing.build()));
        }
    }

    /**
     * Has the portal evaluate every benchmark contract's SLA targets over the year (as a store manager
     * may on demand), so the comparison reads SLA results and cycles as it would in use; skipped when
     * they already have results. Answers what it did, for the log.
     */
    String evaluateSla(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sla_result r"
                + " JOIN contract c ON c.id = r.contract_id WHERE c.number LIKE 'CMP-%'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return "SLA results already there: " + rs.getLong(1);
            }
        }
        long start = System.nanoTime();
        long results = 0;
        long cycles = 0;
        int contracts = 0;
        for (JsonObject c : expect(200, api.get(MANAGER, "api/contracts")).array().getValuesAs(JsonObject.class)) {
            if (!c.getString("number").startsWith("CMP-")) {
                continue;
            }
            Api.Reply reply = api.post(MANAGER, "api/sla-results/evaluate?contract=" + c.getJsonNumber("id")
                    + "&from=" + shape.firstDate() + "&to=" + shape.lastDate(), null);
            if (reply.status() == 404 && contracts == 0) {
                return "no SLA evaluation route (" + reply + "): the comparison reads no SLA results";
            }
            JsonObject done = expect(200, reply).json();
            results += done.getJsonNumber("results").longValue();
            cycles += done.getJsonNumber("cycles").longValue();
            contracts++;
        }
        return String.format("SLA evaluated for %d contracts: %d results, %d cycles, in %.0f s", contracts, results,
                cycles, (System.nanoTime() - start) / 1e9);
    }

    static String contractNumber(int store, int vendor) {
        return String.format("CMP-%02d-%02d", store + 1, vendor + 1);
    }

    /** The README's example terms over the benchmark's year, promotions outside it removed, seat price by vendor. */
    private JsonObject terms(int vendor) throws IOException {
        try (InputStream in = ComparisonSeeder.class.getResourceAsStream("/contracts/import-example.json");
                JsonReader reader = Json.createReader(in)) {
            JsonObject terms = reader.readArray().getJsonObject(0).getJsonObject("terms");
            JsonObject period = Json.createObjectBuilder(terms.getJsonObject("period"))
                    .add("start", shape.firstDate().toString()).add("end", shape.lastDate().toString()).build();
            JsonObject staffing = Json.createObjectBuilder(terms.getJsonObject("staffing"))
                    .add("promotions", Json.createArrayBuilder()).build();
            JsonObject fees = Json.createObjectBuilder(terms.getJsonObject("fees"))
                    .add("seatPrice", new BigDecimal(4200 + 100 * vendor)).add("surcharges", Json.createArrayBuilder())
                    .build();
            return Json.createObjectBuilder(terms).add("period", period).add("staffing", staffing).add("fees", fees)
                    .build();
        }
    }

    /** Inserts the agents and accounts that are missing, in batches; answers every agent's id by index. */
    private long[] agents(Connection db, long[] stores, long[] vendors) throws SQLException {
        Map<String, Long> byKey = new HashMap<>();
        loadAgents(db, vendors, byKey);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO agent (vendor_id, display_name, status, version) VALUES (?, ?, 'ACTIVE', 1)")) {
            int pending = 0;
            for (int a = 0; a < shape.agents(); a++) {
                long vendorId = vendors[shape.vendorOfAgent(a)];
                if (!byKey.containsKey(vendorId + "/" + shape.agentName(a))) {
                    insert.setLong(1, vendorId);
                    insert.setString(2, shape.agentName(a));
                    insert.addBatch();
                    pending++;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            db.commit();
        }
        loadAgents(db, vendors, byKey);
        long[] agents = new long[shape.agents()];
        for (int a = 0; a < agents.length; a++) {
            agents[a] = byKey.get(vendors[shape.vendorOfAgent(a)] + "/" + shape.agentName(a));
        }
        Map<String, Boolean> accounts = new HashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT store_id, account_name FROM agent_account")) {
            while (rs.next()) {
                accounts.put(rs.getLong(1) + "/" + rs.getString(2), true);
            }
        }
        // Accounts in the benchmark's stores that this shape does not have (left by a run with another
        // row count) go, so the stores hold exactly the shape's accounts.
        java.util.Set<String> expected = new java.util.HashSet<>();
        for (int s = 0; s < stores.length; s++) {
            for (int agent : shape.agentsOf(s)) {
                expected.add(stores[s] + "/" + shape.accountName(s, agent));
            }
        }
        java.util.Set<Long> ours = java.util.Arrays.stream(stores).boxed().collect(java.util.stream.Collectors.toSet());
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM agent_account WHERE store_id = ? AND account_name = ?")) {
            for (String key : accounts.keySet()) {
                String[] k = key.split("/", 2);
                if (ours.contains(Long.valueOf(k[0])) && !expected.contains(key)) {
                    delete.setLong(1, Long.parseLong(k[0]));
                    delete.setString(2, k[1]);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
            db.commit();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO agent_account (agent_id, store_id, account_name) VALUES (?, ?, ?)")) {
            for (int s = 0; s < stores.length; s++) {
                for (int agent : shape.agentsOf(s)) {
                    String name = shape.accountName(s, agent);
                    if (!accounts.containsKey(stores[s] + "/" + name)) {
                        insert.setLong(1, agents[agent]);
                        insert.setLong(2, stores[s]);
                        insert.setString(3, name);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(auto);
        }
        return agents;
    }

    private static void loadAgents(Connection db, long[] vendors, Map<String, Long> byKey) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, vendor_id, display_name FROM agent")) {
            while (rs.next()) {
                byKey.put(rs.getLong(2) + "/" + rs.getString(3), rs.getLong(1));
            }
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
