package com.csvendor.portal.web.kpi;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.kpi.boundary.ImportProfileView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * How the KPI pages write an import's facts: times (stored in UTC) in the portal's business zone,
 * Asia/Shanghai, which is where vendor leads and store managers work; profiles by their names
 * (administrators edit them, so a code may outlive its profile).
 */
final class ImportLabels {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ContractService.BUSINESS_ZONE);

    private ImportLabels() {
    }

    static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
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
