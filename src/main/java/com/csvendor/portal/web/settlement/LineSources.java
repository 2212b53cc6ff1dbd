package com.csvendor.portal.web.settlement;

import com.csvendor.portal.settlement.boundary.LineSourceWords;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement line came from, as its page shows it: the words the PDF prints too
 * ({@link LineSourceWords}: the SLA result by metric, window, measured against target, the incident by
 * type and day, temporary agents by dates and count, the KPI figures by their dates) — each a link to
 * the page that shows it, where the viewer may open that page. The stored reference
 * ({@code sla_result:2026-11-16 target 4}, {@code incident:42}, {@code kpi:… v1}) stays the machine
 * trail that the API returns.
 */
final class LineSources implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern RESULT = Pattern.compile("sla_result:\\S+ target \\d+");
    private static final Pattern INCIDENT = Pattern.compile("incident:\\d+");
    private static final Pattern KPI = Pattern.compile("kpi:(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}) v\\d+");

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
    private final long storeId;
    private final long vendorId;
    private final LocalDate cycleStart;
    private final LineSourceWords words;
    private final boolean seesImports;

    /**
     * @param words       the records the lines name (as far as the viewer sees the contract's SLA page)
     * @param seesImports whether the viewer may open the KPI import history
     */
    LineSources(long contractId, long storeId, long vendorId, LocalDate cycleStart, LineSourceWords words,
            boolean seesImports) {
        this.contractId = contractId;
        this.storeId = storeId;
        this.vendorId = vendorId;
        this.cycleStart = cycleStart;
        this.words = words;
        this.seesImports = seesImports;
    }

    Shown of(String reference, Locale locale) {
        String words = this.words.of(reference, locale);
        if (reference == null) {
            return new Shown(words);
        }
        if (RESULT.matcher(reference).matches()) {
            return new Shown(words, slaPage(), "sla-form:results");
        }
        if (INCIDENT.matcher(reference).matches()) {
            return new Shown(words, slaPage(), "sla-form:incidents");
        }
        Matcher kpi = KPI.matcher(reference);
        if (kpi.matches()) {
            return seesImports ? new Shown(words, importsPage(kpi.group(1), kpi.group(2)), null)
                    : new Shown(words, slaPage(), "sla-form:results");
        }
        return new Shown(words);
    }

    /** The import history narrowed to the imports that brought the line's figures: its store, vendor and days. */
    private String importsPage(String from, String to) {
        return "kpi/imports.xhtml?store=" + storeId + "&vendor=" + vendorId + "&from=" + from + "&to=" + to;
    }

    /** The contract's SLA page showing the statement's cycle. */
    private String slaPage() {
        return "sla/contract.xhtml?id=" + contractId + "&cycle=" + cycleStart;
    }
}
