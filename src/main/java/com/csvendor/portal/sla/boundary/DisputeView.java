package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.Dispute;
import com.csvendor.portal.sla.entity.DisputeStatus;
import com.csvendor.portal.sla.entity.DisputeSubject;
import java.io.Serializable;
import java.time.Instant;

/** A dispute of a breach or an incident, with both sides' comments and its status. */
public record DisputeView(long id, long contractId, String contractNumber, DisputeSubject subjectType, long subjectId,
        String subject, String comment, DisputeStatus status, String raisedBy, Instant raisedAt, String decidedBy,
        Instant decidedAt, String decisionComment, long version) implements Serializable {

    static DisputeView of(Dispute d, String contractNumber, String subject) {
        return new DisputeView(d.getId(), d.getContractId(), contractNumber, d.getSubjectType(), d.getSubjectId(),
                subject, d.getComment(), d.getStatus(), d.getRaisedBy(), d.getRaisedAt(), d.getDecidedBy(),
                d.getDecidedAt(), d.getDecisionComment(), d.getVersion());
    }

    public boolean open() {
        return status == DisputeStatus.OPEN;
    }
}
