package com.csvendor.portal.shared;

/**
 * Text for a cell of an exported CSV or XLSX file. A cell that starts with {@code = + - @}, a tab
 * or a carriage return would be run as a formula by a spreadsheet (formula injection); it gets a
 * leading apostrophe, which spreadsheets show as plain text. Numbers are exported as numbers, not
 * through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
