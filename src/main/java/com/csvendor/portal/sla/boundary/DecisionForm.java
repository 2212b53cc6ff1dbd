package com.csvendor.portal.sla.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A store manager's decision on a dispute: a comment (required to reject) and, optionally, the
 * dispute's version as read — a stale one is refused.
 */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 2000)
    private String comment;

    private Long version;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
