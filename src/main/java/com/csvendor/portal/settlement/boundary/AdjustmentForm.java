package com.csvendor.portal.settlement.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An adjustment of an approved or paid statement: why, and optional manual lines (a description and
 * a signed amount in yuan) added to the recomputed difference.
 */
public class AdjustmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    @Valid
    @Size(max = 50)
    private List<ManualLine> lines = new ArrayList<>();

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<ManualLine> getLines() {
        return lines;
    }

    public void setLines(List<ManualLine> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    /** A line finance adds by hand. */
    public static class ManualLine implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank
        @Size(max = 500)
        private String description;

        @NotNull
        @Digits(integer = 14, fraction = 2)
        private BigDecimal amount;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}
