package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.DisputeSubject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A vendor lead's dispute: a breach (an SLA result's id in {@code subjectId}), an incident (its id in
 * {@code subjectId}) or a short staffing day ({@code contractId} and {@code day}), and why.
 */
public class DisputeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private DisputeSubject subjectType;

    /** The SLA result's or the incident's id (BREACH, INCIDENT). */
    @Schema(description = "the SLA result's id (BREACH) or the incident's id (INCIDENT); required for those")
    private Long subjectId;

    /** The contract of a disputed staffing day (STAFFING_DAY). */
    @Schema(description = "the contract of the short staffing day (STAFFING_DAY); required for it")
    private Long contractId;

    /** The disputed staffing day (STAFFING_DAY). */
    @Schema(description = "the short staffing day disputed (STAFFING_DAY); required for it")
    private LocalDate day;

    @NotBlank
    @Size(max = 2000)
    private String comment;

    public DisputeSubject getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(DisputeSubject subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
