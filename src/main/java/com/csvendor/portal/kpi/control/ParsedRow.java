package com.csvendor.portal.kpi.control;

import java.util.List;

/**
 * What the parser made of one row. {@code DATA}: values to import, no problems. {@code SKIPPED}:
 * a blank, summary, note or repeated header row, ignored without complaint ({@code values} is
 * {@code null}). {@code INVALID}: every problem of the row, and the values that did parse.
 */
public record ParsedRow(Status status, KpiValues values, List<RowProblem> problems) {

    public enum Status {
        DATA,
        SKIPPED,
        INVALID
    }

    public ParsedRow {
        problems = List.copyOf(problems);
    }

    static ParsedRow skipped() {
        return new ParsedRow(Status.SKIPPED, null, List.of());
    }

    static ParsedRow of(KpiValues values, List<RowProblem> problems) {
        return new ParsedRow(problems.isEmpty() ? Status.DATA : Status.INVALID, values, problems);
    }
}
