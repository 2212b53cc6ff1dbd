package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A committed headcount for a promotion's date range (both inclusive).
 */
public class PromotionCommitment implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 40)
    private String name;

    @NotNull
    private LocalDate from;

    @NotNull
    private LocalDate to;

    private int headcount;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

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

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }
}
