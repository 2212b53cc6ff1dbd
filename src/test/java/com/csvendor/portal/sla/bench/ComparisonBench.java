package com.csvendor.portal.sla.bench;

import com.csvendor.portal.bench.BenchArgs;
import com.csvendor.portal.bench.PortfolioIds;
import com.csvendor.portal.bench.PortfolioKpi;
import com.csvendor.portal.bench.PortfolioSeeder;
import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.security.Api.Login;
import com.csvendor.portal.security.control.PasswordHasher;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The commands {@code src/test/scripts/bench-comparison.sh} runs on the test class path:
 * <pre>
 * hash PASSWORD            the stored form of a password (for the first administrator)
 * prepare --jdbc URL --db-user U --db-password P --base URL --admin USER:PW [--rows 10000000] [--seed X]
 *                          seeds the master data (REST and SQL), then loads the KPI rows and builds the
 *                          rollups unless this shape and seed are already there, then has the portal
 *                          evaluate the contracts' SLA targets unless it did; prints the seconds
 * measure --jdbc URL --db-user U --db-password P --base URL [--path api/comparisons] [--warmup 1000]
 *         [--warmup-all 20] [--one 200] [--all 50] [--raw-one 20] [--raw-all 3] [--rows 10000000] [--server-pid P --db-pid P]
 *                          times the API and the same aggregations in SQL (0 runs: not run); prints the
 *                          table, with the server's and the database's CPU per API request when their
 *                          pids are given
 * </pre>
 * Not a test: a benchmark that runs on demand and prints its figures. Progress goes to stderr, the
 * figures to stdout. The portfolio (stores, vendors, contracts, agents, KPI rows) is the shared
 * {@code com.csvendor.portal.bench} one, under the code CMP.
 */
public final class ComparisonBench {

    private static final long DEFAULT_SEED = 20261121L;
    static final PortfolioShape.Names NAMES = new PortfolioShape.Names("CMP", "对比");

