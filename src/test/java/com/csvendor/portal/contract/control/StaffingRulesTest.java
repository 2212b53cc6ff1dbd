package com.csvendor.portal.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.control.StaffingRules.Asked;
import com.csvendor.portal.contract.control.StaffingRules.Terms;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.shared.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Terms TERMS = new Terms(ContractStatus.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            7, 10);

    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    static Asked asked(int agents, String from, String to) {
        return new Asked(agents, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void aRequestWithEnoughNoticeWithinTheMaximumAndTheContractIsAllowed() {
        assertEquals(List.of(), StaffingRules.refusals(TERMS, asked(4, "2026-12-08", "2026-12-14"),
                List.of(asked(6, "2026-12-10", "2026-12-12")), TODAY));
    }

    @Test
    void theFirstDayMustBeAtLeastTheNoticeDaysAfterToday() {
        List<Finding> f = StaffingRules.refusals(TERMS, asked(1, "2026-12-07", null), List.of(), TODAY);
        assertEquals(List.of("staffing.notice"), keys(f));
        assertEquals(List.of(7, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 7)), List.of(f.get(0).arguments()));
    }

    @Test
    void theAgentsAskedForOrAcceptedOnTheBusiestDayCountAgainstTheMaximum() {
        List<Finding> f = StaffingRules.refusals(TERMS, asked(3, "2026-12-10", "2026-12-20"),
                List.of(asked(5, "2026-12-01", null), asked(3, "2026-12-15", "2026-12-16"),
                        asked(9, "2026-12-21", "2026-12-22")), TODAY);
        assertEquals(List.of("staffing.max"), keys(f));
        assertEquals(List.of(10, LocalDate.of(2026, 12, 15), 8, 3, 11), List.of(f.get(0).arguments()));
    }

    @Test
    void requestsThatDoNotShareADayAreNotAddedUp() {
        assertEquals(List.of(), StaffingRules.refusals(TERMS, asked(5, "2026-12-10", "2026-12-20"),
                List.of(asked(5, "2026-12-10", "2026-12-12"), asked(5, "2026-12-13", "2026-12-20")), TODAY));
    }

    @Test
    void noMaximumInTheTermsMeansNoLimit() {
        Terms open = new Terms(ContractStatus.ACTIVE, TERMS.firstDay(), TERMS.lastDay(), 0, null);
        assertEquals(List.of(), StaffingRules.refusals(open, asked(500, "2026-12-01", null),
                List.of(asked(500, "2026-12-01", null)), TODAY));
    }

    @Test
    void daysOutsideTheContractAreRefused() {
        assertEquals(List.of("staffing.outside"), keys(StaffingRules.refusals(TERMS,
                asked(1, "2026-12-20", "2027-01-05"), List.of(), TODAY)));
    }

    @Test
    void onlyAnActiveContractTakesRequests() {
        for (ContractStatus s : List.of(ContractStatus.DRAFT, ContractStatus.SUSPENDED, ContractStatus.EXPIRED,
                ContractStatus.TERMINATED)) {
            Terms t = new Terms(s, TERMS.firstDay(), TERMS.lastDay(), 7, 10);
            assertEquals(List.of("staffing.notActive"), keys(StaffingRules.refusals(t, asked(1, "2026-12-20", null),
                    List.of(), TODAY)), s.name());
        }
    }

    @Test
    void everyReasonIsGiven() {
        List<Finding> f = StaffingRules.refusals(TERMS, asked(11, "2026-12-02", "2027-02-01"), List.of(), TODAY);
        assertTrue(keys(f).containsAll(List.of("staffing.outside", "staffing.notice", "staffing.max")), keys(f)::toString);
    }
}
