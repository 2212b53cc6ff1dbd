package com.csvendor.portal.sla.control;

import com.csvendor.portal.shared.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Judges for good the windows that closed while their results were still provisional: an import
 * after the window's last day re-evaluates it anyway, but a window whose last figures came in
 * before it ended (or never came) would otherwise stay provisional and count for nothing. Each
 * contract with such results is evaluated over their windows, in turn with the other background
 * evaluations ({@link SerialEvaluation}); run nightly before the statements are generated.
 */
@ApplicationScoped
public class ClosedWindows {

    @Inject
    SlaRepository results;

    @Inject
    SerialEvaluation evaluations;

    @Inject
    Clock clock;

    /** How far back a day's report can fall due ({@code DailyReport} allows up to 7 days), with a margin. */
    static final int REPORT_DAYS = 9;

    /**
     * Re-evaluates the contracts with days not judged for want of any figures in the last
     * {@link #REPORT_DAYS} days, so that a report falling due missing is judged as such within the
     * hour ({@link SlaEvaluation}). Answers how many contracts were re-evaluated successfully.
     */
    public int judgeMissingReports() {
        int done = 0;
        for (SlaRepository.Closed c : results.withoutReports(BusinessTime.today(clock).minusDays(REPORT_DAYS))) {
            done += evaluations.evaluate(c.contractId(), c.from(), c.to(), "daily reports falling due") ? 1 : 0;
        }
        return done;
    }

    /** Answers how many contracts were re-evaluated successfully. */
    public int judge() {
        int done = 0;
        for (SlaRepository.Closed c : results.closedButProvisional(BusinessTime.today(clock))) {
            done += evaluations.evaluate(c.contractId(), c.from(), c.to(), "the close of its windows") ? 1 : 0;
        }
        return done;
    }
}
