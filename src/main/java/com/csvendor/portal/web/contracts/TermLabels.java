package com.csvendor.portal.web.contracts;

import com.csvendor.portal.shared.LanguageNames;
import com.csvendor.portal.shared.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Human labels for the field paths that the version diff, the audit trail and the terms check
 * report: {@code fees.sessionTiers[1].price} reads "Fees › Per-session price tiers #2 › Price per
 * customer (¥)" from the {@code group.*} and {@code term.*} keys. Audit snapshot paths start with
 * {@code terms.} or name a contract field ({@code status} → {@code contract.status}). A path with
 * any part unknown is shown as it is. Enum values are translated with their value keys.
 */
public final class TermLabels {

    static final String SEPARATOR = " › ";

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,6})])?");

    /** Term paths (without indices) whose values are enum names, and the key prefix of those names. */
    private static final Map<String, String> ENUM_VALUES = Map.ofEntries(
            Map.entry("scope.serviceTypes", "serviceType"), Map.entry("scope.channels", "channel"),
            Map.entry("hours.days", "dayOfWeek"), Map.entry("hours.shifts.days", "dayOfWeek"),
            Map.entry("fees.model", "feeModel"), Map.entry("tax.invoiceType", "invoiceType"),
            Map.entry("settlement.cycle", "settlementCycle"), Map.entry("deposit.kind", "depositKind"),
            Map.entry("deposit.direction", "depositDirection"), Map.entry("slaTargets.metric", "metric"),
            Map.entry("slaTargets.comparator", "comparator"), Map.entry("slaTargets.window", "slaWindow"),
            Map.entry("penalties.incidentFines.type", "incidentType"),
            Map.entry("confidentiality.scope", "confidentialScope"), Map.entry("status", "contractStatus"));

    private final UnaryOperator<String> texts;
    private final Locale reader;

    /** @param texts the text of a key, or {@code null} when the key does not exist */
    public TermLabels(UnaryOperator<String> texts) {
        this(texts, null);
    }

    private TermLabels(UnaryOperator<String> texts, Locale reader) {
        this.texts = texts;
        this.reader = reader;
    }

    public static TermLabels of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale, TermLabels.class.getClassLoader());
        return new TermLabels(key -> bundle.containsKey(key) ? bundle.getString(key) : null, locale);
    }

    /** A path inside the terms, e.g. {@code hours.shifts[0].start}. */
    public String ofTerms(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        List<String> crumbs = new ArrayList<>();
        StringBuilder key = new StringBuilder("term");
        String[] segments = path.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            if (!m.matches()) {
                return path;
            }
            key.append('.').append(m.group(1));
            String label = texts.apply(i == 0 ? "group." + m.group(1) : key.toString());
            if (label == null) {
                return path;
            }
            crumbs.add(m.group(2) == null ? label : label + " #" + (Integer.parseInt(m.group(2)) + 1));
        }
        return String.join(SEPARATOR, crumbs);
    }

    /** A path of an audit snapshot: {@code terms.…} or a contract field such as {@code status}. */
    public String ofAudit(String path) {
        if (path != null && path.startsWith("terms.")) {
            return ofTerms(path.substring("terms.".length()));
        }
        String label = path == null || !path.matches("[A-Za-z]+") ? null : texts.apply("contract." + path);
        return label == null ? String.valueOf(path) : label;
    }

    /**
     * A value as the diff reports it (plain lists joined by ", "), with enum names, booleans and
     * service languages ({@code zh} → "中文" / "Chinese", read in the labels' language) translated;
     * anything else as it is.
     */
    public String value(String path, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            String label = texts.apply("common." + ("true".equals(raw) ? "yes" : "no"));
            return label == null ? raw : label;
        }
        if (reader != null && "scope.languages".equals(plain(path))) {
            return Arrays.stream(raw.split(", ")).map(v -> LanguageNames.of(v, reader)).collect(Collectors.joining(", "));
        }
        String prefix = ENUM_VALUES.get(plain(path));
        if (prefix == null) {
            return raw;
        }
        return Arrays.stream(raw.split(", ")).map(v -> {
            String label = texts.apply(prefix + "." + v);
            return label == null ? v : label;
        }).collect(Collectors.joining(", "));
    }

    /** The path without indices and without the audit snapshot's {@code terms.} prefix. */
    static String plain(String path) {
        String p = path == null ? "" : path.replaceAll("\\[\\d+]", "");
        return p.startsWith("terms.") ? p.substring("terms.".length()) : p;
    }
}
