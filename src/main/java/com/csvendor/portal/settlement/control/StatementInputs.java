package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups;
import com.csvendor.portal.kpi.entity.KpiSums;
import com.csvendor.portal.settlement.entity.TemporaryAgents;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.sla.control.CyclePenalties;
import com.csvendor.portal.sla.control.IncidentRepository;
import com.csvendor.portal.sla.control.ReportLedgers;
import com.csvendor.portal.sla.control.SlaRepository;
import com.csvendor.portal.sla.control.StaffingLedgers;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.sla.control.WindowResult;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads what one statement is computed from, for the days a {@link StatementPeriod} covers: the KPI
 * day sums of the contract's store and vendor, the SLA results whose windows end in the cycle
 * (waived ones left out; refused while one is still provisional), the incidents of those days that still count, and the temporary agents
 * recorded for them, the missed daily reports and the staffing days (accepted staffing requests read
 * for all the contracts in one query).
 */
@ApplicationScoped
public class StatementInputs {

    @Inject
    KpiRollups rollups;

    @Inject
    SlaRepository results;

    @Inject
    IncidentRepository incidents;

    @Inject
    StatementRepository statements;

    @Inject
    ReportLedgers reports;

    @Inject
    StaffingLedgers staffing;

    @Inject
    Clock clock;

    /** The statement period of the cycle containing the day; refused when none of its days is in the contract. */
    public static StatementPeriod period(Contract c, LocalDate day) {
        return StatementPeriod.of(c, day).orElseThrow(() -> new InvalidInputException("cycleStart",
                "statement.generate.outsidePeriod", day, c.getStartDate(), c.lastDayInForce()));
    }

    public StatementInput input(Contract c, StatementPeriod p) {
        return inputs(List.of(new Wanted(c, p))).get(0);
    }

    /** A statement to compute: the contract and its statement period. */
    public record Wanted(Contract contract, StatementPeriod period) {
    }

    /**
     * The inputs of many statements, in the order asked, read in five queries whatever their number
     * (results, incidents, temporary agents of all their contracts over all their periods, and the
     * day sums and daily-report receipts of their vendor-store pairs), then split per statement as
     * {@link #input} reads one.
     */
    public List<StatementInput> inputs(List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Long> ids = wanted.stream().map(w -> w.contract().getId()).distinct().toList();
        LocalDate from = wanted.stream().map(w -> earlier(w.period().from(), w.period().cycle().start()))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate to = wanted.stream().map(w -> later(w.period().to(), w.period().cycle().end()))
                .max(LocalDate::compareTo).orElseThrow();
        Map<Long, List<SlaResult>> ending = results.resultsEndingBetween(ids, from, to).stream()
                .collect(Collectors.groupingBy(SlaResult::getContractId));
        Map<Long, List<Incident>> fines = incidents.ofContractsBetween(ids, from, to).stream()
                .collect(Collectors.groupingBy(Incident::getContractId));
        Map<Long, List<TemporaryAgents>> temporaries = statements.temporaryAgents(ids, from, to).stream()
                .collect(Collectors.groupingBy(TemporaryAgents::getContractId));
        List<KpiRollups.StoreVendor> pairs = wanted.stream().map(w -> pair(w.contract())).distinct().toList();
        var days = rollups.days(pairs, from, to);
        var receipts = reports.receipts(pairs, from, to);
        var known = staffing.known(ids);
        List<StatementInput> out = new ArrayList<>();
        java.time.Instant now = clock.instant();
        for (Wanted w : wanted) {
            Contract c = w.contract();
            StatementPeriod p = w.period();
            Window cycle = p.cycle();
            List<SlaResult> results = ending.getOrDefault(c.getId(), List.of()).stream()
                    .filter(r -> within(r.getWindowEnd(), cycle.start(), cycle.end())).toList();
            // A result left provisional would silently be left out of the penalties: refuse until it is judged.
            results.stream().filter(SlaResult::isProvisional).findFirst().ifPresent(r -> {
                throw new ConflictException("cycleStart", "statement.generate.provisional", r.getId(),
                        r.getWindowStart(), r.getWindowEnd());
            });
            List<WindowResult> judged = results.stream().filter(r -> !r.isWaived())
                    .map(CyclePenalties::asWindowResult).toList();
            List<StatementInput.IncidentCharge> charges = fines.getOrDefault(c.getId(), List.of()).stream()
                    .filter(i -> within(i.getOccurredOn(), p.from(), p.to()) && i.getStatus().counts())
                    .map(i -> new StatementInput.IncidentCharge(i.getId(), i.getOccurredOn(), i.getType(),
                            i.getAmount())).toList();
            List<StatementInput.TemporaryAgents> temporary = temporaries.getOrDefault(c.getId(), List.of()).stream()
                    .filter(t -> !t.getWorkFrom().isAfter(p.to()) && !t.getWorkTo().isBefore(p.from()))
                    .map(StatementInputs::asInput).toList();
            SortedMap<LocalDate, KpiSums> pairDays = days.get(pair(c));
            SortedMap<LocalDate, KpiSums> periodDays = new TreeMap<>(pairDays.subMap(p.from(), p.to().plusDays(1)));
            out.add(p.input(periodDays, judged, charges, temporary,
                    ReportLedgers.fines(ReportLedgers.of(c, p.from(), p.to(), now, periodDays, receipts.get(pair(c)))),
                    StaffingLedgers.of(c, p.from(), p.to(), periodDays,
                            known.getOrDefault(c.getId(), StaffingLedgers.Known.NONE), now)));
        }
        return out;
    }

    private static KpiRollups.StoreVendor pair(Contract c) {
        return new KpiRollups.StoreVendor(c.getStore().getId(), c.getVendor().getId());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static StatementInput.TemporaryAgents asInput(TemporaryAgents t) {
        return new StatementInput.TemporaryAgents(t.getId(), t.getWorkFrom(), t.getWorkTo(), t.getAgents(),
                t.getNote());
    }
}
