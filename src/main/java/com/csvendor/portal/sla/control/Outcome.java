package com.csvendor.portal.sla.control;

/**
 * How a window went for a target: met, breached, or not judged (no data, no base for the metric,
 * or fewer than the minimum sample).
 */
public enum Outcome {
    MET, BREACHED, NOT_JUDGED
}
