package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The contract period: service from start to end (both inclusive), whether it renews itself for
 * another period of the same length, and how many days before the end either side must give notice.
 */
public class TermPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate start;

    @NotNull
    private LocalDate end;

    private boolean autoRenewal;

    @Min(0) @Max(365)
    private int noticeDays = 30;

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public boolean isAutoRenewal() {
        return autoRenewal;
    }

    public void setAutoRenewal(boolean autoRenewal) {
        this.autoRenewal = autoRenewal;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(int noticeDays) {
        this.noticeDays = noticeDays;
    }
}
