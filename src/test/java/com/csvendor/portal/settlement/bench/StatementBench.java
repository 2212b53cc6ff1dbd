package com.csvendor.portal.settlement.bench;

import com.csvendor.portal.bench.BenchArgs;
import com.csvendor.portal.bench.PortfolioIds;
import com.csvendor.portal.bench.PortfolioKpi;
import com.csvendor.portal.bench.PortfolioSeeder;
import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.security.control.PasswordHasher;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The commands {@code src/test/scripts/bench-settlement.sh} runs on the test class path:
 * <pre>
 * hash PASSWORD     the stored form of a password (for the first administrator)
 * prepare --jdbc URL --db-user U --db-password P --base URL --admin USER:PW [--stores 429] [--vendors 40]
 *         [--agents 24] [--month 2026-10] [--seed X]
 *                   seeds the portfolio (stores, vendors, a store manager and a finance user, one contract per
 *                   store and vendor starting with the month, with the variety of {@link StatementTerms}; agents),
 *                   then the month's KPI rows and rollups unless this shape and seed are already there, and
 *                   some incidents and temporary agents ({@link StatementExtras}) unless there are some
 * measure (the same options) [--rounds 2] [--route api/statements/generate] [--server-pid P --db-pid P]
 *                   per round: removes the benchmark's statements, evaluates every contract's SLA targets over
 *                   the month (the baseline), reads every contract's inputs by SQL, generates the month's
 *                   statements with one call as the finance user, checks them, calls again (nothing left to do)
 * measure-sla (the same options) [--rounds 2] [--server-pid P --db-pid P]
 *                   per round: "evaluate all" of the month (one call, a background job followed to its end) and
 *                   every contract's inputs by SQL (the floor), with the ratio ({@link SlaRounds})
 * </pre>
 * Not a test: a benchmark that runs on demand and prints its figures (stdout; progress on stderr).
 */
public final class StatementBench {

    static final PortfolioShape.Names NAMES = new PortfolioShape.Names("PAY", "结算");
    private static final long DEFAULT_SEED = 20261122L;

    private StatementBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("command: hash | prepare | measure | measure-sla");
        }
        BenchArgs opt = new BenchArgs(args);
        switch (args[0]) {
            case "hash" -> System.out.println(new PasswordHasher().hash(args[1].toCharArray()));
            case "prepare" -> prepare(opt);
            case "measure" -> new StatementRounds(opt, shape(opt)).run();
            case "measure-sla" -> new SlaRounds(opt, shape(opt)).run();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /**
     * {@code stores} stores (two or three vendors each: 429 stores give 1,001 contracts) served by
     * {@code vendors} vendors, {@code agents} agent accounts per store, the days of one month.
     */
    static PortfolioShape shape(BenchArgs opt) {
        YearMonth month = YearMonth.parse(opt.get("month", "2026-10"));
        int stores = opt.integer("stores", 429);
        int agents = opt.integer("agents", 24);
        return new PortfolioShape(NAMES, stores, opt.integer("vendors", 40), month.atDay(1), month.lengthOfMonth(),
                (long) stores * agents * month.lengthOfMonth());
    }

    private static void prepare(BenchArgs opt) throws Exception {
        PortfolioShape shape = shape(opt);
        if (!shape.lastDate().isBefore(LocalDate.now())) {
            throw new IllegalArgumentException("the month " + shape.firstDate() + " has not closed yet: no statements");
        }
        long seed = opt.number("seed", DEFAULT_SEED);
        StatementTerms terms = new StatementTerms(shape);
        try (Connection db = opt.connect()) {
            long t = System.nanoTime();
            PortfolioSeeder seeder = new PortfolioSeeder(opt.api(), opt.admin(), shape, terms::of);
            PortfolioIds ids = seeder.seed(db);
            System.err.printf("master data: %d stores, %d vendors, %d contracts, %d agents with %d store accounts,"
                    + " in %.1f s%n", ids.stores().length, ids.vendors().length, shape.contracts(), ids.agents().length,
                    (long) shape.stores() * shape.agentsPerStore(), (System.nanoTime() - t) / 1e9);
            PortfolioKpi data = new PortfolioKpi(db, "bench_settlement_state", shape, seed, System.err);
            Double before = data.generatedBefore();
            String generated;
            if (before != null) {
                generated = String.format("KPI rows already there (%s; they took %.0f s)", shape.signature(seed), before);
            } else {
                System.err.printf("generating %,d KPI rows: %d stores x %d accounts x %d days from %s%n", shape.rows(),
                        shape.stores(), shape.agentsPerStore(), shape.days(), shape.firstDate());
                double[] seconds = data.generate(ids);
                generated = String.format("%,d KPI rows loaded in %.0f s, rollups built in %.0f s", shape.rows(),
                        seconds[0], seconds[1]);
            }
            System.err.println(generated);
            String extras = new StatementExtras(opt.api(), shape, terms).record(db);
            System.err.println(extras);
            System.out.println("GENERATED=" + generated + "; " + extras);
        }
    }
}
