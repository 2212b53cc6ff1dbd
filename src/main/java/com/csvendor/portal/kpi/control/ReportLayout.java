package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a report's header is and what its columns mean. The header is looked for among the first
 * {@value #SCAN_ROWS} rows, since exports put title lines above it; the profile is the one whose
 * aliases name the most columns (or the one the user chose, which must fit). A file without a
 * date column is one day's export when its title lines name a single date ({@link TitleDate}):
 * every row gets that date. After {@link #detect}, the file continues with the first row below
 * the header.
 */
public final class ReportLayout {

    static final int SCAN_ROWS = 30;
    static final Set<KpiField> REQUIRED = Set.of(KpiField.AGENT_ACCOUNT, KpiField.BUSINESS_DATE);

    private final HeaderMatch match;
    private final LocalDate titleDate;
    private final KpiRowParser parser;

    private ReportLayout(HeaderMatch match, LocalDate titleDate, RateUnits.Rereader rereader) {
        this.match = match;
        this.titleDate = titleDate;
        this.parser = new KpiRowParser(match.row().cells(), match.fields(), titleDate, rereader);
    }

    /**
     * @param profileCode {@code null} to pick the best-fitting profile, else the profile to use
     * @throws InvalidInputException no header found, the chosen profile does not fit, a required
     *         column is missing, or two columns mean the same field
     */
    public static ReportLayout detect(ReportFile file, List<ProfileMapping> profiles, String profileCode) {
        List<ProfileMapping> candidates = profiles;
        if (profileCode != null) {
            candidates = profiles.stream().filter(p -> p.code().equals(profileCode)).toList();
            if (candidates.isEmpty()) {
                throw new InvalidInputException("profile", "kpi.file.unknownProfile", profileCode);
            }
        }
        List<RawRow> scanned = new ArrayList<>();
        for (RawRow row; scanned.size() < SCAN_ROWS && (row = file.next()) != null; ) {
            scanned.add(row);
        }
        HeaderMatch best = best(scanned, candidates);
        if (profileCode != null && (best == null || !best.hasRequired())) {
            suggestAnother(scanned, profiles, candidates.get(0));
            if (best == null) {
                throw new InvalidInputException("file", "kpi.file.profileMismatch", candidates.get(0).name(), SCAN_ROWS);
            }
        }
        if (best == null) {
            String hint = profiles.stream().map(ReportLayout::requiredHeaders).collect(Collectors.joining("; "));
            throw new InvalidInputException("file", "kpi.file.noHeader", SCAN_ROWS, hint);
        }
        int header = scanned.indexOf(best.row());
        file.pushBack(scanned.subList(header + 1, scanned.size()));
        duplicates(best);
        missing(best);
        return new ReportLayout(best, best.matched().contains(KpiField.BUSINESS_DATE) ? null
                : titleDate(best, scanned.subList(0, header)), file::reopen);
    }

    /** The date of every row when the file has no date column, from its title lines; else {@code null}. */
    public LocalDate titleDate() {
        return titleDate;
    }

    public ProfileMapping profile() {
        return match.profile();
    }

    /** The header's row number as a spreadsheet shows it. */
    public long headerRow() {
        return match.row().number();
    }

    /** The header cells as written (trailing blank cells removed). */
    public List<String> headers() {
        return match.row().cells();
    }

    /** Named headers no alias of the profile matches: shown to the user, otherwise ignored. */
    public List<String> unknownColumns() {
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < headers().size(); c++) {
            if (match.fields().get(c) == null && !Cells.blank(headers().get(c))) {
                unknown.add(Cells.clean(headers().get(c)));
            }
        }
        return unknown;
    }

    /**
     * The header, as written, of the column that holds a field, or {@code null}. Use it rather
     * than matching aliases again: the layout also matches headers with a unit ({@code 日期(天)}).
     */
    public String headerOf(KpiField field) {
        int column = match.fields().indexOf(field);
        return column < 0 ? null : Cells.clean(headers().get(column));
    }

    public boolean hasStoreColumn() {
        return match.matched().contains(KpiField.STORE);
    }

    /** The parser for the rows below the header: one per layout (it keeps the unit of each rate column), so callers may ask per row. */
    public KpiRowParser parser() {
        return parser;
    }

    private static HeaderMatch best(List<RawRow> rows, List<ProfileMapping> profiles) {
        HeaderMatch best = null;
        for (RawRow row : rows) {
            for (ProfileMapping profile : profiles) {
                HeaderMatch m = HeaderMatch.of(profile, row);
                if (m.isHeader() && (best == null || m.betterThan(best))) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** The chosen profile does not read the file completely: if another one does, say which. */
    private static void suggestAnother(List<RawRow> scanned, List<ProfileMapping> profiles, ProfileMapping chosen) {
        HeaderMatch other = best(scanned, profiles);
        if (other != null && other.hasRequired() && !other.profile().code().equals(chosen.code())) {
            throw new InvalidInputException("file", "kpi.file.profileMismatchSuggest", chosen.name(), other.profile().name());
        }
    }

    private static void duplicates(HeaderMatch match) {
        Map<KpiField, Integer> seen = new EnumMap<>(KpiField.class);
        for (int c = 0; c < match.fields().size(); c++) {
            KpiField field = match.fields().get(c);
            Integer earlier = field == null ? null : seen.putIfAbsent(field, c);
            if (earlier != null) {
                throw new InvalidInputException("file", "kpi.file.duplicateColumn",
                        Cells.clean(match.row().cell(earlier)), Cells.clean(match.row().cell(c)));
            }
        }
    }

    /** A file without a date column: the one date its title lines name, or refused. */
    private static LocalDate titleDate(HeaderMatch match, List<RawRow> titleLines) {
        Set<LocalDate> dates = TitleDate.in(titleLines);
        if (dates.size() == 1) {
            return dates.iterator().next();
        }
        String dateHeaders = aliases(match.profile(), KpiField.BUSINESS_DATE);
        if (dates.isEmpty()) {
            throw new InvalidInputException("file", "kpi.file.noDate", match.profile().name(), dateHeaders);
        }
        throw new InvalidInputException("file", "kpi.file.titleDates", dates.stream().map(LocalDate::toString)
                .collect(Collectors.joining(", ")), dateHeaders);
    }

    private static void missing(HeaderMatch match) {
        List<KpiField> absent = REQUIRED.stream().filter(f -> !match.matched().contains(f))
                .filter(f -> f != KpiField.BUSINESS_DATE).sorted().toList();
        if (!absent.isEmpty()) {
            String names = absent.stream().map(f -> aliases(match.profile(), f)).collect(Collectors.joining(", "));
            throw new InvalidInputException("file", "kpi.file.missingColumns", match.profile().name(), names);
        }
    }

    /** How the profile names the required columns, e.g. "JD · 京东: 客服帐号 / 客服账号 + 日期". */
    private static String requiredHeaders(ProfileMapping profile) {
        return profile.name() + ": " + REQUIRED.stream().sorted().map(f -> aliases(profile, f)).collect(Collectors.joining(" + "));
    }

    private static String aliases(ProfileMapping profile, KpiField field) {
        return profile.aliases().entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey)
                .sorted().collect(Collectors.joining(" / "));
    }
}
