package com.csvendor.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The portal's business time, in one place: the zone its business dates are counted in (Beijing,
 * the zone the stores and their vendors work in: "today", a contract's last day, a cycle's end, a
 * report's due time) and the clock every bean reads "now" from. Beans {@code @Inject Clock clock}
 * and ask {@link #today(Clock)} for the business date (pages, which keep no clock of their own,
 * inject this bean and ask {@link #today()}); a unit test sets that field to a fixed clock, a test
 * deployment replaces this bean with an {@code @Alternative} subclass whose {@link #clock()} is fixed. Moments are
 * stored as UTC instants whatever the clock's zone.
 */
@ApplicationScoped
public class BusinessTime {

    /** The business time zone's id, for annotations ({@code @Schedule(timezone = …)}). */
    public static final String ZONE_ID = "Asia/Shanghai";

    /** The business time zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    /** The system clock in the business zone: what {@link #clock()} gives outside tests. */
    private static final Clock SYSTEM = Clock.system(ZONE);

    /** The clock the portal runs on. */
    @Produces
    public Clock clock() {
        return SYSTEM;
    }

    /** Today's business date by {@link #clock()}. */
    public LocalDate today() {
        return today(clock());
    }

    /** The business date at the clock's instant (in {@link #ZONE}, whatever the clock's zone). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
