package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.SettlementTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentDueTest {

    private static SettlementTerms terms(int statementDay, int netDays) {
        SettlementTerms t = new SettlementTerms();
        t.setStatementDay(statementDay);
        t.setPaymentNetDays(netDays);
        return t;
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theStatementIsDueDaysAfterTheCycleCloses() {
        assertEquals(d("2026-12-05"), PaymentDue.statementDueOn(d("2026-11-30"), terms(5, 30)));
        assertEquals(d("2026-11-30"), PaymentDue.statementDueOn(d("2026-11-30"), terms(0, 30)));
    }

    @Test
    void paymentIsDueNetDaysAfterApproval() {
        assertEquals(d("2027-01-09"), PaymentDue.paymentDueOn(d("2026-12-10"), terms(5, 30)));
        assertEquals(d("2026-12-10"), PaymentDue.paymentDueOn(d("2026-12-10"), terms(5, 0)));
    }

    @Test
    void overdueFromTheDayAfterTheDueDateUntilPaid() {
        LocalDate due = d("2027-01-09");
        assertFalse(PaymentDue.overdue(due, false, d("2027-01-09")), "paying on the due date is on time");
        assertTrue(PaymentDue.overdue(due, false, d("2027-01-10")));
        assertFalse(PaymentDue.overdue(due, true, d("2027-02-10")), "paid");
        assertFalse(PaymentDue.overdue(null, false, d("2027-02-10")), "not approved yet");
    }
}
