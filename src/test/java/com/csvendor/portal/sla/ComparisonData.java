package com.csvendor.portal.sla;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.LEAD;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * KPI rows for the comparison tests, loaded through the real import REST path: two vendors in
 * PETS-TM — 云帆客服 (agents 小美, 阿杰; seat contract YF-PETS) and 声联服务 (丽娜, 志强; commission
 * contract SL-PETS, semi-monthly cycles) — on eight days around a period that starts on the 10th
 * of one month and ends on the 20th of the second month after it, so that edge months are partial
 * and one month is whole; two of the days lie outside the period. 小美 also works a day in HOME-JD.
 * Figures vary by day so that an average of daily rates differs from the ratio of sums.
 */
public final class ComparisonData {

    public static final String STORE = "PETS-TM";
    public static final String OTHER_STORE = "HOME-JD";
    public static final String YUNFAN = "云帆客服";
    public static final String SHENGLIAN = "声联服务";
    static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,refunds,refund_amount,"
            + "returns,disputes,first_response_seconds,avg_response_seconds,response_sessions,responded_within_3min,"
            + "responded_within_30s,ratings,satisfied_ratings,dissatisfied_ratings";

    private static boolean loaded;

    /** The first day of the period: the 10th, eight months back (inside both demo contracts). */
    public static LocalDate from() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1).minusMonths(8).withDayOfMonth(10);
    }

    /** The last day: the 20th of the second month after the first. */
    public static LocalDate to() {
        return from().withDayOfMonth(1).plusMonths(2).withDayOfMonth(20);
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

    /** Loads the rows once per deployment (re-uploading the same bytes is recognised as a duplicate anyway). */
    public static synchronized void load(Api api) throws InterruptedException {
        if (loaded) {
            return;
        }
        Fixture fixture = new Fixture(api);
        published(api, LEAD, upload(api, LEAD, STORE, report(0, "萌宠旗舰店:", List.of("小美", "阿杰"))));
        published(api, LEAD, upload(api, LEAD, OTHER_STORE, HEADER + "\n" + row("hjj_kf01_小美", days().get(3), 1, 0, 0)));
        String lead = fixture.unique("sllead").toLowerCase(Locale.ROOT);
        expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", lead)
                .add("displayName", "声联主管").add("password", "Throwaway-pw-1")
                .add("roles", Json.createArrayBuilder().add("VENDOR_LEAD"))
                .add("vendorId", fixture.vendorId(SHENGLIAN)).build()));
        Api.Login shenglian = new Api.Login(lead, "Throwaway-pw-1");
        published(api, shenglian, upload(api, shenglian, STORE, report(1, "萌宠旗舰店:", List.of("丽娜", "志强"))));
        loaded = true;
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

    private static long upload(Api api, Api.Login login, String store, String csv) {
        Api.Reply reply = api.send(login.authorization(), "POST", "api/kpi-imports?store=" + store
                + "&fileName=comparison.csv", csv, "text/csv; charset=UTF-8");
        JsonObject body = reply.json();
        if (reply.status() == 200 && "DUPLICATE".equals(body.getString("status"))) {
            return body.getJsonNumber("duplicateOf").longValue();
        }
        assertEquals(202, reply.status(), reply::toString);
        return body.getJsonNumber("id").longValue();
    }

    private static void published(Api api, Api.Login login, long id) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonObject now = expect(200, api.get(ADMIN, "api/kpi-imports/" + id)).json();
            String status = now.getString("status");
            if (!List.of("QUEUED", "RUNNING").contains(status)) {
                assertEquals("PUBLISHED", status, now::toString);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
