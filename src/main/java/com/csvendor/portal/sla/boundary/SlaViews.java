package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.DisputeRepository;
import com.csvendor.portal.sla.control.IncidentRepository;
import com.csvendor.portal.sla.control.SlaRepository;
import com.csvendor.portal.sla.control.SlaWindows;
import com.csvendor.portal.sla.entity.Dispute;
import com.csvendor.portal.sla.entity.DisputeSubject;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.SlaCycle;
import com.csvendor.portal.sla.entity.SlaResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Turns the SLA entities into the views the service answers with (contract numbers, dispute states). */
@RequestScoped
public class SlaViews {

    @Inject
    SlaRepository results;

    @Inject
    IncidentRepository incidents;

    @Inject
    DisputeRepository disputes;

    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    private final Map<Long, String> numbers = new HashMap<>();

    List<SlaResultView> results(List<SlaResult> list) {
        Map<Long, String> disputeStatus = new HashMap<>();
        List<Long> contractIds = list.stream().map(SlaResult::getContractId).distinct().toList();
        // Newest first: the first dispute seen of a breach is its latest.
        for (Dispute d : disputes.ofContracts(contractIds, Integer.MAX_VALUE)) {
            if (d.getSubjectType() == DisputeSubject.BREACH) {
                disputeStatus.putIfAbsent(d.getSubjectId(), d.getStatus().name());
            }
        }
        return list.stream().map(r -> SlaResultView.of(r, disputeStatus.get(r.getId()))).toList();
    }

    ContractStanding standing(Contract c) {
        List<SlaCycle> cycles = results.cycles(c.getId());
        SlaCycleView cycle = cycles.isEmpty() ? null : cycle(c, cycles.get(0));
        LocalDate latest = cycle == null ? null : latestDay(results.resultsEndingBetween(c.getId(),
                cycle.cycleStart(), cycle.cycleEnd()));
        int open = (int) disputes.ofContracts(List.of(c.getId()), SlaService.MAX_LISTED).stream()
                .filter(Dispute::isOpen).count();
        return new ContractStanding(c.getId(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(),
                c.getStatus(), cycle, latest, open);
    }

    ContractSla contractSla(Contract c, LocalDate cycleStart, boolean manages, boolean leads, boolean evaluates) {
        List<SlaCycleView> cycles = results.cycles(c.getId()).stream().map(x -> cycle(c, x)).toList();
        SlaCycleView shown = cycles.stream().filter(x -> x.cycleStart().equals(cycleStart)).findFirst()
                .orElse(cycles.isEmpty() ? null : cycles.get(0));
        List<SlaResultView> shownResults = shown == null ? List.of()
                : results(results.resultsEndingBetween(c.getId(), shown.cycleStart(), shown.cycleEnd()));
        LocalDate latest = shownResults.stream().filter(r -> r.window() == SlaWindow.DAILY && r.daysJudged() > 0)
                .map(SlaResultView::windowEnd).max(LocalDate::compareTo).orElse(null);
        List<SlaResultView> latestResults = shownResults.stream()
                .filter(r -> r.window() == SlaWindow.DAILY && r.windowEnd().equals(latest)).toList();
        ContractTerms terms = SlaService.termsOn(c, BusinessTime.today(clock));
        List<IncidentView> incidentViews = incidents.ofContracts(List.of(c.getId()), SlaService.MAX_LISTED).stream()
                .map(i -> IncidentView.of(i, c.getNumber())).toList();
        List<DisputeView> disputeViews = disputes.ofContracts(List.of(c.getId()), SlaService.MAX_LISTED).stream()
                .map(d -> dispute(d, c)).toList();
        return new ContractSla(c.getId(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(),
                c.getStatus(), c.getStartDate(), c.getEndDate(), cycles, shown, shownResults, latest, latestResults, incidentViews, disputeViews,
                terms.getPenalties().getIncidentFines(), terms.getQuality().getForbiddenPhrases(), manages, leads,
                evaluates);
    }

    IncidentView incident(Incident i) {
        return IncidentView.of(i, number(i.getContractId()));
    }

    DisputeView dispute(Dispute d) {
        return DisputeView.of(d, number(d.getContractId()), subject(d));
    }

    DisputeView dispute(Dispute d, Contract c) {
        numbers.put(c.getId(), c.getNumber());
        return dispute(d);
    }

    /** What is disputed, in one line: the breached window, the incident or the staffing day. */
    private String subject(Dispute d) {
        if (d.getSubjectType() == DisputeSubject.STAFFING_DAY) {
            return DisputeSubject.day(d.getSubjectId()).toString();
        }
        if (d.getSubjectType() == DisputeSubject.BREACH) {
            return results.findResult(d.getSubjectId()).map(r -> r.getMetric() + " " + r.getWindow() + " "
                    + r.getWindowStart() + (r.getWindowEnd().equals(r.getWindowStart()) ? "" : "–" + r.getWindowEnd()))
                    .orElse("#" + d.getSubjectId());
        }
        return incidents.findIncident(d.getSubjectId()).map(i -> i.getType() + " " + i.getOccurredOn())
                .orElse("#" + d.getSubjectId());
    }

    private SlaCycleView cycle(Contract c, SlaCycle x) {
        Integer after = c.version(x.getContractVersion()).map(v -> v.getTerms().getPenalties()
                .getTerminationAfterBreaches()).orElse(null);
        LocalDate lastDay = x.getCycleEnd().isAfter(c.getEndDate()) ? c.getEndDate() : x.getCycleEnd();
        return SlaCycleView.of(x, after, SlaWindows.running(lastDay, BusinessTime.today(clock)));
    }

    private static LocalDate latestDay(List<SlaResult> list) {
        return list.stream().filter(r -> r.getWindow() == SlaWindow.DAILY && r.getDaysJudged() > 0)
                .map(SlaResult::getWindowEnd).max(LocalDate::compareTo).orElse(null);
    }

    private String number(long contractId) {
        return numbers.computeIfAbsent(contractId, id -> contracts.findContract(id).map(Contract::getNumber)
                .orElse(Objects.toString(id)));
    }
}
