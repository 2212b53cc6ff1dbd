package com.csvendor.portal.web.sla;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import com.csvendor.portal.sla.control.Outcome;
import java.math.BigDecimal;

/** How the SLA pages write figures: a metric's value in its unit, a plain figure, an outcome's tag colour. */
public final class SlaFormat {

    private SlaFormat() {
    }

    /** 95.12 %, 28.5 s, ¥1,234.00; "—" when there is no figure (in either language: no figure is not 0). */
    public static String value(BigDecimal v, Metric metric) {
        return SlaSubjects.value(v, metric);
    }

    /** At most two decimals, without trailing zeros, as {@link SlaSubjects#plain}; empty when there is no value. */
    public static String plain(BigDecimal v) {
        return v == null ? "" : SlaSubjects.plain(v);
    }

    /** A provisional result (window still running) is never red or green: it is not judged yet. */
    public static String severity(Outcome outcome, boolean waived) {
        if (waived) {
            return "secondary";
        }
        return switch (outcome) {
            case MET -> "success";
            case BREACHED -> "danger";
            case NOT_JUDGED, PROVISIONAL_MET, PROVISIONAL_NOT_JUDGED -> "info";
            case PROVISIONAL_BREACHED -> "warning";
        };
    }
}