    private ComparisonBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("command: hash | prepare | measure");
        }
        BenchArgs opt = new BenchArgs(args);
        switch (args[0]) {
            case "hash" -> System.out.println(new PasswordHasher().hash(args[1].toCharArray()));
            case "prepare" -> prepare(opt);
            case "measure" -> measure(opt);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** The 10,000,000 rows of the benchmark: 50 stores, 20 vendors, the 365 days from 2025-11-01. */
    static PortfolioShape shape(long rows) {
        return new PortfolioShape(NAMES, 50, 20, LocalDate.of(2025, 11, 1), 365, rows);
    }

    private static PortfolioShape shape(BenchArgs opt) {
        return shape(opt.number("rows", 10_000_000));
    }

    /** The README's example terms over the benchmark's year, promotions outside it removed, seat price by vendor. */
    private static JsonObject terms(PortfolioShape shape, int vendor) throws IOException {
        JsonObject terms = PortfolioSeeder.exampleTerms();
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

    private static void prepare(BenchArgs opt) throws Exception {
        PortfolioShape shape = shape(opt);
        long seed = opt.number("seed", DEFAULT_SEED);
        try (Connection db = opt.connect()) {
            long t = System.nanoTime();
            PortfolioSeeder seeder = new PortfolioSeeder(opt.api(), opt.admin(), shape,
                    (store, vendor) -> terms(shape, vendor));
            PortfolioIds ids = seeder.seed(db);
            System.err.printf("master data: %d stores, %d vendors, %d contracts, %d agents with %d store accounts,"
                    + " in %.1f s%n", ids.stores().length, ids.vendors().length,
                    shape.contracts(), ids.agents().length,
                    (long) shape.stores() * shape.agentsPerStore(), (System.nanoTime() - t) / 1e9);
            PortfolioKpi data = new PortfolioKpi(db, "bench_comparison_state", shape, seed, System.err);
            Double before = data.generatedBefore();
            String generated;
            if (before != null) {
                generated = String.format("generation skipped (%s already there; it took %.0f s)",
                        shape.signature(seed), before);
            } else {
                System.err.printf("generating %,d KPI rows: %d stores x %d accounts x %d days from %s%n", shape.rows(),
                        shape.stores(), shape.agentsPerStore(), shape.days(), shape.firstDate());
                double[] seconds = data.generate(ids);
                generated = String.format("%,d rows loaded in %.0f s (%,.0f rows/s), rollups built in %.0f s",
                        shape.rows(), seconds[0], shape.rows() / seconds[0], seconds[1]);
            }
            System.err.println(generated);
            String sla = seeder.evaluateSla(db);
            System.err.println(sla);
            System.out.println("GENERATED=" + generated + "; " + sla);
        }
    }

    private static void measure(BenchArgs opt) throws Exception {
        PortfolioShape shape = shape(opt);
        try (Connection db = opt.connect()) {
            long[] storeIds = storeIds(db, shape);
            ComparisonMeasure m = new ComparisonMeasure(db, shape, storeIds, System.err);
            int[] one = {0};
            int[] all = IntStream.range(0, shape.stores()).toArray();
            List<List<String>> answers = new ArrayList<>();
            List<ComparisonMeasure.Timings> rows = new ArrayList<>();
            int rawOne = opt.integer("raw-one", 20);
            int rawAll = opt.integer("raw-all", 3);
            ComparisonMeasure.Timings rawOneT = m.sql("raw GROUP BY, 1 store", ComparisonMeasure.rawSql(1),
                    m.storeIds(one), rawOne, null, answers);
            ComparisonMeasure.Timings rollOneT = m.sql("month rollup SQL, 1 store", ComparisonMeasure.monthRollupSql(1),
                    m.storeIds(one), rawOne, answers.isEmpty() ? null : answers.get(0), null);
            ComparisonMeasure.Timings rawAllT = m.sql("raw GROUP BY, " + all.length + " stores",
                    ComparisonMeasure.rawSql(all.length), m.storeIds(all), rawAll, null, answers);
            ComparisonMeasure.Timings rollAllT = m.sql("month rollup SQL, " + all.length + " stores",
                    ComparisonMeasure.monthRollupSql(all.length), m.storeIds(all), rawOne,
                    rawAll == 0 ? null : answers.get(answers.size() - 1), null);
            URI base = opt.base();
            String path = opt.get("path", "api/comparisons");
            Login manager = PortfolioSeeder.manager(shape);
            Login login = new Login(opt.get("user", manager.username()), opt.get("password", manager.password()));
            // A fresh server runs the first requests interpreted and compiles them meanwhile: 20 requests
            // left about 35 ms of JIT work in each measured one; after 1,000 the server needs 8-10 ms.
            int warmup = opt.integer("warmup", 1000);
            int warmupAll = opt.integer("warmup-all", 20);
            long serverPid = opt.number("server-pid", 0);
            long dbPid = opt.number("db-pid", 0);
            ComparisonMeasure.Timings apiOne = m.api("API, 1 store", base, path, login, one, warmup,
                    opt.integer("one", 200), serverPid, dbPid);
            ComparisonMeasure.Timings apiAll = m.api("API, " + all.length + " stores", base, path, login, all,
                    warmupAll, opt.integer("all", 50), serverPid, dbPid);
            rows.add(apiOne);
            rows.add(apiAll);
            rows.add(rawOneT);
            rows.add(rawAllT);
            rows.add(rollOneT);
            rows.add(rollAllT);
            print(shape, rows, apiOne, apiAll, rawOneT, rawAllT);
        }
    }

    private static void print(PortfolioShape shape, List<ComparisonMeasure.Timings> rows, ComparisonMeasure.Timings apiOne,
            ComparisonMeasure.Timings apiAll, ComparisonMeasure.Timings rawOne, ComparisonMeasure.Timings rawAll) {
        System.out.printf("Comparison over %s..%s (12 months), %,d kpi_daily rows, %d stores; milliseconds%n",
                shape.firstDate(), shape.lastDate(), shape.rows(), shape.stores());
        System.out.printf("%-30s %6s %9s %9s %9s %9s  %s%n", "", "runs", "p50", "p95", "p99", "max", "");
        for (ComparisonMeasure.Timings t : rows) {
            if (t.count() == 0) {
                System.out.printf("%-30s %6s %9s %9s %9s %9s  %s%n", t.label(), "-", "-", "-", "-", "-", t.note());
            } else {
                System.out.printf("%-30s %6d %9.1f %9.1f %9.1f %9.1f  %s%n", t.label(), t.count(), t.percentile(50),
                        t.percentile(95), t.percentile(99), t.max(), t.note());
            }
        }
        System.out.println();
        verdict("1 store", apiOne, rawOne, 20);
        verdict(shape.stores() + " stores", apiAll, rawAll, 500);
    }

    private static void verdict(String what, ComparisonMeasure.Timings api, ComparisonMeasure.Timings raw, double target) {
        if (api.count() == 0) {
            System.out.printf("Target: API p95 for %s ≤ %.0f ms: NOT MEASURED (%s)%n", what, target, api.note());
            return;
        }
        double p95 = api.percentile(95);
        System.out.printf("Target: API p95 for %s ≤ %.0f ms: %.1f ms → %s", what, target, p95,
                p95 <= target ? "MET" : "NOT MET");
        if (raw.count() > 0) {
            System.out.printf("; raw GROUP BY p95 %.1f ms is %.1f× the API's", raw.percentile(95),
                    raw.percentile(95) / p95);
        }
        System.out.println();
    }

    private static long[] storeIds(Connection db, PortfolioShape shape) throws SQLException {
        Map<String, Long> byCode = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT code, id FROM store")) {
            while (rs.next()) {
                byCode.put(rs.getString(1), rs.getLong(2));
            }
        }
        long[] ids = new long[shape.stores()];
        for (int s = 0; s < ids.length; s++) {
            Long id = byCode.get(shape.storeCode(s));
            if (id == null) {
                throw new IllegalStateException("store " + shape.storeCode(s) + " missing: run prepare first");
            }
            ids[s] = id;
        }
        return ids;
    }
}
