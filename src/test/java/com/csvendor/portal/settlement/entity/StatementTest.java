package com.csvendor.portal.settlement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatementTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:10:00Z");
    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    static Statement draft(String by) {
        Statement s = new Statement("ST-C1-20261001", 1, START, LocalDate.of(2026, 10, 31), null, 0, null);
        BigDecimal m = new BigDecimal("100.00");
        s.recompute(new StatementFigures(1, false, m, BigDecimal.ZERO, null, m, new BigDecimal("6"), false, m,
                new BigDecimal("6.00"), new BigDecimal("106.00"), BigDecimal.ZERO, new BigDecimal("106.00"),
                InvoiceType.SPECIAL), List.of(new StatementLine.Content(LineSection.FEE, "SEAT", BigDecimal.ONE, m, m,
                        "sla.fee.seat", "[]", "kpi")), START, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 5),
                by, AT);
        return s;
    }

    @Test
    void theWholeWorkflowMovesStepByStep() {
        Statement s = draft("system");
        s.issue("finance", AT);
        s.dispute("vendor", "人数不符", AT);
        assertEquals(StatementStatus.DISPUTED, s.getStatus());
        s.revise();
        assertEquals(StatementStatus.DRAFT, s.getStatus());
        s.issue("finance", AT);
        s.confirm("vendor", null, AT);
        s.approve("finance2", AT, LocalDate.of(2026, 12, 1));
        assertTrue(s.overdue(LocalDate.of(2026, 12, 2)));
        s.pay(LocalDate.of(2026, 12, 2), " TX-1 ", "finance", AT);
        assertEquals(StatementStatus.PAID, s.getStatus());
        assertEquals("TX-1", s.getPaymentReference());
        assertFalse(s.overdue(LocalDate.of(2026, 12, 9)));
    }

    @Test
    void everyStepRefusesAStatusItDoesNotStartFrom() {
        Statement s = draft("system");
        assertThrows(ConflictException.class, () -> s.confirm("vendor", null, AT));
        assertThrows(ConflictException.class, () -> s.approve("finance", AT, START));
        assertThrows(ConflictException.class, () -> s.pay(START, "x", "finance", AT));
        assertThrows(ConflictException.class, s::revise);
        s.issue("finance", AT);
        assertThrows(ConflictException.class, () -> s.issue("finance", AT));
        assertThrows(InvalidInputException.class, () -> s.dispute("vendor", " ", AT), "a dispute needs a comment");
    }

    @Test
    void theGeneratorNeverApproves() {
        Statement s = draft("finance");
        s.issue("finance", AT);
        s.confirm("vendor", "ok", AT);
        assertThrows(ConflictException.class, () -> s.approve("finance", AT, START));
        s.approve("finance2", AT, START);
        assertEquals("finance2", s.getApprovedBy());
    }

    @Test
    void whoIssuedAStatementTheSystemGeneratedNeverApprovesIt() {
        Statement s = draft("system");
        s.issue("finance", AT);
        s.confirm("vendor", "ok", AT);
        assertFalse(s.approvableBy("finance"));
        ConflictException refused = assertThrows(ConflictException.class, () -> s.approve("finance", AT, START));
        assertEquals("statement.approve.issuedByApprover", refused.messageKey());
        assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("issued by finance"), refused::getMessage);
        assertTrue(refused.localizedMessage(Locale.SIMPLIFIED_CHINESE).contains("由 finance 发出"), refused::getMessage);
        assertEquals(StatementStatus.CONFIRMED, s.getStatus());
        assertTrue(s.approvableBy("finance2"));
        s.approve("finance2", AT, START);
        assertEquals("finance2", s.getApprovedBy());
    }

    @Test
    void anApprovedStatementIsNeverRecomputedAndTakesOneInvoiceOnly() {
        Statement s = draft("system");
        s.issue("finance", AT);
        s.requireInvoiceable(true);
        s.confirm("vendor", null, AT);
        s.approve("finance2", AT, START);
        assertThrows(ConflictException.class, s::clearLines);
        assertThrows(ConflictException.class, () -> s.recompute(s.getFigures(), List.of(), START, START, START, "x",
                AT));
        s.requireInvoiceable(false);
        assertThrows(ConflictException.class, () -> s.requireInvoiceable(true));
        assertThrows(ConflictException.class, () -> draft("system").requireInvoiceable(false), "a draft takes none");
    }

    @Test
    void onlyAnApprovedStatementIsAdjusted() {
        Statement s = draft("system");
        assertThrows(InvalidInputException.class, () -> new Statement("ST-C1-20261001-A1", 1, START, START, s, 1,
                "why"));
        s.issue("finance", AT);
        s.confirm("vendor", null, AT);
        s.approve("finance2", AT, START);
        Statement a = new Statement("ST-C1-20261001-A1", 1, START, START, s, 1, " 漏计加班 ");
        assertEquals(StatementKind.ADJUSTMENT, a.getKind());
        assertEquals("漏计加班", a.getAdjustmentReason());
        assertEquals(StatementStatus.DRAFT, a.getStatus());
    }
}
