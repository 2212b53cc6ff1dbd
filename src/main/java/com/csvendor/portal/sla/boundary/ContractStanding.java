package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.ContractStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A contract's SLA standing for the overview: its latest cycle computed (cycle-to-date when it is
 * the current one; null before any evaluation), the latest day judged, the breaches that count
 * in that cycle and the disputes still open.
 */
public record ContractStanding(long contractId, String number, String storeName, String vendorName,
        ContractStatus status, SlaCycleView cycle, LocalDate latestDay, int openDisputes) implements Serializable {
}
