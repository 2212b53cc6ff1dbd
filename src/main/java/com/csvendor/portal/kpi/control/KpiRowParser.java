package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.AGENT_ACCOUNT;
import static com.csvendor.portal.kpi.entity.KpiField.BUSINESS_DATE;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns the rows below a report's header into {@link KpiValues}, for the columns the layout
 * matched. Blank, summary, note and repeated header rows are skipped; every cell is read by its
 * field's kind; derived counts are filled in; then the rules between figures are checked. A row
 * with any problem is INVALID and carries all of them, each naming the row, the column as the
 * file writes it, the value as written and the reason. Stateless between rows but for the unit of
 * each rate column, which the whole column decides ({@link RateUnits}).
 */
public final class KpiRowParser {

    private final List<String> headers;
    private final List<String> normalizedHeaders;
    private final int firstHeader;
    private final int[] columnOf = new int[KpiField.values().length];
    private final java.time.LocalDate titleDate;
    private final RateUnits units;

    /**
     * {@code titleDate}: the date of every row of a file without a date column, else {@code null};
     * {@code rereader}: opens the file again, to read ahead for the unit of a rate column.
     */
    KpiRowParser(List<String> headers, List<KpiField> fieldOfColumn, java.time.LocalDate titleDate,
            RateUnits.Rereader rereader) {
        this.titleDate = titleDate;
        this.headers = List.copyOf(headers);
        this.normalizedHeaders = headers.stream().map(ProfileMapping::normalize).toList();
        this.firstHeader = Math.max(0, normalizedHeaders.indexOf(normalizedHeaders.stream().filter(h -> !h.isEmpty())
                .findFirst().orElse("")));
        Arrays.fill(columnOf, -1);
        for (int c = 0; c < fieldOfColumn.size(); c++) {
            if (fieldOfColumn.get(c) != null) {
                columnOf[fieldOfColumn.get(c).ordinal()] = c;
            }
        }
        this.units = new RateUnits(columnOf, this.headers, this::skippable, rereader);
    }

    /**
     * Decides the unit of the rate columns this row tells it of (see {@link RateUnits}). A caller
     * that parses rows out of file order (several threads) calls this for every row first, in file
     * order; {@link #parse} does it too, for callers that parse in order. Throws
     * {@link com.csvendor.portal.shared.InvalidInputException} for a rate column whose unit the
     * whole file leaves open.
     */
    public void observe(RawRow row) {
        if (!units.allDecided() && !skippable(row)) {
            units.observe(row);
        }
    }

    public ParsedRow parse(RawRow row) {
        if (skippable(row)) {
            return ParsedRow.skipped();
        }
        units.observe(row);
        KpiValues values = new KpiValues(row.number());
        List<RowProblem> problems = new ArrayList<>();
        if (row.written() >= 0 && row.written() < headers.size()) {
            // Cells a row lacks are not empty figures: the row (the file, if it is the last) ends early.
            problems.add(problem(row, row.written(), row.last() ? "kpi.row.cutOff" : "kpi.row.shortRow",
                    row.number(), row.written(), headers.size()));
            return ParsedRow.of(values, problems);
        }
        boolean figures = false;
        boolean measured = false;
        for (KpiField field : KpiField.values()) {
            int column = columnOf[field.ordinal()];
            if (column < 0) {
                continue;
            }
            String cleaned = Cells.clean(row.cell(column));
            boolean measure = field.kind() != KpiField.Kind.TEXT && field.kind() != KpiField.Kind.DATE;
            measured |= measure;
            figures |= measure && !Cells.notReported(cleaned);
            if (Cells.notReported(cleaned)) {
                if (field == AGENT_ACCOUNT || field == BUSINESS_DATE) {
                    String key = field == AGENT_ACCOUNT ? "kpi.row.accountMissing" : "kpi.row.dateMissing";
                    problems.add(problem(row, column, key));
                }
                continue;
            }
            try {
                values.set(field, field.kind() == KpiField.Kind.RATE ? units.read(field, cleaned)
                        : KpiCellReader.read(field, cleaned));
            } catch (BadCell bad) {
                problems.add(problem(row, column, bad.key(), bad.arguments()));
            }
        }
        if (measured && !figures) {
            problems.add(problem(row, -1, "kpi.row.noFigures"));
        }
        if (titleDate != null && columnOf[BUSINESS_DATE.ordinal()] < 0) {
            values.set(BUSINESS_DATE, titleDate);
        }
        RowDerivations.derive(values);
        for (RowChecks.Violation v : RowChecks.check(values, this::label)) {
            problems.add(problem(row, shownIn(v.field()), v.key(), v.arguments()));
        }
        return ParsedRow.of(values, problems);
    }

    private boolean skippable(RawRow row) {
        String firstFilled = null;
        int filled = 0;
        for (String cell : row.cells()) {
            if (!Cells.blank(cell)) {
                firstFilled = firstFilled == null ? cell : firstFilled;
                if (++filled > 1) {
                    break;
                }
            }
        }
        if (filled == 0) {
            return true;
        }
        String account = columnOf[AGENT_ACCOUNT.ordinal()] < 0 ? "" : row.cell(columnOf[AGENT_ACCOUNT.ordinal()]);
        if (Cells.isSummary(Cells.clean(row.cell(0))) || Cells.isSummary(Cells.clean(account))
                || Cells.isSummary(Cells.clean(firstFilled))) {
            return true;
        }
        if (filled == 1 && Cells.isNote(Cells.clean(firstFilled))) {
            return true;
        }
        return repeatsHeader(row);
    }

    /** Exports paged by day or by agent repeat the header line. */
    private boolean repeatsHeader(RawRow row) {
        String first = row.cell(firstHeader);
        if (visibleAscii(first) ? !normalizedHeaders.get(firstHeader).equalsIgnoreCase(first)
                : !normalizedHeaders.get(firstHeader).equals(ProfileMapping.normalize(first))) {
            return false;
        }
        long same = 0;
        long named = 0;
        for (int c = 0; c < normalizedHeaders.size(); c++) {
            if (!normalizedHeaders.get(c).isEmpty()) {
                named++;
                same += normalizedHeaders.get(c).equals(ProfileMapping.normalize(row.cell(c))) ? 1 : 0;
            }
        }
        return same * 2 > named;
    }

    /** Printable ASCII without spaces: what {@link ProfileMapping#normalize} only lower-cases. */
    private static boolean visibleAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** The column a field's problem is shown in: its own, or the one it was derived from. */
    private int shownIn(KpiField field) {
        if (columnOf[field.ordinal()] >= 0) {
            return columnOf[field.ordinal()];
        }
        return RowDerivations.SOURCES.getOrDefault(field, List.of()).stream()
                .mapToInt(source -> columnOf[source.ordinal()]).filter(c -> c >= 0).findFirst().orElse(-1);
    }

    private String label(KpiField field) {
        int column = shownIn(field);
        return column >= 0 ? headers.get(column) : Objects.requireNonNullElse(field.templateHeader(false), field.name());
    }

    private RowProblem problem(RawRow row, int column, String key, Object... arguments) {
        String header = column >= 0 ? headers.get(column) : null;
        String value = column >= 0 ? Cells.clean(row.cell(column)) : null;
        return new RowProblem(row.number(), header, value, key, arguments);
    }
}
