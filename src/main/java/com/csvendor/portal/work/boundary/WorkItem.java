package com.csvendor.portal.work.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing to do, in the caller's language, with the record it concerns ({@code subject}: CONTRACT,
 * DISPUTE, KPI_IMPORT, STATEMENT, SLA_RESULT, INCIDENT or STAFFING_REQUEST, and its id), the page that shows it
 * ({@code link}, relative to the portal's root) and the date it is due or happened, if any.
 */
public record WorkItem(String subject, long id, String text, String link, LocalDate date) implements Serializable {
}
