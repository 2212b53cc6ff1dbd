package com.csvendor.portal.work;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.DailyReport;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.settlement.SettlementData;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.ReportLedger;
import com.csvendor.portal.sla.control.SlaWindows;
import com.csvendor.portal.sla.control.Window;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A world of its own for the home page's work queues, made once per test JVM through the REST API, so
 * that every queue of its store manager and vendor lead has an exact count whatever other tests wrote:
 * a store and a vendor with unique names, the store's manager, the vendor's lead and one agent, and
 * <ul>
 * <li>a seat contract ({@link #slaContract}, quarterly cycles, first response ≤ 30 s each day, the
 * store may end it after 2 breached days in a row) with figures of the agent on the two days before
 * today, both breached (60 s): a termination right; the lead disputes the later breach and the manager
 * records an incident on the earlier day;</li>
 * <li>an after-sales contract ending in 10 days with 30 days' notice ({@link #noticeContract});</li>
 * <li>four one-month contracts of 2025 with a statement each: a draft (past its statement due date),
 * one issued to the vendor, one approved and due in three days, one approved and overdue (its due date
 * moved three days back in the database, as time would have);</li>
 * <li>a report the import refused (an account nobody holds).</li>
 * </ul>
 * Today is the business day in Asia/Shanghai; what falls in the running quarter is computed with the
 * portal's own window arithmetic ({@link #runningBreaches}).
 */
public final class HomeData {

    public static final ZoneId ZONE = BusinessTime.ZONE;
    static final String PREFIX = "H18H-";
    private static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,"
            + "first_response_seconds,avg_response_seconds,responded_within_3min,ratings,satisfied_ratings";
    private static final String PASSWORD = "Throwaway-pw-1";

    private static HomeData made;

    public final LocalDate today = LocalDate.now(ZONE);
    public final String storeCode;
    public final String storeName;
    public final String vendorName;
    public final Api.Login manager;
    public final Api.Login lead;
    public long slaContract;
    public String slaNumber;
    public long noticeContract;
    public String noticeNumber;
    public long disputeId;
    public long refusedImport;
    public long draft;
    public long issued;
    public long dueThisWeek;
    public long overdue;

    private final Api api;
    private final long storeId;
    private final long vendorId;
    private final String account;

    private HomeData(Api api) {
        this.api = api;
        Fixture fixture = new Fixture(api);
        String run = fixture.unique("").toLowerCase(Locale.ROOT);
        storeCode = PREFIX + run.toUpperCase(Locale.ROOT);
        storeName = "工作台测试店 " + run;
        vendorName = "工作台测试外包 " + run;
        manager = new Api.Login("h18hm" + run, PASSWORD);
        lead = new Api.Login("h18hl" + run, PASSWORD);
        account = "h18h:" + run + ":小林";
        storeId = id(expect(201, api.post(ADMIN, "api/stores", Json.createObjectBuilder().add("code", storeCode)
                .add("name", storeName).add("platform", "TMALL").add("timeZone", "Asia/Shanghai").build())).json());
        vendorId = id(expect(201, api.post(ADMIN, "api/vendors", Json.createObjectBuilder().add("name", vendorName)
                .add("legalName", vendorName + "有限公司").add("creditCode", fixture.validCreditCode())
                .add("taxpayerType", "GENERAL").build())).json());
        user(manager, "工作台经理", "STORE_MANAGER", b -> b.add("storeIds", Json.createArrayBuilder().add(storeId)));
        user(lead, "工作台主管", "VENDOR_LEAD", b -> b.add("vendorId", vendorId));
        expect(201, api.post(ADMIN, "api/vendors/" + vendorId + "/agents", Json.createObjectBuilder()
                .add("displayName", "小林").add("accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("storeId", storeId).add("accountName", account))).build()));
    }

    /** The world, made on first use in this JVM. */
    public static synchronized HomeData load(Api api) throws Exception {
        if (made == null) {
            HomeData d = new HomeData(api);
            d.contracts();
            d.breaches();
            d.statements();
            d.refusedImport = d.upload(HEADER + "\n" + "h18h:nobody," + d.today.minusDays(1) + ",10,4,1,\"50.00\",20,30,10,5,5\n",
                    "REJECTED");
            made = d;
        }
        return made;
    }

    /** The two breached days, the earlier first. */
    public List<LocalDate> breachedDays() {
        return List.of(today.minusDays(2), today.minusDays(1));
    }

    /** The running quarter of the SLA contract. */
    public Window runningCycle() {
        return SlaWindows.cycleOf(SettlementCycle.QUARTERLY, today);
    }

    /** How many of the breached days lie in the running quarter (2 on most days; fewer just after a quarter starts). */
    public long runningBreaches() {
        return breachedDays().stream().filter(d -> !d.isBefore(runningCycle().start())).count();
    }

    /**
     * The contracts short of staff on days of their running cycle, with those days: one agent reports on
     * the breached days where each contract's shift commits 3, and both contracts share the store and
     * vendor's figures (the SLA contract's cycle is the quarter, the notice contract's the month). Before
     * 12:00 Beijing time yesterday's report is not due yet, so that day is pending, not short.
     */
    public Map<Long, List<LocalDate>> shortInRunningCycles() {
        Map<Long, List<LocalDate>> out = new HashMap<>();
        List<LocalDate> judged = breachedDays().stream()
                .filter(d -> ReportLedger.due(new DailyReport(), d, Instant.now())).toList();
        out.put(slaContract, judged.stream().filter(d -> !d.isBefore(runningCycle().start())).toList());
        out.put(noticeContract, judged.stream().filter(d -> !d.isBefore(today.withDayOfMonth(1))).toList());
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private void contracts() {
        ContractTerms sla = ContractJson.terms(today.minusDays(60), today.plusDays(200));
        sla.getSettlement().setCycle(SettlementCycle.QUARTERLY);
        SlaTarget target = new SlaTarget();
        target.setMetric(Metric.FIRST_RESPONSE_SECONDS);
        target.setComparator(Comparator.LE);
        target.setThreshold(new BigDecimal("30"));
        target.setWindow(SlaWindow.DAILY);
        target.setMinimumSample(1);
        sla.getSlaTargets().add(target);
        sla.getPenalties().setTerminationAfterBreaches(2);
        slaNumber = PREFIX + "SLA-" + storeCode.substring(PREFIX.length());
        slaContract = contract(slaNumber, sla);

        ContractTerms notice = ContractJson.terms(today.minusDays(100), today.plusDays(10));
        notice.getScope().setServiceTypes(EnumSet.of(ServiceType.AFTER_SALES));
        notice.getPeriod().setNoticeDays(30);
        noticeNumber = PREFIX + "END-" + storeCode.substring(PREFIX.length());
        noticeContract = contract(noticeNumber, notice);
    }

    private void breaches() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (LocalDate day : breachedDays()) {
            csv.append(account).append(',').append(day).append(",100,40,10,\"500.00\",60,70,90,20,19\n");
        }
        upload(csv.toString(), "PUBLISHED");
        JsonArray results = null;
        for (int i = 0; i < 240 && (results == null || results.size() < 2); i++) {
            Thread.sleep(i == 0 ? 0 : 250);
            results = expect(200, api.get(manager, "api/sla-results?contract=" + slaContract + "&window=DAILY&from="
                    + breachedDays().get(0) + "&to=" + breachedDays().get(1) + "&breachedOnly=true")).array();
        }
        assertEquals(2, results.size(), "both days breached: " + results);
        long later = results.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("windowEnd").equals(breachedDays().get(1).toString()))
                .mapToLong(HomeData::id).findFirst().orElseThrow();
        disputeId = id(expect(201, api.post(lead, "api/disputes", Json.createObjectBuilder().add("subjectType", "BREACH")
                .add("subjectId", later).add("comment", "当日平台故障，首响统计异常").build())).json());
        expect(201, api.post(manager, "api/incidents", Json.createObjectBuilder().add("contractId", slaContract)
                .add("occurredOn", breachedDays().get(0).toString()).add("type", "FORBIDDEN_PHRASE")
                .add("evidence", "会话记录：使用了禁用语").build()));
    }

    private void statements() throws SQLException {
        SettlementData settlement = new SettlementData(api);
        draft = id(settlement.generate(statementContract(1, 30)));
        issued = settlement.statementIn("ISSUED", statementContract(2, 30), lead);
        dueThisWeek = settlement.statementIn("APPROVED", statementContract(3, 3), lead);
        overdue = settlement.statementIn("APPROVED", statementContract(4, 0), lead);
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement s = c.prepareStatement("UPDATE statement SET payment_due_on = ? WHERE id = ?")) {
            s.setObject(1, today.minusDays(3));
            s.setLong(2, overdue);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** A one-month contract in 2025 (month {@code month}) with the given payment terms. */
    private long statementContract(int month, int netDays) {
        ContractTerms t = SettlementData.terms(LocalDate.of(2025, month, 1));
        t.getSettlement().setPaymentNetDays(netDays);
        return contract(PREFIX + "ST" + month + "-" + storeCode.substring(PREFIX.length()), t);
    }

    private long contract(String number, ContractTerms terms) {
        JsonObject draft = expect(201, api.post(manager, "api/contracts", ContractJson.form(storeId, vendorId, number,
                terms))).json();
        expect(200, api.post(manager, "api/contracts/" + id(draft) + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        return id(draft);
    }

    private long upload(String csv, String expected) throws InterruptedException {
        Api.Reply reply = api.send(lead.authorization(), "POST", "api/kpi-imports?store=" + storeCode
                + "&fileName=h18h-" + expected.toLowerCase(Locale.ROOT) + ".csv", csv, "text/csv; charset=UTF-8");
        assertTrue(reply.status() == 202, reply::toString);
        long id = id(reply.json());
        for (int i = 0; i < 240; i++) {
            String status = expect(200, api.get(lead, "api/kpi-imports/" + id)).json().getString("status");
            if (!List.of("QUEUED", "RUNNING").contains(status)) {
                assertEquals(expected, status);
                return id;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private void user(Api.Login login, String displayName, String role,
            Consumer<jakarta.json.JsonObjectBuilder> scope) {
        var body = Json.createObjectBuilder().add("username", login.username()).add("displayName", displayName)
                .add("password", login.password()).add("roles", Json.createArrayBuilder().add(role));
        scope.accept(body);
        expect(201, api.post(ADMIN, "api/users", body.build()));
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
