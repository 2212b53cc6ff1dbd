package com.csvendor.portal.web.sla;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import com.csvendor.portal.sla.control.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the SLA pages write figures: a metric's value in its unit, money in yuan, an outcome's tag colour. */
public final class SlaFormat {

    private SlaFormat() {
    }

    /** 95.12 %, 28.5 s, ¥1,234.00; "—" when there is no figure (in either language: no figure is not 0). */
    public static String value(BigDecimal v, Metric metric) {
        return SlaSubjects.value(v, metric);
    }

    /** At most {@code scale} decimals, without trailing zeros. */
    public static String plain(BigDecimal v, int scale) {
        return v == null ? "" : v.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
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
