package com.csvendor.portal.bench;

import static com.csvendor.portal.security.Api.expect;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's master data (the comparison and the settlement benchmarks share it). Through the
 * REST API, as the portal's users would create it: the administrator creates the stores, the
 * vendors, the store manager of all stores and a finance user; the store manager imports one
 * active contract per store and vendor with the terms the benchmark's {@link Terms} give (the
 * README's example terms, {@link #exampleTerms()}, changed as the benchmark needs). Straight into
 * the tables (too many for one REST call each): the agents and their store accounts, as
 * {@code AgentService} stores them (version 1, status ACTIVE, one account per store they work in).
 * What exists is reused, so seeding again is harmless; accounts of the benchmark's stores the shape
 * does not have are removed.
 */
public final class PortfolioSeeder {

    /** A contract's terms (the JSON {@code terms} of a contract import) by store and vendor index. */
    @FunctionalInterface
    public interface Terms {
        JsonObject of(int store, int vendor) throws IOException;
    }

    /** What one pass of SLA evaluations did: contracts, results, cycles, each call's milliseconds. */
    public record SlaRun(int contracts, long results, long cycles, double[] millis, String note) {

        public double seconds() {
            return java.util.Arrays.stream(millis).sum() / 1000;
        }
    }

    private final Api api;
    private final Login admin;
    private final PortfolioShape shape;
    private final Terms terms;
    private final Login manager;
    private final Login finance;

    public PortfolioSeeder(Api api, Login admin, PortfolioShape shape, Terms terms) {
        this.api = api;
        this.admin = admin;
        this.shape = shape;
        this.terms = terms;
        this.manager = manager(shape);
        this.finance = finance(shape);
    }

    /** The store manager of all the benchmark's stores, who imports the contracts. */
    public static Login manager(PortfolioShape shape) {
        return new Login(shape.names().lower() + "-manager", "Portfolio-pw-41");
    }

    /** A finance user (settlement: generates and approves statements). */
    public static Login finance(PortfolioShape shape) {
        return new Login(shape.names().lower() + "-finance", "Portfolio-pw-42");
    }

    /** Creates what is missing; answers the ids of the stores, vendors and agents by index. */
    public PortfolioIds seed(Connection db) throws IOException, SQLException {
        long[] stores = new long[shape.stores()];
        Map<String, Long> existingStores = ids(api.get(admin, "api/stores"), "code");
        for (int s = 0; s < stores.length; s++) {
            String code = shape.storeCode(s);
            Long id = existingStores.get(code);
            stores[s] = id != null ? id : create("api/stores", Json.createObjectBuilder().add("code", code)
                    .add("name", shape.storeName(s)).add("platform", s % 4 == 3 ? "JD" : "TMALL")
                    .add("timeZone", "Asia/Shanghai").build());
        }
        long[] vendors = new long[shape.vendors()];
        Map<String, Long> existingVendors = ids(api.get(admin, "api/vendors"), "creditCode");
        for (int v = 0; v < vendors.length; v++) {
            Long id = existingVendors.get(shape.creditCode(v));
            vendors[v] = id != null ? id : create("api/vendors", Json.createObjectBuilder()
                    .add("name", shape.vendorName(v)).add("legalName", shape.vendorLegalName(v))
                    .add("creditCode", shape.creditCode(v)).add("taxpayerType", v % 5 == 4 ? "SMALL_SCALE" : "GENERAL")
                    .add("contactName", shape.names().label() + (v + 1)).build());
        }
        Map<String, Long> users = ids(api.get(admin, "api/users"), "username");
        if (!users.containsKey(manager.username())) {
            JsonArrayBuilder storeIds = Json.createArrayBuilder();
            for (long id : stores) {
                storeIds.add(id);
            }
            create("api/users", Json.createObjectBuilder().add("username", manager.username())
                    .add("displayName", shape.names().label() + "基准店铺经理").add("password", manager.password())
                    .add("roles", Json.createArrayBuilder().add("STORE_MANAGER")).add("storeIds", storeIds).build());
        }
        if (!users.containsKey(finance.username())) {
            create("api/users", Json.createObjectBuilder().add("username", finance.username())
                    .add("displayName", shape.names().label() + "基准财务").add("password", finance.password())
                    .add("roles", Json.createArrayBuilder().add("FINANCE")).build());
        }
        contracts();
        long[] agents = agents(db, stores, vendors);
        return new PortfolioIds(stores, vendors, agents);
    }

