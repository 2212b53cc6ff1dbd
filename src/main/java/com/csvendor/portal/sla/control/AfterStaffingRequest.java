package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.control.StaffingRequestRepository;
import com.csvendor.portal.contract.entity.StaffingRequest;
import com.csvendor.portal.contract.entity.StaffingRequestChanged;
import com.csvendor.portal.contract.entity.StaffingRequestStatus;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * An accepted staffing request raises the headcount checked on its days, so what is stored from those
 * days — SLA results of cost targets (the fee withholds a short promotion day's surcharge) and the
 * settlement cycles (the fine per missing agent-day) — is evaluated again at once, in the accepting
 * transaction, the way an import re-evaluates the days it brought (results, then the cycles from the
 * contract's start). Only days up to today can have figures: a request starting later changes nothing
 * stored. Nothing else moves the headcount: a request is withdrawn or declined only before it is
 * accepted, and an accepted one never changes. A draft statement is, as after an incident or a
 * dispute, recomputed when it is generated again.
 */
@ApplicationScoped
public class AfterStaffingRequest {

    @Inject
    StaffingRequestRepository requests;

    @Inject
    SlaEvaluation evaluation;

    @Inject
    Clock clock;

    void changed(@Observes StaffingRequestChanged e) {
        if (e.status() != StaffingRequestStatus.ACCEPTED) {
            return;
        }
        StaffingRequest r = requests.getRequest(e.requestId());
        LocalDate today = BusinessTime.today(clock);
        if (!r.getFromDate().isAfter(today)) {
            evaluation.evaluate(r.getContractId(), r.getFromDate(),
                    r.getToDate() == null || r.getToDate().isAfter(today) ? today : r.getToDate());
        }
    }
}
