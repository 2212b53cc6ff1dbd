package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.job.boundary.BackgroundJobs;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.JobReads;
import com.csvendor.portal.sla.control.SerialEvaluation;
import com.csvendor.portal.sla.control.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates the missing regular statements of every closed cycle: for each signed contract, each
 * settlement cycle from its start whose days in the contract's period ended before today (and on
 * or before {@code upTo}) and that has no statement yet. A cycle still running is not closed, and
 * neither is the last, cut-short cycle of a contract still in force (it may be renewed). The SLA
 * results of the latest missing cycle — the one that just closed, whose last figures may have
 * arrived since the last evaluation — are brought up to date first, in turn with the other
 * evaluations; older missing cycles (a first start, a long downtime) take the results as stored,
 * which every import and every incident or dispute keep up to date. When bringing them up to date
 * fails, none of the contract's statements is written (see {@link #settle}). A chunk of contracts' statements
 * is written in one transaction; if that fails, each in its own: one that another instance wrote
 * meanwhile is skipped, a failure is logged and the rest go on.
 */
@ApplicationScoped
public class StatementCatchUp {

    private static final Logger LOG = Logger.getLogger(StatementCatchUp.class.getName());

    /** Contracts read, evaluated and settled together. */
    static final int CHUNK = 100;

    @Inject
    JobReads reads;

    @Inject
    ContractRepository contracts;

    @Inject
    StatementRepository statements;

    @Inject
    SerialEvaluation evaluations;

    @Inject
    StatementGeneration generation;

    @Inject
    KpiRollups rollups;

    @Inject
    Clock clock;

    /**
     * Answers the statements written and the contracts left out. Without {@code evaluate}, every cycle takes the SLA
     * results as stored (the start-up run: they were just evaluated by the demo data or kept current
     * by the imports, and the next nightly run evaluates anyway). An {@code automatic} run (the
     * system's) only writes the cycles the portal took part in: those ending on or after the day the
     * contract was recorded here or its vendor's first KPI figures in the store, whichever is
     * earlier; the cycles before were settled outside the portal, and finance generates one on
     * demand if it wants it.
     */
    public Outcome run(LocalDate upTo, String by, boolean evaluate, boolean automatic) {
        return run(upTo, by, evaluate, automatic, (done, total) -> { });
    }

    /**
     * The same, reporting the contracts done of all after each chunk (a background job's progress).
     * Works through the contracts {@link #CHUNK} at a time: their versions, their SLA evaluation and
     * their statements' inputs are read together, and a chunk's statements are written in one
     * transaction (see {@link #settle}).
     */
    public Outcome run(LocalDate upTo, String by, boolean evaluate, boolean automatic,
            BackgroundJobs.Progress progress) {
        LocalDate today = BusinessTime.today(clock);
        Outcome out = new Outcome();
        List<Long> signed = reads.read(() -> contracts.signedIdsStartedBy(upTo));
        Map<Long, Set<LocalDate>> written = reads.read(statements::regularCycles);
        progress.report(0, signed.size());
        for (int i = 0; i < signed.size(); i += CHUNK) {
            Map<Contract, List<Window>> missing = new LinkedHashMap<>();
            List<Long> chunk = signed.subList(i, Math.min(signed.size(), i + CHUNK));
            for (Contract c : reads.read(() -> contracts.contracts(chunk))) {
                Set<LocalDate> done = written.getOrDefault(c.getId(), Set.of());
                List<Window> cycles = missing(c, upTo, today, done, c.getStartDate());
                if (automatic && !cycles.isEmpty()) {
                    // The figures are asked for only when a cycle is missing at all: most nights none is.
                    cycles = missing(c, upTo, today, done, takenPartSince(c));
                }
                if (!cycles.isEmpty()) {
                    missing.put(c, cycles);
                }
            }
            settle(missing, by, evaluate, out);
            progress.report(Math.min(signed.size(), i + CHUNK), signed.size());
        }
        return out;
    }

