package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.Messages;
import java.util.Locale;

/**
 * Why one cell (or row) of a report cannot be imported: the row number as a spreadsheet shows it,
 * the column's header as written in the file ({@code null} for the whole row), the value as
 * written, and a message key of {@code i18n.messages} with its arguments.
 */
public record RowProblem(long row, String column, String value, String key, Object... arguments) {

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments);
    }
}
