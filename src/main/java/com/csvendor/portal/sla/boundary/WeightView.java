package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.sla.entity.Criterion;
import java.io.Serializable;

/** A scorecard criterion, its weight (0–100) for the caller and which direction is better. */
public record WeightView(Criterion criterion, int weight, boolean higherIsBetter) implements Serializable {
}
