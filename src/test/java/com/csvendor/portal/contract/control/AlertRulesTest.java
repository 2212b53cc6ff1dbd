package com.csvendor.portal.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    @Test
    void noticePeriodRunsFromNoticeDaysBeforeTheEndUntilTheEnd() {
        ContractTerms t = Terms.valid();
        t.getPeriod().setNoticeDays(30);
        assertFalse(AlertRules.inNoticePeriod(t, LocalDate.of(2031, 11, 30)));
        assertTrue(AlertRules.inNoticePeriod(t, LocalDate.of(2031, 12, 1)));
        assertTrue(AlertRules.inNoticePeriod(t, LocalDate.of(2031, 12, 31)));
        assertFalse(AlertRules.inNoticePeriod(t, LocalDate.of(2032, 1, 1)));
    }

    @Test
    void promotionStaffingNoticeStartsAddNoticeDaysBeforeThePromotion() {
        ContractTerms t = Terms.valid();
        t.getStaffing().setAddNoticeDays(14);
        PromotionCommitment p = new PromotionCommitment();
        p.setName("双11");
        p.setFrom(LocalDate.of(2031, 10, 22));
        p.setTo(LocalDate.of(2031, 11, 12));
        p.setHeadcount(25);
        t.getStaffing().getPromotions().add(p);
        assertEquals(List.of(), AlertRules.promotionsToStaff(t, LocalDate.of(2031, 10, 7)));
        assertEquals(1, AlertRules.promotionsToStaff(t, LocalDate.of(2031, 10, 8)).size());
        assertEquals(1, AlertRules.promotionsToStaff(t, LocalDate.of(2031, 10, 21)).size());
        assertEquals(List.of(), AlertRules.promotionsToStaff(t, LocalDate.of(2031, 10, 22)));
    }
}
