package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.SettlementTerms;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.StatementStatus;
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

    @Test
    void aStatementWaitsOnFinanceForItsStatementDueDateAsADraftAndItsPaymentDueDateOnceApproved() {
        LocalDate statementDue = d("2026-12-05");
        LocalDate paymentDue = d("2027-01-09");
        assertEquals(statementDue, PaymentDue.openDueOn(StatementStatus.DRAFT, statementDue, null));
        assertEquals(paymentDue, PaymentDue.openDueOn(StatementStatus.APPROVED, statementDue, paymentDue));
        for (StatementStatus waitingOnOthersOrDone : new StatementStatus[] {StatementStatus.ISSUED,
            StatementStatus.CONFIRMED, StatementStatus.DISPUTED, StatementStatus.PAID}) {
            assertEquals(null, PaymentDue.openDueOn(waitingOnOthersOrDone, statementDue, paymentDue),
                    waitingOnOthersOrDone::name);
        }
    }

    @Test
    void aDraftIsLateFromTheDayAfterItsStatementDueDateUntilIssued() {
        LocalDate due = d("2026-12-05");
        assertFalse(PaymentDue.statementLate(StatementStatus.DRAFT, due, d("2026-12-05")), "issued on the day");
        assertTrue(PaymentDue.statementLate(StatementStatus.DRAFT, due, d("2026-12-06")));
        assertFalse(PaymentDue.statementLate(StatementStatus.ISSUED, due, d("2026-12-06")), "issued: not late");
        assertFalse(PaymentDue.statementLate(StatementStatus.APPROVED, due, d("2027-02-01")));
    }

    @Test
    void dueThisWeekIsTodayAndTheSixDaysAfterAndOverdueIsAnyDayBefore() {
        LocalDate today = d("2026-12-06");
        assertEquals(today, DueFilter.THIS_WEEK.from(today));
        assertEquals(d("2026-12-12"), DueFilter.THIS_WEEK.to(today));
        assertEquals(null, DueFilter.OVERDUE.from(today));
        assertEquals(d("2026-12-05"), DueFilter.OVERDUE.to(today));
    }
}
