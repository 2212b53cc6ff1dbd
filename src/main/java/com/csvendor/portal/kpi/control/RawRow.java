package com.csvendor.portal.kpi.control;

import java.util.List;

/**
 * One physical row of a report as a spreadsheet shows it: its 1-based number (title lines and
 * header counted) and its cells as text, never {@code null} ({@code ""} for an empty cell).
 */
public record RawRow(long number, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or {@code ""} past the row's last cell. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
