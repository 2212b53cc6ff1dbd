package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statement figures as a reader of a statement sees them, in one language: labels, money in yuan to
 * the fen, dates, moments in Beijing time (the zone the portal's business dates use), line types and
 * invoice flags in words. The PDF and the pages word a statement the same way through it.
 */
public final class StatementText {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BusinessTime.ZONE);

    /**
     * The references a line keeps of what it came from (see DraftLine), each with the key that words it;
     * the groups are the key's arguments. The API returns the reference as stored.
     */
    private static final List<Source> SOURCES = List.of(
            new Source("kpi:(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}) v(\\d+)", "settlement.source.kpi"),
            new Source("sla_result:(\\d{4}-\\d{2}-\\d{2}) target (\\d+)", "settlement.source.slaResult"),
            new Source("incident:(\\d+)", "settlement.source.incident"),
            new Source("penalty_cap v(\\d+)", "settlement.source.penaltyCap"),
            new Source("deposit v(\\d+)", "settlement.source.deposit"),
            new Source("temporary_agents:(\\d+)", "settlement.source.temporaryAgents"),
            new Source("reverses:(.+) line (\\d+)", "settlement.source.reverses"),
            new Source("manual", "settlement.source.manual"));

    private record Source(Pattern pattern, String key) {
        Source(String regex, String key) {
            this(Pattern.compile(regex), key);
        }
    }

    private final Locale locale;

    public StatementText(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    String of(Enum<?> value) {
        return value == null ? "—" : Messages.label(locale, value);
    }

    String of(boolean value) {
        return t(value ? "common.yes" : "common.no");
    }

    String of(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    String of(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    /** Who and when, e.g. "finance · 2026-11-02 10:15 (Beijing time)"; a dash when it has not happened. */
    String by(String user, Instant at) {
        if (user == null) {
            return "—";
        }
        return at == null ? user : user + " · " + AT.format(at) + " " + t("settlement.beijingTime");
    }

    String percent(BigDecimal value) {
        return Figures.percent(value);
    }

    /** The label of a line's type (SEAT, CAP, TEMPORARY_AGENTS…); the bare type when there is none. */
    public String lineType(String type) {
        String key = "settlement.lineType." + type;
        String text = t(key);
        return text.equals(key) ? type : text;
    }

    /**
     * Where a line came from in words ("KPI figures 2026-10-01 – 2026-10-31, contract version 2", "SLA
     * target 1, window from 2026-10-07"); a reference of no known form as it is, a dash for none.
     */
    public String source(String reference) {
        if (reference == null || reference.isBlank()) {
            return "—";
        }
        for (Source s : SOURCES) {
            Matcher m = s.pattern().matcher(reference);
            if (m.matches()) {
                Object[] arguments = new Object[m.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = m.group(i + 1);
                }
                return t(s.key(), arguments);
            }
        }
        return reference;
    }

    /** An invoice flag in words, with the tax rate the invoice implies or its difference; else the flag itself. */
    public String flag(String flag, InvoiceView invoice) {
        String key = "settlement.flag." + flag;
        String text = t(key, percent(invoice.impliedRate()), Figures.money(invoice.difference()));
        return text.equals(key) ? flag : text;
    }
}
