package com.csvendor.portal.kpi.importing;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Properties;

/** Starts import jobs and finds the ones this instance's job repository believes are running. */
@ApplicationScoped
public class ImportJobs {

    static final String JOB = "kpi-import";

    /** Starts the job of a committed import; the job marks it running. */
    public long start(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        return operator().start(JOB, parameters);
    }

    /** Executions the repository lists as running, with the import each is for. */
    public List<Running> running() {
        JobOperator operator = operator();
        try {
            return operator.getRunningExecutions(JOB).stream().map(id -> {
                JobExecution e = operator.getJobExecution(id);
                String importId = e.getJobParameters() == null ? null : e.getJobParameters().getProperty("importId");
                return new Running(id, importId == null ? -1 : Long.parseLong(importId));
            }).toList();
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return List.of();
        }
    }

    /** Stops an execution (and abandons it, so it is never restarted by accident); best effort. */
    public void stop(long executionId) {
        JobOperator operator = operator();
        try {
            operator.stop(executionId);
        } catch (RuntimeException ignored) {
            // already ended, or not running in this instance
        }
        try {
            operator.abandon(executionId);
        } catch (RuntimeException ignored) {
            // still stopping: abandoned at the next start-up
        }
    }

    public record Running(long executionId, long importId) {
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
