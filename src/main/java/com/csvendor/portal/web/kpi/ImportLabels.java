package com.csvendor.portal.web.kpi;

import com.csvendor.portal.kpi.boundary.ImportProfileView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;

/**
 * How the KPI pages write an import's facts: times as every page writes them
 * ({@link com.csvendor.portal.web.PortalTime}, Beijing time); profiles by their names
 * (administrators edit them, so a code may outlive its profile).
 */
final class ImportLabels {

    private ImportLabels() {
    }

    static String at(Instant instant) {
        return com.csvendor.portal.web.PortalTime.format(instant);
    }

    /** The profile's name, or its code when no profile has that code (any more). */
    static String profileName(String code, Collection<ImportProfileView> profiles) {
        if (code == null) {
            return "";
        }
        return profiles.stream().filter(p -> p.code().equalsIgnoreCase(code)).map(ImportProfileView::name)
                .findFirst().orElse(code);
    }

    /** A progress of 0..1 as a whole percentage 0..100, rounded down (100 % only when done). */
    static int percent(BigDecimal progress) {
        if (progress == null) {
            return 0;
        }
        int percent = progress.movePointRight(2).setScale(0, RoundingMode.DOWN).intValue();
        return Math.max(0, Math.min(100, percent));
    }
}
