package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.Criterion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One criterion's weight as the caller sets it. */
public class WeightForm {

    @NotNull
    private Criterion criterion;

    @NotNull @Min(0) @Max(Criterion.MAX_WEIGHT)
    private Integer weight;

    public WeightForm() {
    }

    public WeightForm(Criterion criterion, int weight) {
        this.criterion = criterion;
        this.weight = weight;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public void setCriterion(Criterion criterion) {
        this.criterion = criterion;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }
}
