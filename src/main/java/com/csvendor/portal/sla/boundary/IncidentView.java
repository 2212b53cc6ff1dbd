package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.sla.entity.Incident;
import com.csvendor.portal.sla.entity.IncidentStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded incident with the clause it falls under and its fine. */
public record IncidentView(long id, long contractId, String contractNumber, LocalDate occurredOn, IncidentType type,
        String clause, String evidence, BigDecimal amount, IncidentStatus status, String recordedBy,
        Instant recordedAt, long version) implements Serializable {

    static IncidentView of(Incident i, String contractNumber) {
        return new IncidentView(i.getId(), i.getContractId(), contractNumber, i.getOccurredOn(), i.getType(),
                i.getClause(), i.getEvidence(), i.getAmount(), i.getStatus(), i.getRecordedBy(), i.getRecordedAt(),
                i.getVersion());
    }

    public boolean disputable() {
        return status == IncidentStatus.RECORDED;
    }
}
