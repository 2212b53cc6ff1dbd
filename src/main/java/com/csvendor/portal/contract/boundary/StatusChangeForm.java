package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.ContractStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A move along the life cycle; {@code on} defaults to today, a termination needs a reason. */
public class StatusChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private ContractStatus status;

    private LocalDate on;

    @Size(max = 500)
    private String reason;

    @NotNull
    private Long version;

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
