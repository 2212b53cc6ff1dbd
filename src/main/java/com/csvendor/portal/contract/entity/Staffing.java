package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Staffing changes (客服增加安排): the notice the store must give to add agents, the most agents
 * that can be added, and the headcount committed for promotions such as 618 or 双11.
 */
public class Staffing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(0) @Max(365)
    private int addNoticeDays = 7;

    @Min(0)
    private Integer maxAdditionalAgents;

    @NotNull @Size(max = 20)
    private List<@NotNull @Valid PromotionCommitment> promotions = new ArrayList<>();

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
}
