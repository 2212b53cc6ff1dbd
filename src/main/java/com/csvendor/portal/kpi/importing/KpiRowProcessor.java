package com.csvendor.portal.kpi.importing;

import com.csvendor.portal.kpi.control.ParsedRow;
import com.csvendor.portal.kpi.control.RawRow;
import com.csvendor.portal.kpi.control.RowResolver;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Parses a row and matches it to its store, agent and date: a {@link RowOutcome} for the writer. */
@Named
@Dependent
public class KpiRowProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) {
        ImportRun run = ImportRun.of(job);
        ParsedRow parsed = run.layout.parser().parse((RawRow) item);
        return switch (parsed.status()) {
            case SKIPPED -> RowOutcome.SKIPPED;
            case INVALID -> new RowOutcome(null, parsed.problems(), null);
            case DATA -> {
                RowResolver.Outcome o = run.resolver.resolve(parsed.values());
                yield new RowOutcome(o.resolved(), o.problems(), o.unknown());
            }
        };
    }
}
