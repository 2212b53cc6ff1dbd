package com.csvendor.portal.contract.control;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import java.time.LocalDate;
import java.util.List;

/**
 * When a contract needs acting on: from {@code noticeDays} before its end until the end (renew or
 * give notice), and from {@code addNoticeDays} before a promotion commitment's first day until that
 * day (the store must request the extra agents now).
 */
public final class AlertRules {

    private AlertRules() {
    }

    public static boolean inNoticePeriod(ContractTerms terms, LocalDate today) {
        LocalDate end = terms.getPeriod().getEnd();
        return !today.isAfter(end) && !today.isBefore(end.minusDays(terms.getPeriod().getNoticeDays()));
    }

    public static List<PromotionCommitment> promotionsToStaff(ContractTerms terms, LocalDate today) {
        int notice = terms.getStaffing().getAddNoticeDays();
        return terms.getStaffing().getPromotions().stream()
                .filter(p -> !today.isBefore(p.getFrom().minusDays(notice)) && today.isBefore(p.getFrom()))
                .toList();
    }
}
