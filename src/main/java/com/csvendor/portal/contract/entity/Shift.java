package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * One shift pattern: when it runs, on which days and with how many agents.
 */
public class Shift implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 40)
    private String name;

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    @NotEmpty
    private Set<@NotNull DayOfWeek> days = new TreeSet<>(EnumSet.allOf(DayOfWeek.class));

    private int headcount;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(Set<DayOfWeek> days) {
        this.days = days == null ? new TreeSet<>() : new TreeSet<>(days);
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }
}
