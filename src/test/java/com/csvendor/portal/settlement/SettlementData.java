package com.csvendor.portal.settlement;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;

import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Made-up contracts and statements for the settlement tests, through the REST API: each contract
 * runs for one calendar month of its own long ago (so that its cycle has closed and it overlaps no
 * other contract of the same store and vendor), charged by a minimum monthly fee of ¥8,000 (no KPI
 * figures exist then) at 6 % VAT on top, a special VAT invoice, temporary agents at ¥300 a day.
 * Their numbers start with {@link #PREFIX}, so a test class can remove them afterwards.
 */
public final class SettlementData {

    public static final String PREFIX = "STMT-IT-";
    private static final AtomicInteger MONTHS = new AtomicInteger();
    private static final LocalDate FIRST = LocalDate.of(2001, 1, 1);

    private final Api api;
    private Api.Login issuer;

    public SettlementData(Api api) {
        this.api = api;
    }

    /** A month no other made-up contract of this run uses. */
    public static LocalDate nextMonth() {
        return FIRST.plusMonths(MONTHS.getAndIncrement());
    }

    /** The terms every made-up contract has, over one month. */
    public static ContractTerms terms(LocalDate month) {
        ContractTerms t = ContractJson.terms(month, month.plusMonths(1).minusDays(1));
        t.getScope().setServiceTypes(EnumSet.of(ServiceType.REVIEW_FOLLOW_UP));
        t.getFees().setMinimumMonthlyFee(new BigDecimal("8000.00"));
        t.getFees().setTemporaryAgentDayRate(new BigDecimal("300.00"));
        t.getTax().setVatRatePercent(new BigDecimal("6"));
        t.getTax().setPricesIncludeTax(false);
        t.getTax().setInvoiceType(InvoiceType.SPECIAL);
        return t;
    }

    /** A contract in force over a month of its own, made by the manager of the store; answers its id. */
    public long contract(Api.Login manager, long storeId, long vendorId) {
        return contract(manager, storeId, vendorId, t -> { });
    }

    /** The same, with terms changed from the usual ones (an incident fine, say). */
    public long contract(Api.Login manager, long storeId, long vendorId, Consumer<ContractTerms> change) {
        LocalDate month = nextMonth();
        String number = PREFIX + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        ContractTerms terms = terms(month);
        change.accept(terms);
        JsonObject draft = expect(201, api.post(manager, "api/contracts", ContractJson.form(storeId, vendorId, number,
                terms))).json();
        long id = draft.getJsonNumber("id").longValue();
        expect(200, api.post(manager, "api/contracts/" + id + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        return id;
    }

    /** The first day of the contract's (only) month. */
    public LocalDate start(long contractId) {
        return LocalDate.parse(expect(200, api.get(ADMIN, "api/contracts/" + contractId)).json()
                .getString("startDate"));
    }

    /** Generates the contract's statement as admin (so that finance may approve it). */
    public JsonObject generate(long contractId) {
        return generate(ADMIN, contractId);
    }

    public JsonObject generate(Api.Login who, long contractId) {
        Api.Reply reply = api.post(who, "api/statements", Json.createObjectBuilder().add("contractId", contractId)
                .add("cycleStart", start(contractId).toString()).build());
        if (reply.status() != 200) {
            expect(201, reply);
        }
        return reply.json();
    }

    public JsonObject read(long statementId) {
        return expect(200, api.get(ADMIN, "api/statements/" + statementId)).json();
    }

    /** A workflow step with the version now stored. */
    public Api.Reply step(Api.Login who, long statementId, String action, JsonObjectBuilder body) {
        return api.post(who, "api/statements/" + statementId + "/" + action,
                body.add("version", read(statementId).getJsonNumber("version")).build());
    }

    public JsonObject stepOk(Api.Login who, long statementId, String action, JsonObjectBuilder body) {
        return expect(200, step(who, statementId, action, body)).json();
    }

    /**
     * A finance user of this fixture's own who issues its statements: four eyes keep whoever issued a
     * statement from approving it, so {@link Api#FINANCE} stays free to approve them.
     */
    public synchronized Api.Login issuer() {
        if (issuer == null) {
            issuer = user("FINANCE", null, null);
        }
        return issuer;
    }

    /**
     * A statement generated by admin and brought to the status: issued by {@link #issuer()}, confirmed
     * (or disputed) by the lead of its vendor, approved and paid by {@link Api#FINANCE}.
     */
    public long statementIn(String status, long contractId, Api.Login lead) {
        long id = generate(contractId).getJsonNumber("id").longValue();
        String[] path = {"DRAFT", "ISSUED", "CONFIRMED", "APPROVED", "PAID"};
        boolean disputed = status.equals("DISPUTED");
        for (int i = 1; i < path.length && !path[i - 1].equals(disputed ? "ISSUED" : status); i++) {
            switch (path[i]) {
                case "ISSUED" -> stepOk(issuer(), id, "issue", Json.createObjectBuilder());
                case "CONFIRMED" -> stepOk(lead, id, "confirm", Json.createObjectBuilder());
                case "APPROVED" -> stepOk(Api.FINANCE, id, "approve", Json.createObjectBuilder());
                case "PAID" -> stepOk(Api.FINANCE, id, "pay", Json.createObjectBuilder()
                        .add("paidOn", LocalDate.now(BusinessTime.ZONE).toString())
                        .add("paymentReference", "TX-" + id));
                default -> throw new IllegalStateException(path[i]);
            }
        }
        if (disputed) {
            stepOk(lead, id, "dispute", Json.createObjectBuilder().add("comment", "坐席人数与排班不符"));
        }
        return id;
    }

    /**
     * Removes the made-up contracts of this run and everything written about them (statements,
     * temporary agents, SLA rows), so that no later test sees them. Audit entries stay: the log is
     * append-only.
     */
    public static void removeMadeUp() throws SQLException {
        removeMadeUp(PREFIX);
    }

    /** Removes the contracts whose numbers start with the prefix and everything written about them. */
    public static void removeMadeUp(String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                Statement s = c.createStatement()) {
            String ids = "(SELECT id FROM contract WHERE number LIKE '" + prefix + "%')";
            String statements = "(SELECT id FROM statement WHERE contract_id IN " + ids + ")";
            for (String sql : new String[] {
                "DELETE FROM statement_invoice WHERE statement_id IN " + statements,
                "DELETE FROM statement_line WHERE statement_id IN " + statements,
                "DELETE FROM statement WHERE adjusts_id IS NOT NULL AND contract_id IN " + ids,
                "DELETE FROM statement WHERE contract_id IN " + ids,
                "DELETE FROM temporary_agents WHERE contract_id IN " + ids,
                "DELETE FROM staffing_request WHERE contract_id IN " + ids,
                "DELETE FROM sla_dispute WHERE contract_id IN " + ids,
                "DELETE FROM sla_incident WHERE contract_id IN " + ids,
                "DELETE FROM sla_result WHERE contract_id IN " + ids,
                "DELETE FROM sla_cycle WHERE contract_id IN " + ids,
                "DELETE FROM report_day_missed WHERE contract_id IN " + ids,
                "DELETE FROM contract_version WHERE contract_id IN " + ids,
                "DELETE FROM contract WHERE number LIKE '" + prefix + "%'"}) {
                s.executeUpdate(sql);
            }
        }
    }

    /** A new user with one role, for a vendor or a store. */
    public Api.Login user(String role, Long vendorId, Long storeId) {
        String name = ("st" + role.charAt(0) + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        var body = Json.createObjectBuilder().add("username", name).add("displayName", name)
                .add("password", "Throwaway-pw-1").add("roles", Json.createArrayBuilder().add(role));
        if (vendorId != null) {
            body.add("vendorId", vendorId);
        }
        if (storeId != null) {
            body.add("storeIds", Json.createArrayBuilder().add(storeId));
        }
        expect(201, api.post(ADMIN, "api/users", body.build()));
        return new Api.Login(name, "Throwaway-pw-1");
    }
}
