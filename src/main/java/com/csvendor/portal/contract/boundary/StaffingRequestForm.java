package com.csvendor.portal.contract.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A store manager's request for more agents: how many, from which day, to which day (none: open-ended), why. */
public class StaffingRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Min(1)
    @Max(10000)
    private Integer agents;

    @NotNull
    private LocalDate fromDate;

    private LocalDate toDate;

    @Size(max = 500)
    private String note;

    public Integer getAgents() {
        return agents;
    }

    public void setAgents(Integer agents) {
        this.agents = agents;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
