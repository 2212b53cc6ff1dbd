package com.csvendor.portal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mixed journeys of the three business roles against the demo data (README, "Running several
 * instances"): a store manager reads contracts and the comparison, a vendor lead uploads a small KPI
 * report and reads the import history, finance reads statements — pages and API alike. Closed model:
 * {@code load.users} users at once for {@code load.seconds} after a ramp, each user running one journey
 * with a think time between requests and being replaced when it ends. A redirect (to the sign-in
 * page), an error page or a 5xx counts as an error.
 */
public class PortalLoadSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:18081");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int SECONDS = Integer.getInteger("load.seconds", 300);
    private static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 20);
    private static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 500));
    private static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 1500));

    /** Demo accounts (README, "Demo users"). */
    private static final String MANAGER = "manager";
    private static final String MANAGER_PASSWORD = "manager123";
    private static final String VENDOR = "vendor";
    private static final String VENDOR_PASSWORD = "vendor123";
    private static final String FINANCE = "finance";
    private static final String FINANCE_PASSWORD = "finance123";

    /** The comparison the manager and finance look at: the demo stores over the demo KPI month. */
    private static final String COMPARISON = "/api/comparisons?stores=PETS-TM,HOME-JD&from=2026-11-01&to=2026-11-30";

    private static final AtomicInteger UPLOADS = new AtomicInteger();

    /**
     * A two-row report in the portal's template for the demo vendor's agents in store PETS-TM: a day of
     * November 2026 and figures that differ at every upload, so no upload is a byte-for-byte duplicate.
     * It has the first nine columns only, so it is uploaded with {@code replaceEmptier=true} (else the
     * rows would be refused for emptying figures the demo data has).
     */
    static String smallReport(int n) {
        String day = LocalDate.of(2026, 11, 1).plusDays(n % 28).toString();
        int consultations = 100 + n % 900;
        return "store,agent_account,date,consultations,received,inquiries,orders,paid_buyers,sales_amount\n"
                + "PETS-TM,萌宠旗舰店:小美," + day + "," + consultations + "," + (consultations - 4) + ",60,28,24,3456.00\n"
                + "PETS-TM,萌宠旗舰店:阿杰," + day + "," + (consultations + 7) + "," + (consultations + 3) + ",55,22,20,2980.00\n";
    }

    private static HttpRequestActionBuilder page(String name, String path) {
        // A page answers 200 with the portal's layout; the error pages carry a reference "ERR-…".
        return http(name).get(path).check(status().is(200), substring("ERR-").notExists());
    }

    private static HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path).header("Accept", "application/json").check(status().is(200));
    }

    private static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    private static ChainBuilder signedIn(String user, String password) {
        return exec(session -> session.set("user", user).set("password", password));
    }

    /** Store manager: home, contract list and one contract (page and API), the comparison (page and API). */
    static final ChainBuilder MANAGER_JOURNEY = signedIn(MANAGER, MANAGER_PASSWORD)
            .exec(page("manager home", "/index.xhtml")).exec(think())
            .exec(api("manager contracts API", "/api/contracts")
                    .check(jmesPath("[0].id").ofLong().saveAs("contractId"))).exec(think())
            .exec(page("manager contract list", "/contracts/list.xhtml")).exec(think())
            .exec(page("manager contract view", "/contracts/view.xhtml?id=#{contractId}")).exec(think())
            .exec(api("manager contract API", "/api/contracts/#{contractId}")).exec(think())
            .exec(page("manager comparison", "/sla/compare.xhtml")).exec(think())
            .exec(api("manager comparison API", COMPARISON));

    /** Vendor lead: home, their contracts, a small KPI upload (API), the import history (page and API). */
    static final ChainBuilder VENDOR_JOURNEY = signedIn(VENDOR, VENDOR_PASSWORD)
            .exec(page("vendor home", "/index.xhtml")).exec(think())
            .exec(api("vendor contracts API", "/api/contracts")).exec(think())
            .exec(page("vendor contract list", "/contracts/list.xhtml")).exec(think())
            .exec(session -> session.set("report", smallReport(UPLOADS.getAndIncrement())))
            .exec(http("vendor KPI upload").post("/api/kpi-imports?fileName=load.csv&replaceEmptier=true")
                    .header("Content-Type", "text/csv; charset=UTF-8").header("Accept", "application/json")
                    .body(StringBody("#{report}")).check(status().in(200, 202))).exec(think())
            .exec(page("vendor import history", "/kpi/imports.xhtml")).exec(think())
            .exec(api("vendor import history API", "/api/kpi-imports?max=20"));

    /** Finance: home, statement list and one statement (page and API), the comparison. */
    static final ChainBuilder FINANCE_JOURNEY = signedIn(FINANCE, FINANCE_PASSWORD)
            .exec(page("finance home", "/index.xhtml")).exec(think())
            .exec(api("finance statements API", "/api/statements")
                    .check(jmesPath("[0].id").ofLong().optional().saveAs("statementId"))).exec(think())
            .exec(page("finance statement list", "/settlement/list.xhtml")).exec(think())
            .exec(doIf(session -> session.contains("statementId")).then(
                    exec(page("finance statement view", "/settlement/statement.xhtml?id=#{statementId}")).exec(think())
                            .exec(api("finance statement API", "/api/statements/#{statementId}")).exec(think())))
            .exec(page("finance comparison", "/sla/compare.xhtml")).exec(think())
            .exec(api("finance comparison API", COMPARISON));

    ScenarioBuilder journeys = scenario("mixed journeys of the three roles")
            .exec(randomSwitch().on(
                    percent(34.0).then(MANAGER_JOURNEY),
                    percent(33.0).then(VENDOR_JOURNEY),
                    percent(33.0).then(FINANCE_JOURNEY)));

    // Each user signs in with HTTP Basic on every request (the portal accepts it for pages and the API)
    // and keeps the session cookie the first page gave it. Redirects are not followed: a 302 to the
    // sign-in page is an error here.
    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .basicAuth("#{user}", "#{password}")
            .acceptLanguageHeader("en")
            .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            .disableFollowRedirect()
            .shareConnections()
            .userAgentHeader("csvp-load/1.0 (Gatling)");

    {
        setUp(journeys.injectClosed(
                        rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP_SECONDS)),
                        constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                // Bounded whatever happens: the ramp, the full load and two minutes to finish journeys.
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + SECONDS + 120L));
    }
}
