package com.csvendor.portal.platform;

import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.StaffingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The demo seat contract's staffing requests, made by the demo manager as the contract's 30 days'
 * notice allowed when they were made: one accepted by the vendor's lead two days ago (4 more agents
 * from the day after tomorrow for two weeks), one made 20 days ago that still waits for the lead
 * (3 more agents from in 12 days). Together 7, within the contract's maximum of 15.
 */
@ApplicationScoped
public class DemoStaffing {

    @PersistenceContext
    EntityManager em;

    void requests(Contract seats, LocalDate today) {
        StaffingRequest accepted = new StaffingRequest(seats.getId(), 4, today.plusDays(2), today.plusDays(15),
                "双12 返场活动，咨询量预计翻倍", "manager", at(today.minusDays(35), 10));
        accepted.accept("vendor", "已安排 4 名客服，返场期间全天在岗", at(today.minusDays(2), 16));
        em.persist(accepted);
        em.persist(new StaffingRequest(seats.getId(), 3, today.plusDays(12), today.plusDays(20),
                "年货节预热，售前咨询增加", "manager", at(today.minusDays(20), 11)));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BusinessTime.ZONE).toInstant();
    }
}
