package com.csvendor.portal.sla.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Evaluates a contract over a date range: every window (DAILY, WEEKLY, SETTLEMENT_CYCLE) that
 * shares a day with the range, up to today, is judged in full for every target of that kind in the
 * contract version in force on the window's last day within the contract's period (that version's
 * number is recorded with the result), from the day sums of the contract's store and vendor within
 * the contract's period. A window still running today (Asia/Shanghai) is stored PROVISIONAL_…
 * ({@link Outcome}); the first evaluation after it closes judges it for good ({@link ClosedWindows}
 * runs it nightly when no import does). Results are upserted by their natural key, keeping a
 * waiver (new ones are inserted together at the end, {@link SlaRepository#insertAll}); results of
 * the windows evaluated that no target produces any more are removed unless disputed. A DAILY window whose day's report is missing past its due time is breached when the
 * contract says a missing report breaches the day's targets ({@link ReportLedgers},
 * {@link SlaEvaluator#reportMissing}). Then the contract's settlement cycles are recomputed
 * ({@link CyclePenalties}).
 * Evaluations of one contract run one at a time (the contract row is locked), so two imports
 * publishing together cannot interleave.
 */
@ApplicationScoped
public class SlaEvaluation {

    /** What one evaluation did. */
    public record Evaluated(long contractId, LocalDate from, LocalDate to, int results, int cycles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SlaBooks books;

    @Inject
    SlaRepository repository;

    @Inject
    CyclePenalties cycles;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final SlaEvaluator evaluator = new SlaEvaluator();
    private final CycleCalculator calculator = new CycleCalculator();

    /**
     * Takes the contract's evaluation lock before the caller writes rows referring to the contract:
     * a foreign-key check holds a shared lock on the contract row, and upgrading it later (in
     * {@link #recomputeCycles}) would deadlock with an evaluation already waiting for the row.
     */
    @Transactional
    public void lockContract(long contractId) {
        em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An evaluation a user asked for, audited in the same transaction. */
    @Transactional
    public Evaluated evaluateFor(String actor, long contractId, LocalDate from, LocalDate to) {
        Evaluated e = evaluate(contractId, from, to);
        audit.record("CONTRACT", contractId, "SLA_EVALUATED", actor,
                e.from() + ".." + e.to() + ": " + e.results() + " results, " + e.cycles() + " cycles", null, null);
        return e;
    }

    @Transactional
    public Evaluated evaluate(long contractId, LocalDate from, LocalDate to) {
        SlaBook book = books.load(List.of(contractId)).get(contractId);
        if (book == null) {
            throw new NotFoundException("contract", contractId);
        }
        List<SlaResult> fresh = new ArrayList<>();
        Evaluated e = evaluate(book, from, to, fresh);
        repository.insertAll(fresh);
        return e;
    }

    /**
     * Evaluates every contract of {@code contractIds} over the same range in one transaction, their
     * inputs read together ({@link SlaBooks}); a failure of any rolls all of them back. Contracts not
     * found are left out.
     */
    @Transactional
    public List<Evaluated> evaluateAll(List<Long> contractIds, LocalDate from, LocalDate to) {
        List<Evaluated> out = new ArrayList<>();
        List<SlaResult> fresh = new ArrayList<>();
        for (SlaBook book : books.load(contractIds).values()) {
            out.add(evaluate(book, from, to, fresh));
        }
        repository.insertAll(fresh);
        return out;
    }

    /** Evaluates one book; the results of windows judged for the first time go to {@code fresh}, to be inserted together. */
    private Evaluated evaluate(SlaBook book, LocalDate from, LocalDate to, List<SlaResult> fresh) {
        Contract c = book.contract();
        long contractId = c.getId();
        LocalDate today = BusinessTime.today(clock);
        LocalDate lo = later(from, c.getStartDate());
        LocalDate hi = earlier(earlier(to, c.lastDayInForce()), today);
        if (c.getStatus() == ContractStatus.DRAFT || hi.isBefore(lo)) {
            return new Evaluated(contractId, from, to, 0, 0);
        }
        // The settlement cycle of the version in force on the last day evaluated.
        SettlementCycle cycle = c.versionOn(hi).orElse(c.current()).readOnlyTerms().getSettlement().getCycle();
        List<Window> windows = new ArrayList<>();
        for (SlaWindow kind : SlaWindow.values()) {
            windows.addAll(SlaWindows.windows(kind, cycle, lo, hi));
        }
        LocalDate first = windows.stream().map(Window::start).min(LocalDate::compareTo).orElse(lo);
        LocalDate last = windows.stream().map(Window::end).max(LocalDate::compareTo).orElse(hi);
        SortedMap<LocalDate, KpiSums> days = book.days(later(first, c.getStartDate()), earlier(last,
                c.lastDayInForce()));
        Map<String, SlaResult> stored = new HashMap<>();
        for (SlaResult r : book.startingBetween(first, hi)) {
            stored.put(key(r.getTargetNo(), r.getWindow(), r.getWindowStart()), r);
        }
        Instant now = Instant.now(clock);
        Set<LocalDate> missing = ReportLedgers.missing(book.reports(later(first, c.getStartDate()),
                earlier(last, c.lastDayInForce()), now), MissingReportRule.BREACH_DAILY_TARGETS);
        // The staffing days of the evaluated days, read once and only for a cost-based target: its cost is
        // the statement's fee, the surcharge of short promotion days withheld.
        LocalDate dayFrom = later(first, c.getStartDate());
        LocalDate dayTo = earlier(last, c.lastDayInForce());
        var staffed = new Object() {
            private List<StaffingDay> read;

            List<StaffingDay> get() {
                if (read == null) {
                    read = book.staffing(dayFrom, dayTo, now);
                }
                return read;
            }
        };
        Supplier<List<StaffingDay>> staffingDays = staffed::get;
        int written = 0;
        for (Window w : windows) {
            written += judge(book, w, days, staffingDays, missing, stored, now, today, fresh);
        }
        // Only a window evaluated here can have lost its target: the stored results of the other windows
        // starting in the range (the earlier days of a week or cycle evaluated for one day) stand.
        Set<String> evaluated = windows.stream().map(w -> w.kind() + "|" + w.start()).collect(Collectors.toSet());
        stored.values().stream().filter(r -> evaluated.contains(r.getWindow() + "|" + r.getWindowStart()))
                .filter(repository::removeUnlessDisputed).forEach(book::removed);
        int recomputed = cycles.recompute(book, hi);
        return new Evaluated(contractId, lo, hi, written, recomputed);
    }

    /** Recomputes the settlement cycles only: after a breach is waived or an incident recorded or withdrawn. */
    @Transactional
    public int recomputeCycles(long contractId) {
        SlaBook book = books.load(List.of(contractId)).get(contractId);
        if (book == null) {
            throw new NotFoundException("contract", contractId);
        }
        Contract c = book.contract();
        LocalDate hi = earlier(c.lastDayInForce(), BusinessTime.today(clock));
        return c.getStatus() == ContractStatus.DRAFT || hi.isBefore(c.getStartDate()) ? 0
                : cycles.recompute(book, hi);
    }

    private int judge(SlaBook book, Window w, SortedMap<LocalDate, KpiSums> days,
            Supplier<List<StaffingDay>> staffingDays, Set<LocalDate> missing,
            Map<String, SlaResult> stored, Instant now, LocalDate today, List<SlaResult> fresh) {
        Contract c = book.contract();
        Span span = Span.of(w, c.getStartDate(), c.lastDayInForce());
        ContractVersion v = c.versionOn(span.end()).orElseThrow();
        List<SlaTarget> targets = v.readOnlyTerms().getSlaTargets();
        BigDecimal fees = null;
        int written = 0;
        for (int i = 0; i < targets.size(); i++) {
            SlaTarget t = targets.get(i);
            if (t.getWindow() != w.kind()) {
                continue;
            }
            if (fees == null && (t.getMetric() == Metric.COST_PER_RECEIVED
                    || t.getMetric() == Metric.COST_PER_PAID_ORDER)) {
                fees = calculator.feesOver(c.dates(), x -> x.readOnlyTerms().getFees(), span.start(), span.end(),
                        KpiDays.of(days), staffingDays.get());
            }
            WindowResult r = evaluator.evaluate(i + 1, t, w, days, fees, missing).asOf(span.end(), today);
            SlaResult row = stored.remove(key(i + 1, w.kind(), w.start()));
            if (row == null) {
                row = new SlaResult(c.getId(), i + 1, w.kind(), w.start());
                book.added(row);
                fresh.add(row);
            }
            row.refresh(new SlaResult.Judgement(v.getNumber(), r.metric(), w.end(), r.comparator(), r.threshold(),
                    r.measured(), r.sample(), r.minimumSample(), r.daysJudged(), r.daysExempt(), r.outcome(),
                    r.shortfallPercent(), r.reportMissing()), now);
            written++;
        }
        return written;
    }

    private static String key(int targetNo, SlaWindow kind, LocalDate start) {
        return targetNo + "|" + kind + "|" + start;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
