package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Statement figures as a reader of a statement sees them, in one language: labels, money in yuan to
 * the fen, dates, moments in Beijing time (the zone the portal's business dates use), line types and
 * invoice flags in words. The PDF and the pages word a statement the same way through it.
 */
public final class StatementText {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ContractService.BUSINESS_ZONE);

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

    /** ¥1,234.50, −¥80.00; a dash for none. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setNegativePrefix("−¥");
        return f.format(amount);
    }

    String percent(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " %";
    }

    /** The label of a line's type (SEAT, CAP, TEMPORARY_AGENTS…); the bare type when there is none. */
    public String lineType(String type) {
        String key = "settlement.lineType." + type;
        String text = t(key);
        return text.equals(key) ? type : text;
    }

    /** An invoice flag in words, with the tax rate the invoice implies or its difference; else the flag itself. */
    public String flag(String flag, InvoiceView invoice) {
        String key = "settlement.flag." + flag;
        String text = t(key, percent(invoice.impliedRate()), money(invoice.difference()));
        return text.equals(key) ? flag : text;
    }
}
