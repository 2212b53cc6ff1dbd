package com.csvendor.portal.web;

import com.csvendor.portal.shared.BusinessTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * How every page writes a moment (stored in UTC): Beijing time, the zone the portal's users work in
 * and its business dates are counted in, so an upload or an amendment shows the clock time the user
 * saw. Pages say so once ({@code time.beijing}); the REST API keeps ISO instants in UTC.
 */
public final class PortalTime {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(BusinessTime.ZONE);

    private PortalTime() {
    }

    /** {@code 2026-11-22 00:30:00} for 2026-11-21T16:30:00Z; {@code ""} for none. */
    public static String format(Instant at) {
        return at == null ? "" : AT.format(at);
    }
}
