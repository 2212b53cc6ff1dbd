package com.csvendor.portal.settlement.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** Generate (or recompute the DRAFT of) one contract's statement for the cycle containing {@code cycleStart}. */
public class GenerateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long contractId;

    @NotNull
    private LocalDate cycleStart;

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public LocalDate getCycleStart() {
        return cycleStart;
    }

    public void setCycleStart(LocalDate cycleStart) {
        this.cycleStart = cycleStart;
    }
}
