package com.csvendor.portal.sla.control;

/** Why candidates (vendors, or a vendor's agents) get no rank and no score ({@link Scorecard#withheld}). */
public enum RankingWithheld {
    /** No candidate has a figure for any weighed criterion. */
    NO_FIGURES,
    /** Only one candidate has figures: nothing to rank it against (a score of 100 would mean nothing). */
    ONLY_ONE,
    /** Every criterion weighs 0. */
    NO_WEIGHT
}
