package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;

/**
 * Reads a cleaned, reported cell as its field's value, of the type {@link KpiValues} holds for its
 * kind. A rate is read here as written; the parser reads rate cells through {@link RateUnits}, which
 * also applies the unit (percent or fraction) of the cell's column.
 */
final class KpiCellReader {

    /** The longest account name or store code that can be stored. */
    static final int MAX_TEXT = 100;

    private KpiCellReader() {
    }

    static Object read(KpiField field, String cleaned) throws BadCell {
        return switch (field.kind()) {
            case TEXT -> text(cleaned);
            case DATE -> DateText.parse(cleaned);
            case COUNT -> NumberText.count(cleaned);
            case MONEY -> NumberText.money(cleaned);
            case SECONDS -> DurationText.seconds(cleaned);
            case HOURS -> DurationText.hours(cleaned);
            case RATE -> NumberText.rate(cleaned);
        };
    }

    private static String text(String cleaned) throws BadCell {
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_TEXT) {
            throw new BadCell("kpi.value.tooLong", MAX_TEXT);
        }
        return cleaned;
    }
}
