package com.csvendor.portal.work.control;

import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.sla.boundary.IncidentView;
import com.csvendor.portal.sla.boundary.SlaCycleView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.control.Outcome;

/**
 * Which SLA standings, results and incidents are work now. The termination right itself is the SLA
 * evaluation's (the penalty calculator flags the cycle in which a run of breached windows reaches the
 * contract's limit); here it only matters whether the latest cycle has it and the contract is still in
 * force, so that it can be used.
 */
public final class QueueRules {

    private QueueRules() {
    }

    /** The store may end the contract now: in force, and its latest cycle reached the termination right. */
    public static boolean terminationRight(ContractStatus status, SlaCycleView latest) {
        return status.inForce() && latest != null && latest.terminationRight();
    }

    /** The latest cycle still runs and has breaches that count already (judged windows, not provisional ones). */
    public static boolean runningBreaches(ContractStatus status, SlaCycleView latest) {
        return status.inForce() && latest != null && latest.running() && latest.windowsBreached() > 0;
    }

    /**
     * A breach the vendor lead can still dispute: judged for good (a provisional one cannot be disputed),
     * counted (not waived), never disputed, and its window ends in the running cycle.
     */
    public static boolean disputable(SlaResultView r, SlaCycleView running) {
        return r.outcome() == Outcome.BREACHED && !r.waived() && r.disputeStatus() == null && running != null
                && running.running() && !r.windowEnd().isBefore(running.cycleStart())
                && !r.windowEnd().isAfter(running.cycleEnd());
    }

    /** An incident the vendor lead can still dispute: recorded, not disputed, on a day of the running cycle. */
    public static boolean disputable(IncidentView i, SlaCycleView running) {
        return i.disputable() && running != null && running.running()
                && !i.occurredOn().isBefore(running.cycleStart()) && !i.occurredOn().isAfter(running.cycleEnd());
    }
}
