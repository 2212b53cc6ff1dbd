package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.RowProblem;
import com.csvendor.portal.kpi.control.RowResolver;
import java.util.List;

/** One row after processing: staged ({@code resolved}), refused ({@code problems}), or skipped (both empty). */
record RowOutcome(RowResolver.Resolved resolved, List<RowProblem> problems, RowResolver.UnknownAccount unknown) {

    static final RowOutcome SKIPPED = new RowOutcome(null, List.of(), null);

    boolean skipped() {
        return resolved == null && problems.isEmpty();
    }
}
