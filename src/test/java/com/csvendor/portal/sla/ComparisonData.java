package com.csvendor.portal.sla;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * A comparison world of its own, through the real REST paths and on fixed dates, so that the
 * comparison tests pass on any day, whatever other tests wrote before them, and change nothing
 * other tests see: two stores ({@link #STORE}, {@link #OTHER_STORE}) managed only by a manager of
 * its own ({@link #MANAGER}), two vendors with leads of their own; in {@link #STORE} 比测云帆客服
 * (agents 小美, 阿杰; seats at ¥5,200 a month) and 比测声联服务 (丽娜, 志强; 2.5 % of sales net of
 * refunds, semi-monthly cycles) — with KPI rows
 * on eight days around a period that starts on 10 April 2024 and ends on 20 June 2024, so that edge
 * months are partial and one month is whole; two of the days lie outside the period. 小美 also
 * works a day in {@link #OTHER_STORE}, under a second seat contract of 云帆客服. Figures vary by day so that
 * an average of daily rates differs from the ratio of sums.
 */
public final class ComparisonData {

    public static final String STORE = "CMP-IT-PETS";
    public static final String OTHER_STORE = "CMP-IT-HOME";
    public static final String YUNFAN = "比测云帆客服";
    public static final String SHENGLIAN = "比测声联服务";
    /** The store manager of {@link #STORE} and {@link #OTHER_STORE}, and of nothing else. */
    public static final Api.Login MANAGER = new Api.Login("cmpitmanager", "Throwaway-pw-1");
    /** The leads of the two vendors. */
    static final Api.Login YUNFAN_LEAD = new Api.Login("cmpityflead", "Throwaway-pw-1");
    static final Api.Login SHENGLIAN_LEAD = new Api.Login("cmpitsllead", "Throwaway-pw-1");
    /** The commission contract of 声联服务 in {@link #STORE}. */
    static final String SHENGLIAN_CONTRACT = "CMP-IT-SL-2024";
    static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,refunds,refund_amount,"
            + "returns,disputes,first_response_seconds,avg_response_seconds,response_sessions,responded_within_3min,"
            + "responded_within_30s,ratings,satisfied_ratings,dissatisfied_ratings";
    private static final LocalDate CONTRACT_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate CONTRACT_END = LocalDate.of(2024, 12, 31);

    private static boolean loaded;

    /** The first day of the period. */
    public static LocalDate from() {
        return LocalDate.of(2024, 4, 10);
    }

    /** The last day: the 20th of the second month after the first. */
    public static LocalDate to() {
        return LocalDate.of(2024, 6, 20);
    }

    /** Eight days: one before the period, two in the first (partial) month, two in the whole one, two in the last, one after. */
    static List<LocalDate> days() {
        LocalDate a = from().withDayOfMonth(1);
        LocalDate b = a.plusMonths(1);
        LocalDate c = b.plusMonths(1);
        return List.of(a.withDayOfMonth(5), a.withDayOfMonth(12), a.withDayOfMonth(20), b.withDayOfMonth(3),
                b.withDayOfMonth(15), c.withDayOfMonth(5), c.withDayOfMonth(20), c.withDayOfMonth(25));
    }

    private ComparisonData() {
    }

    /**
     * Makes the world once per test JVM (the database outlives a deployment: each step finds what
     * an earlier run made before making it, and re-uploading the same bytes is a duplicate anyway).
     */
    public static synchronized void load(Api api) throws InterruptedException {
        if (loaded) {
            return;
        }
        Fixture fixture = new Fixture(api);
        long pets = store(api, STORE, "对比测试旗舰店");
        long home = store(api, OTHER_STORE, "对比测试家居店");
        long yunfan = vendor(api, fixture, YUNFAN);
        long shenglian = vendor(api, fixture, SHENGLIAN);
        user(api, MANAGER, "对比经理", "STORE_MANAGER", b -> b.add("storeIds", Json.createArrayBuilder().add(pets)
                .add(home)));
        user(api, YUNFAN_LEAD, "云帆主管", "VENDOR_LEAD", b -> b.add("vendorId", yunfan));
        user(api, SHENGLIAN_LEAD, "声联主管", "VENDOR_LEAD", b -> b.add("vendorId", shenglian));
        contract(api, pets, yunfan, "CMP-IT-YF-2024", seats());
        contract(api, pets, shenglian, SHENGLIAN_CONTRACT, commission());
        contract(api, home, yunfan, "CMP-IT-YF-HOME-2024", seats());
        agent(api, yunfan, "小美", Json.createArrayBuilder().add(account(pets, "cmpit:小美"))
                .add(account(home, "cmpit_home_小美")));
        agent(api, yunfan, "阿杰", Json.createArrayBuilder().add(account(pets, "cmpit:阿杰")));
        agent(api, shenglian, "丽娜", Json.createArrayBuilder().add(account(pets, "cmpit:丽娜")));
        agent(api, shenglian, "志强", Json.createArrayBuilder().add(account(pets, "cmpit:志强")));
        published(api, YUNFAN_LEAD, upload(api, YUNFAN_LEAD, STORE, report(0, "cmpit:", List.of("小美", "阿杰"))));
        published(api, YUNFAN_LEAD, upload(api, YUNFAN_LEAD, OTHER_STORE, HEADER + "\n" + row("cmpit_home_小美", days().get(3), 1, 0, 0)));
        published(api, SHENGLIAN_LEAD, upload(api, SHENGLIAN_LEAD, STORE, report(1, "cmpit:", List.of("丽娜", "志强"))));
        loaded = true;
    }

    /** Seats at ¥5,200 per agent and month, monthly cycles, no other fee. */
    private static ContractTerms seats() {
        ContractTerms t = ContractJson.terms(CONTRACT_START, CONTRACT_END);
        t.getFees().setSeatPrice(new BigDecimal("5200.00"));
        return t;
    }

    /** 2.5 % of agent sales net of refunds, semi-monthly cycles. */
    private static ContractTerms commission() {
        ContractTerms t = ContractJson.terms(CONTRACT_START, CONTRACT_END);
        t.getFees().setModel(FeeModel.COMMISSION);
        t.getFees().setSeatPrice(null);
        t.getFees().setCommissionPercent(new BigDecimal("2.5"));
        t.getFees().setCommissionNetOfRefunds(true);
        t.getSettlement().setCycle(SettlementCycle.SEMI_MONTHLY);
        return t;
    }

    public static long vendor(Api api, Fixture fixture, String name) {
        return id(api, "api/vendors", "name", name).orElseGet(() -> expect(201, api.post(ADMIN, "api/vendors",
                Json.createObjectBuilder().add("name", name).add("legalName", name + "有限公司")
                        .add("creditCode", fixture.validCreditCode()).add("taxpayerType", "GENERAL").build())).json()
                .getJsonNumber("id").longValue());
    }

    public static long store(Api api, String code, String name) {
        return id(api, "api/stores", "code", code).orElseGet(() -> expect(201, api.post(ADMIN, "api/stores",
                Json.createObjectBuilder().add("code", code).add("name", name).add("platform", "TMALL")
                        .add("timeZone", "Asia/Shanghai").build())).json().getJsonNumber("id").longValue());
    }

    public static void user(Api api, Api.Login login, String displayName, String role,
            UnaryOperator<JsonObjectBuilder> scope) {
        if (id(api, "api/users", "username", login.username()).isEmpty()) {
            expect(201, api.post(ADMIN, "api/users", scope.apply(Json.createObjectBuilder()
                    .add("username", login.username()).add("displayName", displayName)
                    .add("password", login.password()).add("roles", Json.createArrayBuilder().add(role))).build()));
        }
    }

    private static void contract(Api api, long storeId, long vendorId, String number, ContractTerms terms) {
        if (id(api, "api/contracts", "number", number).isPresent()) {
            return;
        }
        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts",
                ContractJson.form(storeId, vendorId, number, terms))).json();
        expect(200, api.post(MANAGER, "api/contracts/" + draft.getJsonNumber("id").longValue() + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
    }

    public static void agent(Api api, long vendorId, String name, JsonArrayBuilder accounts) {
        Api.Reply existing = expect(200, api.get(ADMIN, "api/vendors/" + vendorId + "/agents"));
        JsonArray made = accounts.build();
        String firstAccount = made.getJsonObject(0).getString("accountName");
        boolean there = existing.array().getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("accounts").getValuesAs(JsonObject.class).stream())
                .anyMatch(a -> a.getString("accountName").equals(firstAccount));
        if (!there) {
            expect(201, api.post(ADMIN, "api/vendors/" + vendorId + "/agents", Json.createObjectBuilder()
                    .add("displayName", name).add("accounts", made).build()));
        }
    }

    public static JsonObjectBuilder account(long storeId, String name) {
        return Json.createObjectBuilder().add("storeId", storeId).add("accountName", name);
    }

    public static OptionalLong id(Api api, String path, String key, String value) {
        return expect(200, api.get(ADMIN, path)).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> value.equals(o.getString(key, null))).mapToLong(o -> o.getJsonNumber("id").longValue())
                .findFirst();
    }

    static String report(int vendor, String prefix, List<String> agents) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<LocalDate> days = days();
        for (int i = 0; i < days.size(); i++) {
            for (int a = 0; a < agents.size(); a++) {
                csv.append(row(prefix + agents.get(a), days.get(i), i, a, vendor));
            }
        }
        return csv.toString();
    }

    /** One agent-day; every figure depends on the day, the agent and the vendor. */
    static String row(String account, LocalDate date, int i, int a, int v) {
        int received = 40 + 37 * i + 11 * a + 5 * v + (i % 2 == 0 ? 60 : 0);
        int inquiries = received / 2 + 3 * i;
        int paid = inquiries * (10 + 9 * ((i + a) % 4) + 6 * v) / 100 + 1;
        BigDecimal sales = new BigDecimal("88.50").add(BigDecimal.valueOf(3L * i + 7L * v)).multiply(BigDecimal.valueOf(paid));
        int refunds = paid % 3;
        BigDecimal refundAmount = new BigDecimal("20.50").multiply(BigDecimal.valueOf(refunds));
        int returns = (i + a) % 2;
        int disputes = (i * (v + 1)) % 2;
        BigDecimal first = BigDecimal.valueOf(8 + 5 * ((i + 2 * a + 3 * v) % 5)).add(new BigDecimal("0.5"));
        BigDecimal average = first.multiply(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(3 + v));
        int sessions = received - (i % 3);
        int within3 = received - (1 + (i + a + v) % 4) * (1 + v);
        int within30 = within3 - 2 * (i % 3 + 1) - 5 * v;
        int ratings = 10 + 3 * i + a + (i % 2 == 0 ? 15 : 0);
        int satisfied = ratings - (1 + (i + v) % 3) - v * 2;
        int dissatisfied = ratings - satisfied > 1 ? 1 : 0;
        return String.join(",", account, date.toString(), String.valueOf(received), String.valueOf(inquiries),
                String.valueOf(paid), sales.toPlainString(), String.valueOf(refunds), refundAmount.toPlainString(),
                String.valueOf(returns), String.valueOf(disputes), first.toPlainString(), average.toPlainString(),
                String.valueOf(sessions), String.valueOf(within3), String.valueOf(within30), String.valueOf(ratings),
                String.valueOf(satisfied), String.valueOf(dissatisfied)) + "\n";
    }

    public static long upload(Api api, Api.Login login, String store, String csv) {
        Api.Reply reply = api.send(login.authorization(), "POST", "api/kpi-imports?store=" + store
                + "&fileName=comparison.csv", csv, "text/csv; charset=UTF-8");
        JsonObject body = reply.json();
        if (reply.status() == 200 && "DUPLICATE".equals(body.getString("status"))) {
            return body.getJsonNumber("duplicateOf").longValue();
        }
        assertEquals(202, reply.status(), reply::toString);
        return body.getJsonNumber("id").longValue();
    }

    public static void published(Api api, Api.Login login, long id) throws InterruptedException {
        api.published(id, 240);
    }
}
