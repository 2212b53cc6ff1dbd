package com.csvendor.portal.web.settlement;

import com.csvendor.portal.settlement.boundary.StatementText;
import com.csvendor.portal.sla.boundary.IncidentView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement line came from, as its page shows it: the SLA result in words (metric, window,
 * measured against target), the incident by type and day, the KPI figures by their dates — each a
 * link to the page that shows it, where the viewer may open that page. The stored reference
 * ({@code sla_result:2026-11-16 target 4}, {@code incident:42}, {@code kpi:… v1}) stays the machine
 * trail that the API returns; anything this page cannot look up reads as {@link StatementText} words it.
 */
final class LineSources implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern RESULT = Pattern.compile("sla_result:(\\d{4}-\\d{2}-\\d{2}) target (\\d+)");
    private static final Pattern INCIDENT = Pattern.compile("incident:(\\d+)");
    private static final Pattern KPI = Pattern.compile("kpi:\\S+ v\\d+");

    /**
     * A line's source as shown: words, the page (relative to the portal, with its query) that shows it
     * or none, and the table of that page to scroll to (the link's fragment) or none.
     */
    record Shown(String text, String link, String fragment) implements Serializable {

        Shown(String text) {
            this(text, null, null);
        }
    }

    private final long contractId;
    private final LocalDate cycleStart;
    private final List<SlaResultView> results;
    private final List<IncidentView> incidents;
    private final boolean seesImports;

    /**
     * @param results     the contract's SLA results of the statement's cycle (as far as the viewer sees them)
     * @param seesImports whether the viewer may open the KPI import history
     */
    LineSources(long contractId, LocalDate cycleStart, Collection<SlaResultView> results,
            Collection<IncidentView> incidents, boolean seesImports) {
        this.contractId = contractId;
        this.cycleStart = cycleStart;
        this.results = List.copyOf(results);
        this.incidents = List.copyOf(incidents);
        this.seesImports = seesImports;
    }

    Shown of(String reference, Locale locale) {
        String words = new StatementText(locale).source(reference);
        if (reference == null) {
            return new Shown(words);
        }
        Matcher result = RESULT.matcher(reference);
        if (result.matches()) {
            LocalDate start = LocalDate.parse(result.group(1));
            int target = Integer.parseInt(result.group(2));
            Optional<SlaResultView> found = results.stream()
                    .filter(r -> r.windowStart().equals(start) && r.targetNo() == target).findFirst();
            return new Shown(found.map(r -> new SlaSubjects(locale).result(r)).orElse(words), slaPage(),
                    "sla-form:results");
        }
        Matcher incident = INCIDENT.matcher(reference);
        if (incident.matches()) {
            long id = Long.parseLong(incident.group(1));
            Optional<IncidentView> found = incidents.stream().filter(i -> i.id() == id).findFirst();
            return new Shown(found.map(i -> new SlaSubjects(locale).incident(i)).orElse(words), slaPage(),
                    "sla-form:incidents");
        }
        if (KPI.matcher(reference).matches()) {
            return seesImports ? new Shown(words, "kpi/imports.xhtml", null)
                    : new Shown(words, slaPage(), "sla-form:results");
        }
        return new Shown(words);
    }

    /** The contract's SLA page showing the statement's cycle. */
    private String slaPage() {
        return "sla/contract.xhtml?id=" + contractId + "&cycle=" + cycleStart;
    }
}