    /** Imports the missing contracts, 200 per request (a thousand in one transaction is slow to roll back). */
    private void contracts() throws IOException {
        Map<String, Long> existing = new HashMap<>();
        expect(200, api.get(manager, "api/contracts")).array().getValuesAs(JsonObject.class)
                .forEach(c -> existing.put(c.getString("number"), c.getJsonNumber("id").longValue()));
        JsonArrayBuilder missing = Json.createArrayBuilder();
        int count = 0;
        for (int s = 0; s < shape.stores(); s++) {
            for (int v : shape.vendorsOf(s)) {
                String number = shape.contractNumber(s, v);
                if (!existing.containsKey(number)) {
                    missing.add(Json.createObjectBuilder().add("storeCode", shape.storeCode(s))
                            .add("vendorCreditCode", shape.creditCode(v)).add("number", number)
                            .add("signedOn", shape.firstDate().minusDays(15).toString()).add("status", "ACTIVE")
                            .add("terms", terms.of(s, v)));
                    if (++count % 200 == 0) {
                        expect(200, api.post(manager, "api/contracts/import", missing.build()));
                        missing = Json.createArrayBuilder();
                    }
                }
            }
        }
        if (count % 200 != 0) {
            expect(200, api.post(manager, "api/contracts/import", missing.build()));
        }
    }

    /**
     * Has the portal evaluate every benchmark contract's SLA targets over the shape's days (as a store
     * manager may on demand), so what reads SLA results and cycles reads them as it would in use;
     * skipped when they already have results. Answers what it did, for the log.
     */
    public String evaluateSla(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM sla_result r"
                + " JOIN contract c ON c.id = r.contract_id WHERE c.number LIKE ?")) {
            q.setString(1, shape.contractPrefix() + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return "SLA results already there: " + rs.getLong(1);
                }
            }
        }
        SlaRun run = evaluateSla(shape.firstDate(), shape.lastDate());
        return run.note() != null ? run.note() : String.format("SLA evaluated for %d contracts: %d results,"
                + " %d cycles, in %.0f s", run.contracts(), run.results(), run.cycles(), run.seconds());
    }

    /**
     * {@code POST /api/sla-results/evaluate} for every benchmark contract over from..to, one call after
     * the other as the store manager, each call timed at the client.
     */
    public SlaRun evaluateSla(LocalDate from, LocalDate to) {
        long results = 0;
        long cycles = 0;
        List<Double> millis = new ArrayList<>();
        for (JsonObject c : expect(200, api.get(manager, "api/contracts")).array().getValuesAs(JsonObject.class)) {
            if (!c.getString("number").startsWith(shape.contractPrefix())) {
                continue;
            }
            long t = System.nanoTime();
            Api.Reply reply = api.post(manager, "api/sla-results/evaluate?contract=" + c.getJsonNumber("id")
                    + "&from=" + from + "&to=" + to, null);
            if (reply.status() == 404 && millis.isEmpty()) {
                return new SlaRun(0, 0, 0, new double[0], "no SLA evaluation route (" + reply + ")");
            }
            JsonObject done = expect(200, reply).json();
            millis.add((System.nanoTime() - t) / 1e6);
            results += done.getJsonNumber("results").longValue();
            cycles += done.getJsonNumber("cycles").longValue();
        }
        return new SlaRun(millis.size(), results, cycles, millis.stream().mapToDouble(Double::doubleValue).toArray(),
                null);
    }

    /** The README's example terms: the first contract of {@code /contracts/import-example.json}. */
    public static JsonObject exampleTerms() throws IOException {
        try (InputStream in = PortfolioSeeder.class.getResourceAsStream("/contracts/import-example.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getJsonObject(0).getJsonObject("terms");
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