    /**
     * Writes the contracts' missing statements. When the SLA results of a contract's latest cycle
     * were to be brought up to date and that failed, none of its statements is written: a statement
     * built on stale results would be a plausible wrong number. The contract is named in the outcome
     * instead, and the next run (or finance's "generate all") tries again. The evaluations run
     * together per latest cycle; the statements are written together, and one by one when that fails
     * (a cycle written meanwhile by another instance is then skipped, a failure logged).
     */
    void settle(Map<Contract, List<Window>> missing, String by, boolean evaluate, Outcome out) {
        Map<Window, List<Contract>> byLatest = new LinkedHashMap<>();
        missing.forEach((c, cycles) -> byLatest.computeIfAbsent(cycles.get(cycles.size() - 1),
                w -> new ArrayList<>()).add(c));
        List<StatementGeneration.Planned> planned = new ArrayList<>();
        Map<Long, String> numbers = new HashMap<>();
        byLatest.forEach((latest, group) -> {
            List<Long> failed = new ArrayList<>();
            if (evaluate) {
                evaluations.evaluateAll(group.stream().map(Contract::getId).toList(), latest.start(), latest.end(),
                        failed);
            }
            for (Contract c : group) {
                if (failed.contains(c.getId())) {
                    LOG.log(Level.WARNING, "Statements of {0} not written: its SLA results up to {1} could not be"
                            + " brought up to date", new Object[] {c.getNumber(), latest.end()});
                    out.notUpToDate.add(c.getNumber());
                    continue;
                }
                numbers.put(c.getId(), c.getNumber());
                missing.get(c).forEach(w -> planned.add(new StatementGeneration.Planned(c.getId(), w.start())));
            }
        });
        if (planned.isEmpty()) {
            return;
        }
        try {
            out.written.addAll(generation.createAll(planned, by));
            return;
        } catch (RuntimeException together) {
            LOG.log(Level.WARNING, planned.size() + " statements could not be written together; writing them one"
                    + " by one", together);
        }
        for (StatementGeneration.Planned p : planned) {
            try {
                out.written.add(generation.create(p.contractId(), p.cycleStart(), by));
            } catch (StatementExists e) {
                LOG.log(Level.FINE, "Statement of {0} for {1} written elsewhere", new Object[] {
                    numbers.get(p.contractId()), p.cycleStart()});
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Statement of " + numbers.get(p.contractId()) + " for " + p.cycleStart()
                        + " failed", e);
            }
        }
    }

    /** The ids of the statements written; the numbers of the contracts left out, their SLA evaluation failed. */
    public static final class Outcome {
        private final List<Long> written = new ArrayList<>();
        private final List<String> notUpToDate = new ArrayList<>();

        public List<Long> written() {
            return written;
        }

        public List<String> notUpToDate() {
            return notUpToDate;
        }
    }

    private LocalDate takenPartSince(Contract c) {
        LocalDate recorded = LocalDate.ofInstant(c.getCreatedAt(), BusinessTime.ZONE);
        return reads.read(() -> rollups.firstDay(c.getStore().getId(), c.getVendor().getId()))
                .filter(d -> d.isBefore(recorded))
                .orElse(recorded);
    }

    /**
     * The closed cycles of the contract without a regular statement that end on or after
     * {@code since}, in date order.
     */
    static List<Window> missing(Contract c, LocalDate upTo, LocalDate today, Set<LocalDate> done, LocalDate since) {
        List<Window> out = new ArrayList<>();
        LocalDate last = c.lastDayInForce();
        for (LocalDate day = c.getStartDate(); !day.isAfter(last); ) {
            Optional<StatementPeriod> p = StatementPeriod.of(c, day);
            if (p.isEmpty()) {
                break;
            }
            Window w = p.get().cycle();
            LocalDate end = p.get().to();
            boolean closed = end.isBefore(today) && !end.isAfter(upTo)
                    && (w.end().isBefore(today) || !c.getStatus().inForce());
            if (closed && !done.contains(w.start()) && !end.isBefore(since)) {
                out.add(w);
            }
            day = w.end().plusDays(1);
        }
        return out;
    }
}
