package com.csvendor.portal.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final Instant RAISED = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-21T03:00:00Z");

    private static Dispute open() {
        return new Dispute(7, DisputeSubject.BREACH, 42, "  平台故障导致响应超时  ", "vendor", RAISED);
    }

    @Test
    void aNewDisputeIsOpenWithItsCommentTrimmed() {
        Dispute d = open();
        assertEquals(DisputeStatus.OPEN, d.getStatus());
        assertTrue(d.isOpen());
        assertEquals("平台故障导致响应超时", d.getComment());
        assertNull(d.getDecidedBy());
    }

    @Test
    void aDisputeNeedsAComment() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Dispute(7, DisputeSubject.INCIDENT, 1, "   ", "vendor", RAISED));
        assertEquals("comment", e.field());
    }

    @Test
    void acceptingRecordsWhoWhenAndAnOptionalComment() {
        Dispute d = open();
        d.accept("manager", " ", DECIDED);
        assertEquals(DisputeStatus.ACCEPTED, d.getStatus());
        assertEquals("manager", d.getDecidedBy());
        assertEquals(DECIDED, d.getDecidedAt());
        assertNull(d.getDecisionComment());
    }

    @Test
    void rejectingNeedsAComment() {
        Dispute d = open();
        assertThrows(InvalidInputException.class, () -> d.reject("manager", "", DECIDED));
        assertEquals(DisputeStatus.OPEN, d.getStatus());
        d.reject("manager", "平台当日无故障记录", DECIDED);
        assertEquals(DisputeStatus.REJECTED, d.getStatus());
        assertEquals("平台当日无故障记录", d.getDecisionComment());
    }

    @Test
    void aDecidedDisputeNeverChanges() {
        Dispute accepted = open();
        accepted.accept("manager", "同意", DECIDED);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> accepted.reject("manager", "改主意", DECIDED.plusSeconds(60)));
        assertEquals("sla.dispute.decided", e.messageKey());
        assertThrows(InvalidInputException.class, () -> accepted.accept("other", null, DECIDED));
        assertEquals(DisputeStatus.ACCEPTED, accepted.getStatus());
        assertEquals("同意", accepted.getDecisionComment());
        assertEquals("manager", accepted.getDecidedBy());

        Dispute rejected = open();
        rejected.reject("manager", "不同意", DECIDED);
        assertThrows(InvalidInputException.class, () -> rejected.accept("manager", null, DECIDED));
        assertEquals(DisputeStatus.REJECTED, rejected.getStatus());
    }
}
