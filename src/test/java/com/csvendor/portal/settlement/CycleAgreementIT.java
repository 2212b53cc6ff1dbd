package com.csvendor.portal.settlement;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.FINANCE;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.contract.ContractJson;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.Penalties;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Fixture;
import com.csvendor.portal.sla.ComparisonData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One cycle, one figure: the SLA cycle (its REST answer, which is what the SLA page shows), the
 * vendor comparison over the cycle and the statement of the cycle agree on the service fee and the
 * penalties of a contract amended in the middle of its cycle and of a contract terminated in the
 * middle of its cycle, and all of them are the figures computed by hand. A world of its own (stores
 * {@code H15C-AMD} and {@code H15C-TRM}, vendor {@code h15c云帆客服}, its lead and a manager of the two
 * stores) on March 1973 — the year 2073 shifted back a century, because KPI figures and SLA windows
 * cannot lie in the future.
 * <ul>
 * <li>Both contracts: seats, monthly cycles, satisfaction ≥ 90 % each day, a breach costs 10 % of
 * the cycle fee × 1 day / 31; 2 agents every day, satisfaction 95 % except on the breached days (75 %).</li>
 * <li>Amended: ¥5,000 a seat until 15 March, ¥6,200 from 16 March; breaches on 5 and 20 March.
 * Fee = 30 agent-days × 5,000 / 31 (4,838.71) + 32 × 6,200 / 31 (6,400.00) = ¥11,238.71; each
 * breach 10 % × 11,238.71 / 31 = 36.25, penalties ¥72.50. (The version in force on the last day for
 * the whole month would make it ¥12,400.00.)</li>
 * <li>Terminated from 21 March (last day 20 March), recorded after figures up to 5 April had been
 * uploaded and evaluated: ¥5,000 a seat and a minimum monthly fee of ¥20,000; breaches on 10 and 25
 * March — the days after the termination, and April's cycle, count for nothing. Fee = 40 × 5,000 / 31 (6,451.61) + the
 * minimum's top-up 20,000 × 20 / 31 − 6,451.6129… (6,451.61) = ¥12,903.22; the breach 10 % ×
 * 12,903.22 / 31 = ¥41.62. (Running to the end date would make the fee ¥20,000.00.)</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
class CycleAgreementIT {

    static final String AMENDED_STORE = "H15C-AMD";
    static final String TERMINATED_STORE = "H15C-TRM";
    static final String VENDOR = "h15c云帆客服";
    static final Api.Login MANAGER = new Api.Login("h15cmanager", "Throwaway-pw-1");
    static final Api.Login LEAD = new Api.Login("h15clead", "Throwaway-pw-1");
    static final LocalDate CYCLE = LocalDate.of(1973, 3, 1);
    static final LocalDate CYCLE_END = LocalDate.of(1973, 3, 31);
    static final String HEADER = "agent_account,date,received,inquiries,paid_buyers,sales_amount,ratings,"
            + "satisfied_ratings";

    private static long amended;
    private static long terminated;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void load() throws Exception {
        api = new Api(Deployments.onLoopback(base));
        world(api);
    }

    @Test
    void anAmendedContractShowsTheSameFeeAndPenaltiesOnTheSlaPageInTheComparisonAndOnTheStatement() {
        agree(amended, AMENDED_STORE, "11238.71", "72.50");
    }

    @Test
    void aTerminatedContractShowsTheSameFeeAndPenaltiesOnTheSlaPageInTheComparisonAndOnTheStatement() {
        agree(terminated, TERMINATED_STORE, "12903.22", "41.62");
    }

