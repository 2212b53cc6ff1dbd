package com.csvendor.portal.contract.entity;

import com.csvendor.portal.shared.BusinessTime;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The daily report a store is entitled to: a business day's figures are due {@code dueDaysAfter}
 * days later at {@code dueTime} Beijing time, and a report still missing then costs what
 * {@code missing} says. Defaults (also for terms written before these fields existed, which read
 * with them): due 12:00 the next day, every DAILY target of a missing day breached, no fine.
 */
public class DailyReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(0) @Max(7)
    private int dueDaysAfter = 1;

    @NotNull
    private LocalTime dueTime = LocalTime.NOON;

    @NotNull
    private MissingReportRule missing = MissingReportRule.BREACH_DAILY_TARGETS;

    @DecimalMin("0") @Digits(integer = 10, fraction = 2)
    private BigDecimal finePerMissing;

    /** When the report of {@code day} is due. */
    public ZonedDateTime dueOf(LocalDate day) {
        return ZonedDateTime.of(LocalDateTime.of(day.plusDays(dueDaysAfter), dueTime), BusinessTime.ZONE);
    }

    public int getDueDaysAfter() {
        return dueDaysAfter;
    }

    public void setDueDaysAfter(int dueDaysAfter) {
        this.dueDaysAfter = dueDaysAfter;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public MissingReportRule getMissing() {
        return missing;
    }

    public void setMissing(MissingReportRule missing) {
        this.missing = missing;
    }

    public BigDecimal getFinePerMissing() {
        return finePerMissing;
    }

    public void setFinePerMissing(BigDecimal finePerMissing) {
        this.finePerMissing = finePerMissing;
    }
}
