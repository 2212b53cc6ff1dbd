package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service window (e.g. 08:00–23:00 every day) and the shifts that staff it. A closing time
 * of 00:00 means midnight; a window open 00:00–00:00 is round the clock.
 */
public class ServiceHours implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalTime opens = LocalTime.of(8, 0);

    @NotNull
    private LocalTime closes = LocalTime.of(23, 0);

    @NotEmpty
    private Set<@NotNull DayOfWeek> days = new TreeSet<>(EnumSet.allOf(DayOfWeek.class));

    @NotNull @Size(max = 20)
    private List<@NotNull @Valid Shift> shifts = new ArrayList<>();

    private boolean dedicatedAgents = true;

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(Set<DayOfWeek> days) {
        this.days = days == null ? new TreeSet<>() : new TreeSet<>(days);
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public void setShifts(List<Shift> shifts) {
        this.shifts = shifts == null ? new ArrayList<>() : new ArrayList<>(shifts);
    }

    public boolean isDedicatedAgents() {
        return dedicatedAgents;
    }

    public void setDedicatedAgents(boolean dedicatedAgents) {
        this.dedicatedAgents = dedicatedAgents;
    }
}
