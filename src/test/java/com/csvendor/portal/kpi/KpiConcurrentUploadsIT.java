package com.csvendor.portal.kpi;

import static com.csvendor.portal.kpi.KpiImportIT.HEADER;
import static com.csvendor.portal.kpi.KpiImportIT.STORE;
import static com.csvendor.portal.kpi.KpiImportIT.count;
import static com.csvendor.portal.kpi.KpiImportIT.daysAgo;
import static com.csvendor.portal.kpi.KpiImportIT.db;
import static com.csvendor.portal.kpi.KpiImportIT.row;
import static com.csvendor.portal.security.Api.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many small uploads at once through the REST API, as the load benchmark sends them: every import
 * starts its job and is published with exactly its rows. Under that load some imports failed at
 * the start of their job ("Lookup of java:comp/UserTransaction not allowed for Container managed
 * Transaction beans"). Each upload has a day of its own (220–239 days back, used by no other test).
 */
@ExtendWith(ArquillianExtension.class)
class KpiConcurrentUploadsIT {

    static final int UPLOADS = 20;
    static final int FIRST_DAY_BACK = 220;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void twentyConcurrentUploadsArePublishedEachWithExactlyItsRows() throws Exception {
        Api api = new Api(Deployments.onLoopback(base));
        String tag = Long.toString(System.nanoTime() % 100000);
        ExecutorService threads = Executors.newFixedThreadPool(UPLOADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonObject>> accepted = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < UPLOADS; i++) {
                LocalDate day = daysAgo(FIRST_DAY_BACK + i);
                // Figures differ per run, so a re-run of the test is never a DUPLICATE of the last one.
                String csv = HEADER + "\n" + row("小美", day, 120, 60, 20, tag + ".50") + row("阿杰", day, 80, 40, 10, "800");
                String name = "concurrent-" + i + ".csv";
                accepted.add(threads.submit(() -> {
                    go.await();
                    Api.Reply reply = api.send(LEAD.authorization(), "POST",
                            "api/kpi-imports?store=" + STORE + "&fileName=" + name, csv, "text/csv; charset=UTF-8");
                    assertEquals(202, reply.status(), reply::toString);
                    return reply.json();
                }));
            }
            go.countDown();
            List<String> notPublished = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                JsonObject done = KpiImportIT.finished(api, accepted.get(i).get(120, TimeUnit.SECONDS), 120);
                ids.add(done.getJsonNumber("id").longValue());
                if (!"PUBLISHED".equals(done.getString("status")) || done.getJsonNumber("rowsImported").longValue() != 2) {
                    notPublished.add(done.toString());
                }
            }
            assertTrue(notPublished.isEmpty(), notPublished.size() + " of " + UPLOADS + " not published with their 2 rows: "
                    + notPublished);
        } finally {
            threads.shutdownNow();
        }
        try (Connection c = db()) {
            for (int i = 0; i < UPLOADS; i++) {
                LocalDate day = daysAgo(FIRST_DAY_BACK + i);
                assertEquals(2, count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id"
                        + " WHERE s.code = ? AND d.business_date = ?", STORE, day), "rows of " + day);
                assertEquals(2, count(c, "SELECT COUNT(*) FROM kpi_daily WHERE import_id = ?", ids.get(i)),
                        "rows published by import " + ids.get(i));
                assertEquals(tag + ".50", KpiImportIT.text(c, "SELECT d.sales_amount FROM kpi_daily d JOIN store s"
                        + " ON s.id = d.store_id JOIN agent_account aa ON aa.agent_id = d.agent_id AND aa.store_id = d.store_id"
                        + " WHERE s.code = ? AND d.business_date = ? AND aa.account_name = ?", STORE, day, "萌宠旗舰店:小美"),
                        "this run's figure on " + day);
            }
            // The month rollups the pages and statements read hold every concurrent import's days: a publish
            // that summed the month from a snapshot taken before another's commit would lose that one's days.
            assertEquals(count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id WHERE s.code = ?"
                    + " AND d.business_date BETWEEN ? AND ?", STORE, firstOfMonth(daysAgo(FIRST_DAY_BACK + UPLOADS - 1)),
                    endOfMonth(daysAgo(FIRST_DAY_BACK))),
                    count(c, "SELECT COALESCE(SUM(m.agent_days), 0) FROM kpi_vendor_store_month m JOIN store s"
                    + " ON s.id = m.store_id WHERE s.code = ? AND m.month_start BETWEEN ? AND ?", STORE,
                    firstOfMonth(daysAgo(FIRST_DAY_BACK + UPLOADS - 1)), endOfMonth(daysAgo(FIRST_DAY_BACK))),
                    "agent-days in the month rollups of the uploads' months");
            assertEquals(count(c, "SELECT COUNT(*) FROM kpi_daily d JOIN store s ON s.id = d.store_id WHERE s.code = ?"
                    + " AND d.business_date BETWEEN ? AND ?", STORE, daysAgo(FIRST_DAY_BACK + UPLOADS - 1),
                    daysAgo(FIRST_DAY_BACK)),
                    count(c, "SELECT COALESCE(SUM(r.agent_days), 0) FROM kpi_vendor_store_day r JOIN store s"
                    + " ON s.id = r.store_id WHERE s.code = ? AND r.business_date BETWEEN ? AND ?", STORE,
                    daysAgo(FIRST_DAY_BACK + UPLOADS - 1), daysAgo(FIRST_DAY_BACK)),
                    "agent-days in the day rollups of the uploads' days");
        }
    }

    private static LocalDate firstOfMonth(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    private static LocalDate endOfMonth(LocalDate day) {
        return day.withDayOfMonth(day.lengthOfMonth());
    }
}
