package com.csvendor.portal.settlement.bench;

import com.csvendor.portal.bench.BenchArgs;
import com.csvendor.portal.bench.PortfolioSeeder;
import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.bench.ProcessCpu;
import com.csvendor.portal.security.Api.Login;
import java.sql.Connection;
import java.time.YearMonth;

/**
 * The SLA benchmark's measurement ({@code bench-sla.sh}), in rounds on one server: "evaluate all"
 * of the month (POST api/sla-results/evaluate-all, a background job followed to its end) as the
 * finance user, next to the floor measured in the same round: every contract's inputs of the month
 * read by plain SQL (versions, day rollups, SLA results, incidents), and the ratio of the two.
 */
final class SlaRounds {

    private final BenchArgs opt;
    private final PortfolioShape shape;

    SlaRounds(BenchArgs opt, PortfolioShape shape) {
        this.opt = opt;
        this.shape = shape;
    }

    void run() throws Exception {
        int rounds = opt.integer("rounds", 2);
        long serverPid = opt.number("server-pid", 0);
        long dbPid = opt.number("db-pid", 0);
        String month = YearMonth.from(shape.firstDate()).toString();
        String route = "api/sla-results/evaluate-all?month=" + month;
        Login finance = PortfolioSeeder.finance(shape);
        int n = shape.contracts();
        System.out.printf("%-6s %12s %13s %10s %10s %14s%n", "round", "evaluate s", "ms/contract", "SQL s",
                "ratio", "CPU ms/contr.");
        try (Connection db = opt.connect()) {
            StatementMeasure m = new StatementMeasure(db, shape);
            for (int r = 1; r <= rounds; r++) {
                double sc = ProcessCpu.seconds(serverPid) + ProcessCpu.seconds(dbPid);
                StatementMeasure.Call call = StatementMeasure.generate(opt.base(), route, finance, month);
                double cpu = ProcessCpu.seconds(serverPid) + ProcessCpu.seconds(dbPid) - sc;
                long[] rows = new long[1];
                double sql = m.readInputs(rows);
                if (call.problem() != null) {
                    System.out.printf("round %d: POST %s answered %d after %.1f s: %s%n", r, route, call.status(),
                            call.seconds(), call.problem());
                    return;
                }
                System.out.printf("%-6d %12.2f %13.1f %10.2f %9.1f× %14.1f   (%,d contracts evaluated; SQL floor"
                        + " read %,d rows)%n", r, call.seconds(), 1000 * call.seconds() / n, sql, call.seconds() / sql,
                        1000 * cpu / n, call.listed(), rows[0]);
            }
        }
    }
}
