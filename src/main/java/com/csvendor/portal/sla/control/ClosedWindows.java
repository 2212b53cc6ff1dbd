package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.boundary.ContractService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

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

    Clock clock = Clock.system(ContractService.BUSINESS_ZONE);

    /** Answers how many contracts were re-evaluated successfully. */
    public int judge() {
        int done = 0;
        for (SlaRepository.Closed c : results.closedButProvisional(LocalDate.now(clock))) {
            done += evaluations.evaluate(c.contractId(), c.from(), c.to(), "the close of its windows") ? 1 : 0;
        }
        return done;
    }
}
