package com.csvendor.portal.demo;

import com.csvendor.portal.shared.BusinessTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the demo database {@value #DAYS} days of KPI figures up to yesterday, for every store and
 * vendor pair with a demo contract in force (but two days 云帆客服 skipped in PETS-TM:
 * {@link #skippedDays}): one report per pair and calendar month, imported
 * through the KPI import pipeline ({@link DemoKpiImports}), so the import history lists them and
 * the records and rollups are what an upload would have made. Runs only when {@link DemoData}
 * seeded the database in this start-up, after it committed.
 */
@Startup
@Singleton
@DependsOn("DemoData")
// Bean-managed: the PostConstruct must not run in one container transaction; each import step has its own.
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoKpiData {

    static final int DAYS = 90;

    private static final Logger LOG = Logger.getLogger(DemoKpiData.class.getName());

    @EJB
    DemoData demo;

    @Inject
    DemoKpiImports imports;

    @PostConstruct
    void seedKpis() {
        List<DemoKpiFigures.Team> teams = demo.kpiTeams();
        if (teams.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate last = LocalDate.now(BusinessTime.ZONE).minusDays(1);
        LocalDate first = last.minusDays(DAYS - 1);
        Instant now = Instant.now();
        long rows = 0;
        int reports = 0;
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            LocalDate from = month.atDay(1).isBefore(first) ? first : month.atDay(1);
            LocalDate to = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
            for (int t = 0; t < teams.size(); t++) {
                DemoKpiFigures.Team team = teams.get(t);
                long[] ids = demo.ids(team);
                List<LocalDate> skipped = skippedDays(team, last);
                String csv = DemoKpiFigures.csv(DemoKpiFigures.days(team, first, last).stream()
                        .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                        .filter(d -> !skipped.contains(d.date()))
                        .filter(d -> present(team, d, last)).toList());
                rows += imports.importReport(new DemoKpiImports.Report(ids[0], ids[1], uploader(team),
                        "demo-kpi-" + team.storeCode() + "-" + month + ".csv", csv,
                        DemoKpiImports.uploadedAt(to, 7 * t, now)));
                reports++;
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(String.format("Demo KPI data: %d agent-days %s..%s in %d reports of %d store-vendor pairs,"
                + " imported and published in %d ms", rows, first, last, reports, teams.size(), ms));
    }

    /**
     * The days a vendor skipped: 云帆客服 sent nothing for two recent days of PETS-TM, so the daily-report
     * ledger, the manager's and the lead's home pages show them missing.
     */
    static List<LocalDate> skippedDays(DemoKpiFigures.Team team, LocalDate last) {
        return "PETS-TM".equals(team.storeCode()) && "云帆客服".equals(team.vendorName())
                ? List.of(last.minusDays(2), last.minusDays(6)) : List.of();
    }

    /** Agents of a short-staffed day beyond the first {@link #SHORT_PRESENT} have no rows that day. */
    static final int SHORT_PRESENT = 3;

    /**
     * The days a vendor was short of staff: on two recent days only {@link #SHORT_PRESENT} of 云帆客服's
     * agents worked PETS-TM (the shifts commit more), so the staffing strip, the comparison's staffing
     * row and the manager's home page show short days in every month, not only around a promotion.
     */
    static List<LocalDate> shortDays(DemoKpiFigures.Team team, LocalDate last) {
        return "PETS-TM".equals(team.storeCode()) && "云帆客服".equals(team.vendorName())
                ? List.of(last.minusDays(4), last.minusDays(10)) : List.of();
    }

    static boolean present(DemoKpiFigures.Team team, DemoKpiFigures.Day day, LocalDate last) {
        return !shortDays(team, last).contains(day.date())
                || team.accounts().indexOf(day.account()) < SHORT_PRESENT;
    }

    /** 云帆客服's reports come from its lead (the demo user {@code vendor}); the other vendors have no lead user. */
    private static String uploader(DemoKpiFigures.Team team) {
        return "云帆客服".equals(team.vendorName()) ? "vendor" : "demo-data";
    }
}
