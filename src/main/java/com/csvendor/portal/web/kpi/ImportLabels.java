package com.csvendor.portal.web.kpi;

import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.kpi.control.BuiltInProfiles;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

/**
 * How the KPI pages write an import's facts: times as every page writes them
 * ({@link com.csvendor.portal.web.PortalTime}, Beijing time); profiles by their names
 * (administrators edit them, so a code may outlive its profile).
 */
public final class ImportLabels {

    private ImportLabels() {
    }

    static String at(Instant instant) {
        return com.csvendor.portal.web.PortalTime.format(instant);
    }

    /** The profile's name, or its code when no profile has that code (any more). */
    static String profileName(String code, Collection<ImportProfileView> profiles, Locale reader) {
        if (code == null) {
            return "";
        }
        return profiles.stream().filter(p -> p.code().equalsIgnoreCase(code)).map(p -> profileName(p, reader))
                .findFirst().orElse(code);
    }

    /**
     * A built-in profile under the name the portal gave it reads in the reader's language only
     * ({@code kpiProfile.builtInName.<code>}: "淘宝/天猫（千牛·生意参谋·赤兔）" or "Taobao/Tmall (Qianniu,
     * Business Advisor, Chitu)"); a profile an administrator created or renamed keeps their name.
     */
    public static String profileName(ImportProfileView p, Locale reader) {
        return p.builtIn() && BuiltInProfiles.seededName(p.code(), p.name())
                ? Messages.format(reader, "kpiProfile.builtInName." + p.code()) : p.name();
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
