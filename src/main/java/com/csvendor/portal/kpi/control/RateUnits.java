package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The unit of each rate column, decided over the whole column: exports write a rate as
 * {@code 93.36%}, as the percentage {@code 93.36}, or as the fraction {@code 0.9336} (how Excel
 * stores a cell it shows as 93.36 %; a workbook cell in a percent format already reads as
 * {@code 93.36%}). A cell with a % sign, or a bare value above 1, says the column holds
 * percentages; a bare value strictly between 0 and 1 says it holds fractions; 0 says nothing and 1
 * says nothing alone (1 % or 100 %). The first cell that says something decides the column, and
 * a later cell that says the other unit is an error of its row (a column mixing 0.95 and 93.2 is
 * refused, never guessed). A bare 1 met while the column is undecided is settled by reading ahead
 * in the file to the column's first telling cell; a column whose bare values are only 0 and 1 to
 * the end of the file refuses the file.
 *
 * <p>Cells are observed in file order ({@link #observe}) before the rows are parsed, possibly on
 * other threads ({@link #read}): a decision is written once, before any row it concerns is parsed.
 */
final class RateUnits {

    enum Unit { UNDECIDED, PERCENT, FRACTION }

    /** Reads the rest of the file: a fresh reader from its first row. */
    interface Rereader extends Supplier<ReportFile> {
    }

    private static final BigDecimal ONE = BigDecimal.ONE;

    private final int[] columns;
    private final KpiField[] fields;
    private final Predicate<RawRow> skipped;
    private final Rereader rereader;
    private final List<String> headers;
    private final Unit[] units;
    private final long[] decidedAt;
    private volatile int undecided;

    /**
     * @param columnOf the column of each field (by ordinal), -1 when absent
     * @param skipped  the rows the parser skips (summary, note, blank, repeated header)
     * @param rereader opens the file again for reading ahead; {@code null}: a lone 1 is refused
     */
    RateUnits(int[] columnOf, List<String> headers, Predicate<RawRow> skipped, Rereader rereader) {
        this.headers = headers;
        this.skipped = skipped;
        this.rereader = rereader;
        List<KpiField> rates = java.util.Arrays.stream(KpiField.values())
                .filter(f -> f.kind() == KpiField.Kind.RATE && columnOf[f.ordinal()] >= 0).toList();
        this.fields = rates.toArray(KpiField[]::new);
        this.columns = rates.stream().mapToInt(f -> columnOf[f.ordinal()]).toArray();
        this.units = new Unit[KpiField.values().length];
        java.util.Arrays.fill(units, Unit.UNDECIDED);
        this.decidedAt = new long[KpiField.values().length];
        this.undecided = fields.length;
    }

    boolean allDecided() {
        return undecided == 0;
    }

    Unit unit(KpiField field) {
        return units[field.ordinal()];
    }

    /**
     * Decides the columns this row tells the unit of. {@code row} is a data row (not skipped), and
     * rows come in file order. Throws {@link InvalidInputException} for a column whose only bare
     * values, to the end of the file, are 0 and 1.
     */
    void observe(RawRow row) {
        if (undecided == 0) {
            return;
        }
        synchronized (this) {
            decideFrom(row);
        }
    }

    private void decideFrom(RawRow row) {
        for (int i = 0; i < fields.length; i++) {
            KpiField field = fields[i];
            if (units[field.ordinal()] != Unit.UNDECIDED) {
                continue;
            }
            // A row of a set of files (SetRows) is looked for, and named, by its line in its own file.
            long line = SetRows.line(row.number());
            Unit told = told(row.cell(columns[i]));
            if (told == null) {
                told = lookAhead(i, line);
            }
            if (told != Unit.UNDECIDED) {
                decide(field, told, line);
            }
        }
    }

    /**
     * The rate of a cleaned, reported cell in percent, by its column's unit; a cell saying the
     * other unit than the column's is refused naming the row that decided it.
     */
    BigDecimal read(KpiField field, String cleaned) throws BadCell {
        BigDecimal rate = NumberText.rate(cleaned);
        Unit told = tells(cleaned, rate);
        Unit unit = units[field.ordinal()];
        if (unit == Unit.UNDECIDED) {
            if (told != Unit.UNDECIDED) {
                // Only a caller that parses rows without observing them first gets here.
                throw new IllegalStateException("The unit of " + field + " was not observed before row parsing");
            }
            return rate;
        }
        if (told != Unit.UNDECIDED && told != unit) {
            throw new BadCell(unit == Unit.FRACTION ? "kpi.value.rateFractionColumn" : "kpi.value.ratePercentColumn",
                    decidedAt[field.ordinal()]);
        }
        return unit == Unit.FRACTION && !percentSign(cleaned) ? rate.movePointRight(2) : rate;
    }

    private void decide(KpiField field, Unit unit, long row) {
        units[field.ordinal()] = unit;
        decidedAt[field.ordinal()] = row;
        undecided--;
    }

    /** What one raw cell says: a unit, UNDECIDED (nothing: empty, 0, not a rate), or {@code null} for a bare 1. */
    private static Unit told(String raw) {
        String cleaned = Cells.clean(raw);
        if (Cells.notReported(cleaned)) {
            return Unit.UNDECIDED;
        }
        BigDecimal rate;
        try {
            rate = NumberText.rate(cleaned);
        } catch (BadCell notARate) {
            return Unit.UNDECIDED;
        }
        if (!percentSign(cleaned) && rate.compareTo(ONE) == 0) {
            return null;
        }
        return tells(cleaned, rate);
    }

    /** The unit a readable rate cell says; a bare 1 says nothing here (its column decides it). */
    private static Unit tells(String cleaned, BigDecimal rate) {
        if (percentSign(cleaned) || rate.compareTo(ONE) > 0) {
            return Unit.PERCENT;
        }
        return rate.signum() > 0 && rate.compareTo(ONE) < 0 ? Unit.FRACTION : Unit.UNDECIDED;
    }

    private static boolean percentSign(String cleaned) {
        return !cleaned.isEmpty() && (cleaned.charAt(cleaned.length() - 1) == '%' || cleaned.endsWith("％")
                || Cells.ascii(cleaned).replace(" ", "").endsWith("%"));
    }

    /** The unit the column's first telling cell below {@code row} says; refuses the file when none does. */
    private Unit lookAhead(int i, long row) {
        if (rereader != null) {
            try (ReportFile file = rereader.get()) {
                for (RawRow next = file.next(); next != null; next = file.next()) {
                    if (next.number() > row && !skipped.test(next)) {
                        Unit told = told(next.cell(columns[i]));
                        if (told != null && told != Unit.UNDECIDED) {
                            return told;
                        }
                    }
                }
            }
        }
        throw new InvalidInputException("file", "kpi.file.rateUnitAmbiguous", headers.get(columns[i]));
    }
}
