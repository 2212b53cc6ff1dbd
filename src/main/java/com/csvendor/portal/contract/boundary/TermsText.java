package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Term values as a reader of the contract sees them, in one language: labels, money, dates, days. */
final class TermsText {

    private final Locale locale;

    TermsText(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    String of(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Enum<?> e) {
            return Messages.label(locale, e);
        }
        if (value instanceof Boolean b) {
            return t(b ? "common.yes" : "common.no");
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalTime time) {
            return time.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? t("common.none")
                    : items.stream().map(this::of).collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
        }
        return value.toString();
    }

    /** A term's amount as agreed (a unit price may go below the fen). */
    String money(BigDecimal amount) {
        return Figures.price(amount);
    }

    String percent(BigDecimal value) {
        return Figures.percent(value);
    }

    String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return t("contract.everyDay");
        }
        return days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(" "));
    }
}
