package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well one row reads as a profile's header: the field each cell names (or {@code null}) and
 * the set of fields named. A
 * header with a unit the profile does not spell ({@code 3分钟人工响应率(%)}, {@code 客服销售额（元）})
 * matches the alias without the unit, unless that unit says minutes or hours for a duration the
 * portal reads in seconds ({@code 平均人工响应时长（分钟）}): such a column stays unknown, since its
 * plain numbers would otherwise be taken as seconds.
 */
record HeaderMatch(ProfileMapping profile, RawRow row, List<KpiField> fields, Set<KpiField> matched) {

    /** The fewest named columns for a row to be taken as a header rather than a title line. */
    static final int MIN_FIELDS = 2;

    private static final Pattern TRAILING_UNIT = Pattern.compile("[(（\\[【][^()（）\\[\\]【】]{1,8}[)）\\]】]$");
    private static final Pattern NOT_SECONDS = Pattern.compile("分|小时|时|min|hour|hr|^[(（\\[【][hm][)）\\]】]$",
            Pattern.CASE_INSENSITIVE);

    static HeaderMatch of(ProfileMapping profile, RawRow row) {
        List<KpiField> fields = new ArrayList<>(row.cells().size());
        Set<KpiField> matched = EnumSet.noneOf(KpiField.class);
        for (String cell : row.cells()) {
            KpiField field = field(profile, cell);
            fields.add(field);
            if (field != null) {
                matched.add(field);
            }
        }
        return new HeaderMatch(profile, row, Collections.unmodifiableList(fields), Collections.unmodifiableSet(matched));
    }

    private static KpiField field(ProfileMapping profile, String header) {
        String cleaned = Cells.clean(header);
        if (cleaned.isEmpty()) {
            return null;
        }
        KpiField field = profile.fieldOf(cleaned).orElse(null);
        java.util.regex.Matcher unit = TRAILING_UNIT.matcher(cleaned);
        if (field == null && unit.find()) {
            field = profile.fieldOf(cleaned.substring(0, unit.start())).orElse(null);
            if (field != null && field.kind() == KpiField.Kind.SECONDS && NOT_SECONDS.matcher(unit.group()).find()) {
                return null;
            }
        }
        return field;
    }

    boolean isHeader() {
        return matched().size() >= MIN_FIELDS;
    }

    /** More named fields wins; on a tie, the one with the required fields; else the earlier one stays. */
    boolean betterThan(HeaderMatch other) {
        int mine = matched().size();
        int theirs = other.matched().size();
        if (mine != theirs) {
            return mine > theirs;
        }
        return hasRequired() && !other.hasRequired();
    }

    boolean hasRequired() {
        return matched().containsAll(ReportLayout.REQUIRED);
    }
}
