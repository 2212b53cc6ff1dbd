package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.job.boundary.BackgroundJobs;
import com.csvendor.portal.shared.JobReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * "Evaluate all": the SLA evaluation of one month for every signed contract whose period shares a
 * day with it, {@link #CHUNK} contracts per transaction, their inputs read together
 * ({@link SerialEvaluation#evaluateAll}), reporting the contracts done of all after each chunk.
 */
@ApplicationScoped
public class MonthEvaluation {

    /** Contracts evaluated in one transaction: big enough that the queries per contract vanish, small enough to lock briefly. */
    static final int CHUNK = 100;

    /** What a run did; {@code failed} are the ids of the contracts whose evaluation failed (logged). */
    public record Outcome(int contracts, int results, int cycles, List<Long> failed) {
    }

    @Inject
    JobReads reads;

    @Inject
    ContractRepository contracts;

    @Inject
    SerialEvaluation serial;

    public Outcome run(YearMonth month, BackgroundJobs.Progress progress) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Long> ids = reads.read(() -> contracts.signedIdsBetween(from, to));
        progress.report(0, ids.size());
        List<Long> failed = new ArrayList<>();
        int results = 0;
        int cycles = 0;
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (SlaEvaluation.Evaluated e : serial.evaluateAll(chunk, from, to, failed)) {
                results += e.results();
                cycles += e.cycles();
            }
            progress.report(i + chunk.size(), ids.size());
        }
        return new Outcome(ids.size() - failed.size(), results, cycles, failed);
    }
}
