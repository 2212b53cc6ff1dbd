package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.shared.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's one-line summary in the reader's language. The summary is stored once, in no
 * language ({@code DRAFT → ACTIVE}, {@code 2026-11-01..2026-11-30: 3 results, 1 cycles}), and the API
 * returns it as stored; the history page words the status names and the SLA evaluation's counts.
 * Anything else (contract numbers, the amendment's reason as typed) is shown as it is.
 */
public final class AuditSummaries {

    private static final Pattern STATUS = Pattern.compile("\\b(DRAFT|ACTIVE|SUSPENDED|EXPIRED|TERMINATED)\\b");
    private static final Pattern EVALUATED = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}): (\\d{1,9}) results, (\\d{1,9}) cycles");

    private final Locale locale;

    public AuditSummaries(Locale locale) {
        this.locale = locale;
    }

    public String of(String action, String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        Matcher evaluated = EVALUATED.matcher(summary);
        if ("SLA_EVALUATED".equals(action) && evaluated.matches()) {
            return Messages.format(locale, "contracts.audit.summary.SLA_EVALUATED", evaluated.group(1),
                    evaluated.group(2), Long.parseLong(evaluated.group(3)), Long.parseLong(evaluated.group(4)));
        }
        if ("STATUS_CHANGED".equals(action) || "RENEWED".equals(action)) {
            return STATUS.matcher(summary).replaceAll(m -> Matcher.quoteReplacement(
                    Messages.label(locale, ContractStatus.valueOf(m.group(1)))));
        }
        return summary;
    }
}
