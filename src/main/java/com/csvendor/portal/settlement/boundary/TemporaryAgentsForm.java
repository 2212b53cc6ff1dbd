package com.csvendor.portal.settlement.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** Temporary agents ordered for a contract: agents per day from one date to another, with a note. */
public class TemporaryAgentsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long contractId;

    @NotNull
    private LocalDate workFrom;

    @NotNull
    private LocalDate workTo;

    @NotNull
    @Min(1)
    @Max(1000)
    private Integer agents;

    @Size(max = 500)
    private String note;

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public LocalDate getWorkFrom() {
        return workFrom;
    }

    public void setWorkFrom(LocalDate workFrom) {
        this.workFrom = workFrom;
    }

    public LocalDate getWorkTo() {
        return workTo;
    }

    public void setWorkTo(LocalDate workTo) {
        this.workTo = workTo;
    }

    public Integer getAgents() {
        return agents;
    }

    public void setAgents(Integer agents) {
        this.agents = agents;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