    private void agree(long contract, String store, String fee, String penalties) {
        expect(200, api.post(MANAGER, "api/sla-results/evaluate?contract=" + contract + "&from=" + CYCLE + "&to="
                + CYCLE_END, Json.createObjectBuilder().build()));
        JsonObject statement = statement(contract);
        List<JsonObject> cycles = expect(200, api.get(MANAGER, "api/sla-results/cycles/" + contract)).array()
                .getValuesAs(JsonObject.class);
        JsonObject cycle = cycles.stream().filter(c -> c.getString("cycleStart").equals(CYCLE.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no SLA cycle " + CYCLE + " of " + contract));
        assertEquals(List.of(), cycles.stream().map(c -> c.getString("cycleStart"))
                .filter(d -> d.compareTo(CYCLE_END.toString()) > 0).toList(), "no cycle after March: " + cycles);
        JsonObject compared = expect(200, api.get(MANAGER, "api/comparisons?stores=" + store + "&from=" + CYCLE
                + "&to=" + CYCLE_END)).json().getJsonArray("vendors").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("vendorName").equals(VENDOR)).findFirst().orElseThrow();

        assertEquals(new BigDecimal(fee), money(cycle, "serviceFee"), "SLA cycle: " + cycle);
        assertEquals(new BigDecimal(fee), money(statement, "feeTotal"), "statement: " + statement);
        assertEquals(new BigDecimal(fee), money(compared, "fees"), "comparison: " + compared);
        assertEquals(new BigDecimal(penalties), money(cycle, "penaltyTotal"), "SLA cycle: " + cycle);
        assertEquals(new BigDecimal(penalties).negate(), money(statement, "penaltyTotal"), "statement: " + statement);
        assertEquals(new BigDecimal(penalties), money(compared, "penalties"), "comparison: " + compared);
    }

    private JsonObject statement(long contract) {
        Api.Reply reply = api.post(FINANCE, "api/statements", Json.createObjectBuilder().add("contractId", contract)
                .add("cycleStart", CYCLE.toString()).build());
        if (reply.status() != 200) {
            expect(201, reply);
        }
        return reply.json();
    }

    private static BigDecimal money(JsonObject o, String key) {
        return o.getJsonNumber(key).bigDecimalValue().setScale(2);
    }

    /** Makes the world once per test JVM; every step finds what an earlier run made before making it. */
    static synchronized void world(Api api) throws InterruptedException {
        if (amended != 0) {
            return;
        }
        Fixture fixture = new Fixture(api);
        long amendedStore = ComparisonData.store(api, AMENDED_STORE, "h15c 改约店");
        long terminatedStore = ComparisonData.store(api, TERMINATED_STORE, "h15c 解约店");
        long vendor = ComparisonData.vendor(api, fixture, VENDOR);
        ComparisonData.user(api, MANAGER, "h15c 经理", "STORE_MANAGER", b -> b.add("storeIds",
                Json.createArrayBuilder().add(amendedStore).add(terminatedStore)));
        ComparisonData.user(api, LEAD, "h15c 主管", "VENDOR_LEAD", b -> b.add("vendorId", vendor));
        ComparisonData.agent(api, vendor, "h15c小美", Json.createArrayBuilder()
                .add(ComparisonData.account(amendedStore, "h15c:小美"))
                .add(ComparisonData.account(terminatedStore, "h15c-t:小美")));
        ComparisonData.agent(api, vendor, "h15c阿杰", Json.createArrayBuilder()
                .add(ComparisonData.account(amendedStore, "h15c:阿杰"))
                .add(ComparisonData.account(terminatedStore, "h15c-t:阿杰")));

        ContractTerms first = terms("5000.00", null);
        amended = contract(api, amendedStore, vendor, "H15C-AMD-1973", first);
        if (versions(api, amended) == 1) {
            ContractTerms second = terms("6200.00", null);
            expect(200, api.post(MANAGER, "api/contracts/" + amended + "/amendments", ContractJson.amendment(
                    LocalDate.of(1973, 3, 16), "h15c 坐席单价调整", second, version(api, amended))));
        }
        terminated = contract(api, terminatedStore, vendor, "H15C-TRM-1973", terms("5000.00", "20000.00"));
        ComparisonData.published(api, LEAD, ComparisonData.upload(api, LEAD, AMENDED_STORE,
                report("h15c:", CYCLE_END, Set.of(5, 20))));
        if (!"TERMINATED".equals(expect(200, api.get(ADMIN, "api/contracts/" + terminated)).json()
                .getString("status"))) {
            // Figures and an evaluation up to 5 April, then a termination from 21 March recorded late:
            // the days after it (a breach on 25 March, April's cycle) must count for nothing.
            ComparisonData.published(api, LEAD, ComparisonData.upload(api, LEAD, TERMINATED_STORE,
                    report("h15c-t:", LocalDate.of(1973, 4, 5), Set.of(10, 25))));
            expect(200, api.post(MANAGER, "api/sla-results/evaluate?contract=" + terminated + "&from=" + CYCLE
                    + "&to=1973-04-05", Json.createObjectBuilder().build()));
            expect(200, api.post(MANAGER, "api/contracts/" + terminated + "/status", Json.createObjectBuilder()
                    .add("status", "TERMINATED").add("on", "1973-03-21").add("reason", "h15c 提前解约")
                    .add("version", version(api, terminated)).build()));
        }
    }

    /** Seats at the price over 1973, satisfaction ≥ 90 % each day, a breach 10 % of the cycle fee, cap 5 %. */
    private static ContractTerms terms(String seatPrice, String minimumMonthlyFee) {
        ContractTerms t = ContractJson.terms(LocalDate.of(1973, 1, 1), LocalDate.of(1973, 12, 31));
        t.getFees().setSeatPrice(new BigDecimal(seatPrice));
        t.getFees().setMinimumMonthlyFee(minimumMonthlyFee == null ? null : new BigDecimal(minimumMonthlyFee));
        SlaTarget satisfaction = new SlaTarget();
        satisfaction.setMetric(Metric.SATISFACTION_RATE);
        satisfaction.setComparator(Comparator.GE);
        satisfaction.setThreshold(new BigDecimal("90"));
        satisfaction.setWindow(SlaWindow.DAILY);
        t.setSlaTargets(List.of(satisfaction));
        PenaltyTier tier = new PenaltyTier();
        tier.setShortfallOverPercent(BigDecimal.ZERO);
        tier.setFeePercent(BigDecimal.TEN);
        Penalties p = new Penalties();
        p.setTiers(List.of(tier));
        p.setCapPercent(new BigDecimal("5"));
        t.setPenalties(p);
        return t;
    }

    private static long contract(Api api, long storeId, long vendorId, String number, ContractTerms terms) {
        var existing = ComparisonData.id(api, "api/contracts", "number", number);
        if (existing.isPresent()) {
            return existing.getAsLong();
        }
        JsonObject draft = expect(201, api.post(MANAGER, "api/contracts",
                ContractJson.form(storeId, vendorId, number, terms))).json();
        long id = draft.getJsonNumber("id").longValue();
        expect(200, api.post(MANAGER, "api/contracts/" + id + "/status",
                ContractJson.status("ACTIVE", draft.getJsonNumber("version").longValue())));
        return id;
    }

    private static long version(Api api, long contract) {
        return expect(200, api.get(ADMIN, "api/contracts/" + contract)).json().getJsonNumber("version").longValue();
    }

    private static int versions(Api api, long contract) {
        return expect(200, api.get(ADMIN, "api/contracts/" + contract + "/versions")).array().size();
    }

    /** Two agents each day of March up to {@code last}: 20 ratings, 19 satisfied, 15 on the breached days. */
    private static String report(String prefix, LocalDate last, Set<Integer> breached) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (LocalDate d = CYCLE; !d.isAfter(last); d = d.plusDays(1)) {
            for (String agent : List.of("小美", "阿杰")) {
                int satisfied = breached.contains(d.getDayOfMonth()) ? 15 : 19;
                csv.append(String.join(",", prefix + agent, d.toString(), "40", "20", "5", "500.00", "20",
                        String.valueOf(satisfied))).append('\n');
            }
        }
        return csv.toString();
    }
}
