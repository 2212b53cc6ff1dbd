package com.csvendor.portal.settlement.bench;

import static com.csvendor.portal.security.Api.expect;

import com.csvendor.portal.bench.PortfolioSeeder;
import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.security.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What statements are made of besides the KPI rows, recorded through the REST API as in use: an
 * incident (a forbidden phrase, fined ¥200 by the example's penalty clause) on the 10th of the
 * month for every ninth contract with penalty clauses, recorded by the store manager; and three
 * temporary agents over the month's first four days for every 25th contract, recorded by finance.
 * Skipped when the benchmark's contracts have some already; the temporary agents are skipped with
 * a note when the server has no route for them.
 */
final class StatementExtras {

    private final Api api;
    private final PortfolioShape shape;
    private final StatementTerms terms;

    StatementExtras(Api api, PortfolioShape shape, StatementTerms terms) {
        this.api = api;
        this.shape = shape;
        this.terms = terms;
    }

    /** Records what is missing; answers what it did, for the log. */
    String record(Connection db) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        expect(200, api.get(PortfolioSeeder.manager(shape), "api/contracts")).array().getValuesAs(JsonObject.class)
                .forEach(c -> ids.put(c.getString("number"), c.getJsonNumber("id").longValue()));
        boolean incidents = count(db, "sla_incident") == 0;
        boolean temporary = count(db, "temporary_agents") == 0;
        int recordedIncidents = 0;
        int recordedTemporary = 0;
        String note = "";
        for (int s = 0; s < shape.stores(); s++) {
            for (int v : shape.vendorsOf(s)) {
                int k = terms.index(s, v);
                long contract = ids.get(shape.contractNumber(s, v));
                if (incidents && k % 3 != 2 && k % 9 == 0) {
                    expect(201, api.post(PortfolioSeeder.manager(shape), "api/incidents", Json.createObjectBuilder()
                            .add("contractId", contract).add("occurredOn", shape.firstDate().plusDays(9).toString())
                            .add("type", "FORBIDDEN_PHRASE").add("evidence", "质检抽查：客服回复“自己看”（基准数据）")
                            .build()));
                    recordedIncidents++;
                }
                if (temporary && k % 25 == 1) {
                    Api.Reply reply = api.post(PortfolioSeeder.finance(shape), "api/temporary-agents",
                            Json.createObjectBuilder().add("contractId", contract)
                                    .add("workFrom", shape.firstDate().toString())
                                    .add("workTo", shape.firstDate().plusDays(3).toString()).add("agents", 3)
                                    .add("note", "国庆临时客服（基准数据）").build());
                    if (reply.status() == 404 || reply.status() == 405) {
                        temporary = false;
                        note = "; no temporary agents route (" + reply.status() + "): none recorded";
                        continue;
                    }
                    expect(201, reply);
                    recordedTemporary++;
                }
            }
        }
        return String.format("incidents recorded: %d (%s), temporary agents recorded: %d (%s)%s", recordedIncidents,
                incidents ? "new" : "there already", recordedTemporary, temporary ? "new" : "there already or none",
                note);
    }

    private long count(Connection db, String table) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM " + table + " t JOIN contract c"
                + " ON c.id = t.contract_id WHERE c.number LIKE ?")) {
            q.setString(1, shape.contractPrefix() + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return -1; // no such table in this WAR's schema
        }
    }
}
