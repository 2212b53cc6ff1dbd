package com.csvendor.portal.contract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaffingRequestTest {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    static StaffingRequest request(String to) {
        return new StaffingRequest(1, 3, LocalDate.of(2026, 12, 10), to == null ? null : LocalDate.parse(to), " peak ",
                "manager", AT);
    }

    @Test
    void aNewRequestWaitsForTheVendor() {
        StaffingRequest r = request("2026-12-12");
        assertEquals(StaffingRequestStatus.REQUESTED, r.getStatus());
        assertEquals("peak", r.getNote());
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        StaffingRequest r = request(null);
        r.accept("lead", null, AT);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.decline("lead", "no", AT));
        assertEquals("staffing.decided", e.messageKey());
        assertThrows(InvalidInputException.class, () -> r.withdraw("manager", null, AT));
        assertEquals(StaffingRequestStatus.ACCEPTED, r.getStatus());
    }

    @Test
    void decliningNeedsAReason() {
        StaffingRequest r = request(null);
        assertEquals("staffing.reasonRequired",
                assertThrows(InvalidInputException.class, () -> r.decline("lead", "  ", AT)).messageKey());
        r.decline("lead", "no agents free", AT);
        assertEquals(StaffingRequestStatus.DECLINED, r.getStatus());
        assertEquals("no agents free", r.getDecisionNote());
    }

    @Test
    void agentsAndDatesAreChecked() {
        assertThrows(InvalidInputException.class, () -> new StaffingRequest(1, 0, LocalDate.of(2026, 12, 10), null,
                null, "m", AT));
        assertThrows(InvalidInputException.class, () -> request("2026-12-09"));
    }

    @Test
    void anOpenEndedRequestOverlapsEveryLaterDay() {
        assertTrue(request(null).overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2)));
        assertFalse(request("2026-12-12").overlaps(LocalDate.of(2026, 12, 13), null));
        assertFalse(request(null).overlaps(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 9)));
    }
}
