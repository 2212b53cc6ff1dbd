package com.csvendor.portal.kpi.control;

import java.util.List;

/**
 * One physical row of a report as a spreadsheet shows it: its 1-based number (title lines and
 * header counted) and its cells as text, never {@code null} ({@code ""} for an empty cell).
 * {@code written} is the number of cells the row was written with, trailing empty ones included,
 * or -1 where the format does not tell (a workbook leaves empty cells out); {@code last} says the
 * file ends with this row, where the format tells (CSV). Both let a row that ends early — a file
 * cut off in its last row — be told from a row whose trailing cells are merely empty.
 */
public record RawRow(long number, List<String> cells, int written, boolean last) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** A row of a format that does not tell how many cells were written (XLSX). */
    public RawRow(long number, List<String> cells) {
        this(number, cells, -1, false);
    }

    /** The cell at {@code index}, or {@code ""} past the row's last cell. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
