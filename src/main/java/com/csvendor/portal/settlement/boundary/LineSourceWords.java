package com.csvendor.portal.settlement.boundary;

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
 * Where a statement line came from, in the words both the statement page and its PDF print: the SLA
 * result by metric, window and measured against target; the incident by type and day; temporary
 * agents by their dates and count. A line keeps only a reference ({@code sla_result:2026-11-16 target 4},
 * {@code incident:42}, {@code temporary_agents:7}); the records it names are looked up by the caller
 * ({@link StatementSources}) and handed in. A reference whose record is not at hand reads as
 * {@link StatementText#source} words it.
 */
public final class LineSourceWords implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No records at hand: every reference as {@link StatementText#source} words it. */
    public static final LineSourceWords NONE = new LineSourceWords(List.of(), List.of(), List.of());

    private static final Pattern RESULT = Pattern.compile("sla_result:(\\d{4}-\\d{2}-\\d{2}) target (\\d+)");
    private static final Pattern INCIDENT = Pattern.compile("incident:(\\d+)");
    private static final Pattern TEMPORARY_AGENTS = Pattern.compile("temporary_agents:(\\d+)");

    private final List<SlaResultView> results;
    private final List<IncidentView> incidents;
    private final List<TemporaryAgentsView> temporaryAgents;

    public LineSourceWords(Collection<SlaResultView> results, Collection<IncidentView> incidents,
            Collection<TemporaryAgentsView> temporaryAgents) {
        this.results = List.copyOf(results);
        this.incidents = List.copyOf(incidents);
        this.temporaryAgents = List.copyOf(temporaryAgents);
    }

    /** The line's source in words, in the given language; a dash for none. */
    public String of(String reference, Locale locale) {
        return lookedUp(reference, locale).orElseGet(() -> new StatementText(locale).source(reference));
    }

    private Optional<String> lookedUp(String reference, Locale locale) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher result = RESULT.matcher(reference);
        if (result.matches()) {
            LocalDate start = LocalDate.parse(result.group(1));
            int target = Integer.parseInt(result.group(2));
            return results.stream().filter(r -> r.windowStart().equals(start) && r.targetNo() == target).findFirst()
                    .map(r -> new SlaSubjects(locale).result(r));
        }
        Matcher incident = INCIDENT.matcher(reference);
        if (incident.matches()) {
            long id = Long.parseLong(incident.group(1));
            return incidents.stream().filter(i -> i.id() == id).findFirst()
                    .map(i -> new SlaSubjects(locale).incident(i));
        }
        Matcher temporary = TEMPORARY_AGENTS.matcher(reference);
        if (temporary.matches()) {
            long id = Long.parseLong(temporary.group(1));
            return temporaryAgents.stream().filter(t -> t.id() == id).findFirst()
                    .map(t -> new StatementText(locale).t("settlement.source.temporaryAgents.record", t.workFrom(),
                            t.workTo(), t.agents(), t.days()));
        }
        return Optional.empty();
    }
}
