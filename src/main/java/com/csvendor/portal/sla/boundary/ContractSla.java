package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.IncidentFine;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the SLA page of one contract shows: its cycles (newest first) and the one shown, the
 * results of the windows ending in that cycle, the latest day judged ("today") and its daily
 * results, the incidents and disputes, the incident fines and forbidden phrases of the version in
 * force, and what the caller may do.
 */
public record ContractSla(long contractId, String number, String storeName, String vendorName,
        ContractStatus status, LocalDate startDate,
        LocalDate endDate, List<SlaCycleView> cycles, SlaCycleView cycle, List<SlaResultView> results,
        LocalDate latestDay, List<SlaResultView> latestDayResults, List<IncidentView> incidents,
        List<DisputeView> disputes, List<IncidentFine> fines, List<String> forbiddenPhrases, boolean mayManage,
        boolean mayDispute, boolean mayEvaluate) implements Serializable {
}
