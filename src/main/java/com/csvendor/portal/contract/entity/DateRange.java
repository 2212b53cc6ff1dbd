package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A labelled range of dates, both inclusive (an SLA exemption such as Spring Festival).
 */
public class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate from;

    @NotNull
    private LocalDate to;

    @Size(max = 40)
    private String label;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
