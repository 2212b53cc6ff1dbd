package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.DisputeSubject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A vendor lead's dispute: a breach (an SLA result's id) or an incident (its id), and why. */
public class DisputeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private DisputeSubject subjectType;

    @NotNull
    private Long subjectId;

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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
