package com.csvendor.portal.sla.control;

/**
 * How a window went for a target: met, breached, or not judged (no data, no base for the metric,
 * or fewer than the minimum sample). While the window is still running (its last day is not over,
 * {@link SlaWindows#running}) the judgement so far is PROVISIONAL_MET, PROVISIONAL_BREACHED or
 * PROVISIONAL_NOT_JUDGED: shown, never counted — no penalty, no statement line, no run of
 * consecutive breaches, no dispute — until the evaluation after the window closes judges it for good.
 * Anything that counts asks for MET or BREACHED by name, so a provisional result is left out by default.
 */
public enum Outcome {
    MET, BREACHED, NOT_JUDGED, PROVISIONAL_MET, PROVISIONAL_BREACHED, PROVISIONAL_NOT_JUDGED;

    public boolean isProvisional() {
        return this == PROVISIONAL_MET || this == PROVISIONAL_BREACHED || this == PROVISIONAL_NOT_JUDGED;
    }

    /** The same judgement while the window still runs. */
    public Outcome provisional() {
        return switch (this) {
            case MET, PROVISIONAL_MET -> PROVISIONAL_MET;
            case BREACHED, PROVISIONAL_BREACHED -> PROVISIONAL_BREACHED;
            case NOT_JUDGED, PROVISIONAL_NOT_JUDGED -> PROVISIONAL_NOT_JUDGED;
        };
    }

    /** The judgement itself, provisional or not: MET, BREACHED or NOT_JUDGED. */
    public Outcome judgement() {
        return switch (this) {
            case MET, PROVISIONAL_MET -> MET;
            case BREACHED, PROVISIONAL_BREACHED -> BREACHED;
            case NOT_JUDGED, PROVISIONAL_NOT_JUDGED -> NOT_JUDGED;
        };
    }
}
