package com.csvendor.portal.web.sla;

import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import com.csvendor.portal.sla.entity.DisputeSubject;
import com.csvendor.portal.web.contracts.TermLabels;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SLA page's references in the reader's language. The service keeps them as codes, which the
 * API returns as they are: an incident's clause ({@code v2 penalties.incidentFines[0]}) and what a
 * dispute is about ({@code FIRST_RESPONSE_SECONDS DAILY 2026-11-16}, {@code DATA_LEAK 2026-11-03}).
 * Here they read as the clause's name, the metric and window, and measured against target (the last
 * two through {@link SlaSubjects}, which the home queues and statements use as well).
 */
public final class SlaWords {

    private static final Pattern CLAUSE = Pattern.compile("v(\\d{1,6}) (\\S+)");

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
        return new SlaSubjects(locale).result(r);
    }

    /** What a dispute is about, from the service's one-line subject, when the result itself is not at hand. */
    public String subject(DisputeSubject type, String subject) {
        return new SlaSubjects(locale).subject(type, subject);
    }
}
