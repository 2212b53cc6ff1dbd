package com.csvendor.portal.settlement.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A workflow step on a statement: the version the caller saw (a stale one is refused), a comment
 * (required to dispute), and for a payment its date and reference.
 */
public class TransitionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long version;

    @Size(max = 2000)
    private String comment;

    private LocalDate paidOn;

    @Size(max = 100)
    private String paymentReference;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }
}
