package com.csvendor.portal.settlement.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** Generate the missing statements of every cycle that ended before {@code upTo} (and before today). */
public class GenerateAllForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate upTo;

    public LocalDate getUpTo() {
        return upTo;
    }

    public void setUpTo(LocalDate upTo) {
        this.upTo = upTo;
    }
}
