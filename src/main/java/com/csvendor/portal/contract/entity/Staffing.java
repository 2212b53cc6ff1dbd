package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Staffing changes (客服增加安排): the notice the store must give to add agents, the most agents
 * that can be added, and the headcount committed for promotions such as 618 or 双11 — and what a
 * short day costs ({@code StaffingReconciliation}): a fine per missing agent-day (none when absent)
 * and whether a promotion surcharge is withheld on promotion days below the committed headcount
 * (default: withheld). Terms written before these two fields existed read with the defaults.
 */
public class Staffing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(0) @Max(365)
    private int addNoticeDays = 7;

    @Min(0)
    private Integer maxAdditionalAgents;

    @NotNull @Size(max = 20)
    private List<@NotNull @Valid PromotionCommitment> promotions = new ArrayList<>();

    @DecimalMin("0") @Digits(integer = 10, fraction = 2)
    private BigDecimal finePerMissingAgentDay;

    private boolean withholdSurchargeWhenShort = true;

    public int getAddNoticeDays() {
        return addNoticeDays;
    }

    public void setAddNoticeDays(int addNoticeDays) {
        this.addNoticeDays = addNoticeDays;
    }

    public Integer getMaxAdditionalAgents() {
        return maxAdditionalAgents;
    }

    public void setMaxAdditionalAgents(Integer maxAdditionalAgents) {
        this.maxAdditionalAgents = maxAdditionalAgents;
    }

    public List<PromotionCommitment> getPromotions() {
        return promotions;
    }

    public void setPromotions(List<PromotionCommitment> promotions) {
        this.promotions = promotions == null ? new ArrayList<>() : new ArrayList<>(promotions);
    }

    public BigDecimal getFinePerMissingAgentDay() {
        return finePerMissingAgentDay;
    }

    public void setFinePerMissingAgentDay(BigDecimal finePerMissingAgentDay) {
        this.finePerMissingAgentDay = finePerMissingAgentDay;
    }

    public boolean isWithholdSurchargeWhenShort() {
        return withholdSurchargeWhenShort;
    }

    public void setWithholdSurchargeWhenShort(boolean withholdSurchargeWhenShort) {
        this.withholdSurchargeWhenShort = withholdSurchargeWhenShort;
    }
}
