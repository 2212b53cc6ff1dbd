package com.csvendor.portal.web.sla;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.entity.DisputeSubject;
import com.csvendor.portal.web.contracts.TermLabels;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SLA page's references in the reader's language. The service keeps them as codes, which the
 * API returns as they are: an incident's clause ({@code v2 penalties.incidentFines[0]}) and what a
 * dispute is about ({@code FIRST_RESPONSE_SECONDS DAILY 2026-11-16}, {@code DATA_LEAK 2026-11-03}).
 * Here they read as the clause's name, the metric and window, and measured against target.
 */
public final class SlaWords {

    private static final Pattern CLAUSE = Pattern.compile("v(\\d{1,6}) (\\S+)");
    private static final Pattern BREACH = Pattern.compile(
            "([A-Z0-9_]+) ([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})(?:–(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern INCIDENT = Pattern.compile("([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    private final Locale locale;

    public SlaWords(Locale locale) {
        this.locale = locale;
    }

    /** "Contract version 2: Penalty clauses › Incident fines #1"; empty for no clause, the code if unknown. */
    public String clause(String reference) {
        if (reference == null || reference.isBlank()) {
            return "";
        }
        Matcher m = CLAUSE.matcher(reference);
        if (!m.matches()) {
            return reference;
        }
        return Messages.format(locale, "sla.clause", m.group(1), TermLabels.of(locale).ofTerms(m.group(2)));
    }

    /** "First response time (s), 2026-11-16 – 2026-11-16: measured 45 s, target at most 30 s". */
    public String result(SlaResultView r) {
        return Messages.format(locale, "sla.subject.result", Messages.label(locale, r.metric()), r.windowStart(),
                r.windowEnd(), r.measured() == null ? "—" : SlaFormat.value(r.measured(), r.metric()),
                Messages.label(locale, r.comparator()), SlaFormat.value(r.threshold(), r.metric()));
    }

    /** What a dispute is about, from the service's one-line subject, when the result itself is not at hand. */
    public String subject(DisputeSubject type, String subject) {
        if (subject == null) {
            return "";
        }
        Matcher breach = BREACH.matcher(subject);
        Matcher incident = INCIDENT.matcher(subject);
        Matcher number = NUMBER.matcher(subject);
        try {
            if (type == DisputeSubject.BREACH && breach.matches()) {
                String end = breach.group(4) == null ? breach.group(3) : breach.group(4);
                return Messages.format(locale, "sla.subject.breach", Messages.label(locale, Metric.valueOf(breach.group(1))),
                        Messages.label(locale, SlaWindow.valueOf(breach.group(2))), breach.group(3), end);
            }
            if (type == DisputeSubject.INCIDENT && incident.matches()) {
                return Messages.format(locale, "sla.subject.incident",
                        Messages.label(locale, IncidentType.valueOf(incident.group(1))), incident.group(2));
            }
        } catch (IllegalArgumentException unknownName) {
            return subject;
        }
        return number.matches() ? Messages.format(locale, "sla.subject.number", number.group(1)) : subject;
    }
}
