package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.IncidentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An incident to record: the contract, the day, its type and the evidence (a chat excerpt, a ticket…). */
public class IncidentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long contractId;

    @NotNull
    private LocalDate occurredOn;

    @NotNull
    private IncidentType type;

    @NotBlank
    @Size(max = 4000)
    private String evidence;

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public IncidentType getType() {
        return type;
    }

    public void setType(IncidentType type) {
        this.type = type;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
