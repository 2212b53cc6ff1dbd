package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.sla.entity.DisputeSubject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SLA result, an incident or a dispute is about, in the reader's language: the metric, the
 * window's dates and measured against target; the incident's type and day. The service keeps a
 * dispute's subject as a one-line code ({@code FIRST_RESPONSE_SECONDS DAILY 2026-11-16},
 * {@code DATA_LEAK 2026-11-03}), which the API returns as it is; pages, home queues and statements
 * word it here, never as "Breach #658". Words made later in the reader's language (a notification
 * mail) take the same message and arguments ({@link #BREACH}, {@link #breach}; {@link #INCIDENT},
 * {@link #incident(IncidentType, LocalDate)}), so a dispute reads alike on the home queue and in mail.
 */
public final class SlaSubjects {

    /** The message of a breached target: its arguments are {@link #breach}'s. */
    public static final String BREACH = "sla.subject.breach";
    /** The message of an incident: its arguments are {@link #incident(IncidentType, LocalDate)}'s. */
    public static final String INCIDENT = "sla.subject.incident";

    /** The message of a short staffing day: its argument is the day. */
    public static final String STAFFING_DAY = "sla.subject.staffingDay";

    private static final Pattern BREACH_CODE = Pattern.compile(
            "([A-Z0-9_]+) ([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})(?:–(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern INCIDENT_CODE = Pattern.compile("([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})");
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
        return Messages.format(locale, INCIDENT, incident(i.type(), i.occurredOn()));
    }

    /** The arguments of {@link #BREACH}: metric, window, first and last day (enums are labelled when worded). */
    public static Object[] breach(Metric metric, SlaWindow window, LocalDate first, LocalDate last) {
        return new Object[] {metric, window, first.toString(), last.toString()};
    }

    /** The arguments of {@link #INCIDENT}: the incident's type and day. */
    public static Object[] incident(IncidentType type, LocalDate day) {
        return new Object[] {type, day.toString()};
    }

    /** What a dispute is about, from the service's one-line subject, when the result itself is not at hand. */
    public String subject(DisputeSubject type, String subject) {
        if (subject == null) {
            return "";
        }
        Matcher breach = BREACH_CODE.matcher(subject);
        Matcher incident = INCIDENT_CODE.matcher(subject);
        Matcher number = NUMBER.matcher(subject);
        try {
            if (type == DisputeSubject.BREACH && breach.matches()) {
                LocalDate first = LocalDate.parse(breach.group(3));
                LocalDate last = breach.group(4) == null ? first : LocalDate.parse(breach.group(4));
                return Messages.format(locale, BREACH, breach(Metric.valueOf(breach.group(1)),
                        SlaWindow.valueOf(breach.group(2)), first, last));
            }
            if (type == DisputeSubject.STAFFING_DAY) {
                return Messages.format(locale, STAFFING_DAY, LocalDate.parse(subject).toString());
            }
            if (type == DisputeSubject.INCIDENT && incident.matches()) {
                return Messages.format(locale, INCIDENT, incident(IncidentType.valueOf(incident.group(1)),
                        LocalDate.parse(incident.group(2))));
            }
        } catch (IllegalArgumentException | DateTimeException unknownName) {
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
