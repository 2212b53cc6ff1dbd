package com.csvendor.portal.sla.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private static Incident recorded() {
        return new Incident(3, LocalDate.of(2026, 11, 18), IncidentType.FORBIDDEN_PHRASE, "v1 penalties.incidentFines[0]",
                "客服回复“不知道”", new BigDecimal("200"), "manager", Instant.parse("2026-11-19T01:00:00Z"));
    }

    @Test
    void aRecordedIncidentCountsWithItsFineToTheFen() {
        Incident i = recorded();
        assertEquals(IncidentStatus.RECORDED, i.getStatus());
        assertTrue(i.getStatus().counts());
        assertEquals(new BigDecimal("200.00"), i.getAmount());
    }

    @Test
    void evidenceIsRequiredAndAFineCannotBeNegative() {
        assertThrows(InvalidInputException.class, () -> new Incident(3, LocalDate.of(2026, 11, 18),
                IncidentType.DATA_LEAK, null, " ", BigDecimal.TEN, "manager", Instant.now()));
        assertThrows(InvalidInputException.class, () -> new Incident(3, LocalDate.of(2026, 11, 18),
                IncidentType.DATA_LEAK, null, "证据", new BigDecimal("-1"), "manager", Instant.now()));
    }

    @Test
    void disputedThenWithdrawnNoLongerCounts() {
        Incident i = recorded();
        i.dispute();
        assertEquals(IncidentStatus.DISPUTED, i.getStatus());
        assertTrue(i.getStatus().counts(), "a disputed incident counts until the dispute is accepted");
        i.withdraw();
        assertEquals(IncidentStatus.WITHDRAWN, i.getStatus());
        assertFalse(i.getStatus().counts());
    }

    @Test
    void aRejectedDisputeUpholdsTheIncident() {
        Incident i = recorded();
        i.dispute();
        i.uphold();
        assertEquals(IncidentStatus.RECORDED, i.getStatus());
    }

    @Test
    void onlyARecordedIncidentIsDisputedAndOnlyADisputedOneWithdrawn() {
        Incident i = recorded();
        assertThrows(InvalidInputException.class, i::withdraw);
        assertThrows(InvalidInputException.class, i::uphold);
        i.dispute();
        assertThrows(InvalidInputException.class, i::dispute);
        i.withdraw();
        assertThrows(InvalidInputException.class, i::dispute);
        assertThrows(InvalidInputException.class, i::uphold);
        assertEquals(IncidentStatus.WITHDRAWN, i.getStatus());
    }
}
