package com.csvendor.portal.settlement.bench;

import com.csvendor.portal.bench.BenchArgs;
import com.csvendor.portal.bench.PortfolioSeeder;
import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.bench.ProcessCpu;
import com.csvendor.portal.security.Api.Login;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * The SLA benchmark's measurement ({@code bench-sla.sh}), in rounds on one server: "evaluate all"
 * of the month (POST api/sla-results/evaluate-all, a background job followed to its end) as the
 * finance user, next to the floor measured in the same round: every contract's inputs of the month
 * read by plain SQL (versions, day rollups, SLA results, incidents), and the ratio of the two. With
 * {@code --first 1}, each round first deletes the portfolio's SLA results and cycles and measures the
 * first evaluation of the month (every result inserted) the same way, then the re-evaluation.
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
        boolean first = opt.integer("first", 0) == 1;
        long serverPid = opt.number("server-pid", 0);
        long dbPid = opt.number("db-pid", 0);
        String month = YearMonth.from(shape.firstDate()).toString();
        String route = "api/sla-results/evaluate-all?month=" + month;
        Login finance = PortfolioSeeder.finance(shape);
        System.out.printf("%-9s %12s %13s %10s %10s %14s%n", "round", "evaluate s", "ms/contract", "SQL s",
                "ratio", "CPU ms/contr.");
        try (Connection db = opt.connect()) {
            StatementMeasure m = new StatementMeasure(db, shape);
            for (int r = 1; r <= rounds; r++) {
                if (first) {
                    forget(db);
                    if (!round(r + " first", m, route, finance, month, serverPid, dbPid)) {
                        return;
                    }
                }
                if (!round(r + (first ? " again" : ""), m, route, finance, month, serverPid, dbPid)) {
                    return;
                }
            }
        }
    }

    /** One timed "evaluate all" and its floor; answers whether the job answered without a problem. */
    private boolean round(String label, StatementMeasure m, String route, Login finance, String month, long serverPid,
            long dbPid) throws Exception {
        int n = shape.contracts();
        double sc = ProcessCpu.seconds(serverPid) + ProcessCpu.seconds(dbPid);
        StatementMeasure.Call call = StatementMeasure.generate(opt.base(), route, finance, month);
        double cpu = ProcessCpu.seconds(serverPid) + ProcessCpu.seconds(dbPid) - sc;
        long[] rows = new long[1];
        double sql = m.readInputs(rows);
        if (call.problem() != null) {
            System.out.printf("round %s: POST %s answered %d after %.1f s: %s%n", label, route, call.status(),
                    call.seconds(), call.problem());
            return false;
        }
        System.out.printf("%-9s %12.2f %13.1f %10.2f %9.1f× %14.1f   (%,d contracts evaluated; SQL floor"
                + " read %,d rows)%n", label, call.seconds(), 1000 * call.seconds() / n, sql, call.seconds() / sql,
                1000 * cpu / n, call.listed(), rows[0]);
        return true;
    }

    /** The portfolio's SLA results and cycles deleted, so that the next evaluation is the month's first. */
    private void forget(Connection db) throws SQLException {
        String contracts = "(SELECT id FROM contract WHERE number LIKE '" + shape.contractPrefix() + "%')";
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM sla_result WHERE contract_id IN " + contracts);
            st.executeUpdate("DELETE FROM sla_cycle WHERE contract_id IN " + contracts);
        }
    }
}
