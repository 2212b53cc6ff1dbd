package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.entity.DisputeSubject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SLA result, an incident or a dispute is about, in the reader's language: the metric, the
 * window's dates and measured against target; the incident's type and day. The service keeps a
 * dispute's subject as a one-line code ({@code FIRST_RESPONSE_SECONDS DAILY 2026-11-16},
 * {@code DATA_LEAK 2026-11-03}), which the API returns as it is; pages, home queues and statements
 * word it here, never as "Breach #658".
 */
public final class SlaSubjects {

    private static final Pattern BREACH = Pattern.compile(
            "([A-Z0-9_]+) ([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})(?:–(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern INCIDENT = Pattern.compile("([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    private final Locale locale;

    public SlaSubjects(Locale locale) {
        this.locale = locale;
    }

    /** "First response time (s), 2026-11-16 – 2026-11-16: measured 45 s, target at most 30 s". */
    public String result(SlaResultView r) {
        return Messages.format(locale, "sla.subject.result", Messages.label(locale, r.metric()), r.windowStart(),
                r.windowEnd(), r.measured() == null ? Figures.NONE : value(r.measured(), r.metric()),
                Messages.label(locale, r.comparator()), value(r.threshold(), r.metric()));
    }

    /** "Data leak on 2026-11-03". */
    public String incident(IncidentView i) {
        return Messages.format(locale, "sla.subject.incident", Messages.label(locale, i.type()),
                i.occurredOn().toString());
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

    /** A metric's value in its unit: 95.12 %, 28.5 s, ¥1,234.00; "—" when there is no figure (no figure is not 0). */
    public static String value(BigDecimal v, Metric metric) {
        if (v == null) {
            return Figures.NONE;
        }
        return switch (metric.unit()) {
            case PERCENT -> plain(v) + " %";
            case SECONDS -> plain(v) + " s";
            case YUAN -> Figures.money(v);
        };
    }

    /** At most two decimals (HALF_UP), without trailing zeros: a target's or a breach's figure, 12.5 or 3. */
    public static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
