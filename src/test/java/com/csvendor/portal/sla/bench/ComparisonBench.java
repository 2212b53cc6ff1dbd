package com.csvendor.portal.sla.bench;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import com.csvendor.portal.security.control.PasswordHasher;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
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
 * figures to stdout.
 */
public final class ComparisonBench {

    private static final long DEFAULT_SEED = 20261121L;

    private ComparisonBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("command: hash | prepare | measure");
        }
        Map<String, String> opt = options(args);
        switch (args[0]) {
            case "hash" -> System.out.println(new PasswordHasher().hash(args[1].toCharArray()));
            case "prepare" -> prepare(opt);
            case "measure" -> measure(opt);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static ComparisonShape shape(Map<String, String> opt) {
        return ComparisonShape.standard(Long.parseLong(opt.getOrDefault("rows", "10000000")));
    }

    private static void prepare(Map<String, String> opt) throws Exception {
        ComparisonShape shape = shape(opt);
        long seed = Long.parseLong(opt.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
        String[] admin = opt.get("admin").split(":", 2);
        try (Connection db = connect(opt)) {
            long t = System.nanoTime();
            ComparisonSeeder seeder = new ComparisonSeeder(api(opt), new Login(admin[0], admin[1]), shape);
            ComparisonIds ids = seeder.seed(db);
            System.err.printf("master data: %d stores, %d vendors, %d contracts, %d agents with %d store accounts,"
                    + " in %.1f s%n", ids.stores().length, ids.vendors().length,
                    IntStream.range(0, shape.stores()).map(s -> shape.vendorsOf(s).length).sum(), ids.agents().length,
                    (long) shape.stores() * shape.agentsPerStore(), (System.nanoTime() - t) / 1e9);
            ComparisonData data = new ComparisonData(db, shape, seed, System.err);
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

    private static void measure(Map<String, String> opt) throws Exception {
        ComparisonShape shape = shape(opt);
        try (Connection db = connect(opt)) {
            long[] storeIds = storeIds(db, shape);
            ComparisonMeasure m = new ComparisonMeasure(db, shape, storeIds, System.err);
            int[] one = {0};
            int[] all = IntStream.range(0, shape.stores()).toArray();
            List<List<String>> answers = new ArrayList<>();
            List<ComparisonMeasure.Timings> rows = new ArrayList<>();
            int rawOne = Integer.parseInt(opt.getOrDefault("raw-one", "20"));
            int rawAll = Integer.parseInt(opt.getOrDefault("raw-all", "3"));
            ComparisonMeasure.Timings rawOneT = m.sql("raw GROUP BY, 1 store", ComparisonMeasure.rawSql(1),
                    m.storeIds(one), rawOne, null, answers);
            ComparisonMeasure.Timings rollOneT = m.sql("month rollup SQL, 1 store", ComparisonMeasure.monthRollupSql(1),
                    m.storeIds(one), rawOne, answers.isEmpty() ? null : answers.get(0), null);
            ComparisonMeasure.Timings rawAllT = m.sql("raw GROUP BY, " + all.length + " stores",
                    ComparisonMeasure.rawSql(all.length), m.storeIds(all), rawAll, null, answers);
            ComparisonMeasure.Timings rollAllT = m.sql("month rollup SQL, " + all.length + " stores",
                    ComparisonMeasure.monthRollupSql(all.length), m.storeIds(all), rawOne,
                    rawAll == 0 ? null : answers.get(answers.size() - 1), null);
            URI base = URI.create(opt.get("base").endsWith("/") ? opt.get("base") : opt.get("base") + "/");
            String path = opt.getOrDefault("path", "api/comparisons");
            Login login = new Login(opt.getOrDefault("user", ComparisonSeeder.MANAGER.username()),
                    opt.getOrDefault("password", ComparisonSeeder.MANAGER.password()));
            // A fresh server runs the first requests interpreted and compiles them meanwhile: 20 requests
            // left about 35 ms of JIT work in each measured one; after 1,000 the server needs 8-10 ms.
            int warmup = Integer.parseInt(opt.getOrDefault("warmup", "1000"));
            int warmupAll = Integer.parseInt(opt.getOrDefault("warmup-all", "20"));
            long serverPid = Long.parseLong(opt.getOrDefault("server-pid", "0"));
            long dbPid = Long.parseLong(opt.getOrDefault("db-pid", "0"));
            ComparisonMeasure.Timings apiOne = m.api("API, 1 store", base, path, login, one, warmup,
                    Integer.parseInt(opt.getOrDefault("one", "200")), serverPid, dbPid);
            ComparisonMeasure.Timings apiAll = m.api("API, " + all.length + " stores", base, path, login, all,
                    warmupAll, Integer.parseInt(opt.getOrDefault("all", "50")), serverPid, dbPid);
            rows.add(apiOne);
            rows.add(apiAll);
            rows.add(rawOneT);
            rows.add(rawAllT);
            rows.add(rollOneT);
            rows.add(rollAllT);
            print(shape, rows, apiOne, apiAll, rawOneT, rawAllT);
        }
    }

    private static void print(ComparisonShape shape, List<ComparisonMeasure.Timings> rows, ComparisonMeasure.Timings apiOne,
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

    private static long[] storeIds(Connection db, ComparisonShape shape) throws SQLException {
        Map<String, Long> byCode = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT code, id FROM store")) {
            while (rs.next()) {
                byCode.put(rs.getString(1), rs.getLong(2));
            }
        }
        long[] ids = new long[shape.stores()];
        for (int s = 0; s < ids.length; s++) {
            Long id = byCode.get(ComparisonShape.storeCode(s));
            if (id == null) {
                throw new IllegalStateException("store " + ComparisonShape.storeCode(s) + " missing: run prepare first");
            }
            ids[s] = id;
        }
        return ids;
    }

    private static Connection connect(Map<String, String> opt) throws SQLException {
        String url = opt.get("jdbc");
        String sep = url.contains("?") ? "&" : "?";
        return DriverManager.getConnection(url + sep + "allowLoadLocalInfile=true&rewriteBatchedStatements=true"
                + "&sslMode=DISABLED&allowPublicKeyRetrieval=true", opt.get("db-user"), opt.get("db-password"));
    }

    private static Api api(Map<String, String> opt) {
        String base = opt.get("base");
        return new Api(URI.create(base.endsWith("/") ? base : base + "/"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].startsWith("--")) {
                opt.put(args[i].substring(2), args[++i]);
            }
        }
        return opt;
    }
}
