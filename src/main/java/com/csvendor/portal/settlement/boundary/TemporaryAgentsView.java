package com.csvendor.portal.settlement.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Temporary agents recorded for a contract. */
public record TemporaryAgentsView(long id, long contractId, String contractNumber, LocalDate workFrom,
        LocalDate workTo, int agents, int days, String note, String recordedBy, Instant recordedAt, long version)
        implements Serializable {
}
