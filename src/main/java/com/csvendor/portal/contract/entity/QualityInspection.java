package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality inspection (质检条款): the share of conversations inspected, the minimum QA score and
 * the forbidden phrases (禁用语) whose use is an incident.
 */
public class QualityInspection implements Serializable {

    private static final long serialVersionUID = 1L;

    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal inspectionSharePercent;

    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal minimumScore;

    @NotNull @Size(max = 200)
    private List<@NotBlank @Size(max = 50) String> forbiddenPhrases = new ArrayList<>();

    public BigDecimal getInspectionSharePercent() {
        return inspectionSharePercent;
    }

    public void setInspectionSharePercent(BigDecimal inspectionSharePercent) {
        this.inspectionSharePercent = inspectionSharePercent;
    }

    public BigDecimal getMinimumScore() {
        return minimumScore;
    }

    public void setMinimumScore(BigDecimal minimumScore) {
        this.minimumScore = minimumScore;
    }

    public List<String> getForbiddenPhrases() {
        return forbiddenPhrases;
    }

    public void setForbiddenPhrases(List<String> forbiddenPhrases) {
        this.forbiddenPhrases = forbiddenPhrases == null ? new ArrayList<>() : new ArrayList<>(forbiddenPhrases);
    }
}
