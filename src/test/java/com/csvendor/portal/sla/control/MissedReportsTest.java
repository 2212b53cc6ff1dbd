package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which days the hourly check announces: missing past their due time, fallen due in the last two days. */
class MissedReportsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final ZonedDateTime DUE = DAY.plusDays(1).atTime(12, 0).atZone(BusinessTime.ZONE);

    private static ReportDay day(ReportStatus status) {
        return new ReportDay(DAY, status, DUE, null, null, List.of(), MissingReportRule.BREACH_DAILY_TARGETS, null);
    }

    @Test
    void aDayMissingPastItsDueTimeIsAnnouncedForTwoDaysAfterIt() {
        Instant due = DUE.toInstant();
        assertTrue(MissedReports.announceable(day(ReportStatus.MISSING), due.plusSeconds(60)));
        assertTrue(MissedReports.announceable(day(ReportStatus.MISSING), due.plus(MissedReports.RECENT)));
        assertFalse(MissedReports.announceable(day(ReportStatus.MISSING), due.plus(MissedReports.RECENT).plusSeconds(1)),
                "a backlog (first run, downtime) is not mailed; the home pages list it");
    }

    @Test
    void aDayReceivedLateOrNotYetDueIsNotAnnounced() {
        Instant after = DUE.toInstant().plusSeconds(3600);
        assertFalse(MissedReports.announceable(day(ReportStatus.RECEIVED), after));
        assertFalse(MissedReports.announceable(day(ReportStatus.LATE), after));
        assertFalse(MissedReports.announceable(day(ReportStatus.NOT_YET_DUE), DUE.toInstant().minusSeconds(60)));
    }
}
