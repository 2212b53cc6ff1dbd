package com.csvendor.portal.contract;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.contract.entity.Shift;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

/** Valid terms to start a test from: a seat contract for 2031 with one day shift. */
public final class Terms {

    private Terms() {
    }

    public static ContractTerms valid() {
        ContractTerms t = new ContractTerms();
        t.getPeriod().setStart(LocalDate.of(2031, 1, 1));
        t.getPeriod().setEnd(LocalDate.of(2031, 12, 31));
        t.getScope().setServiceTypes(EnumSet.of(ServiceType.PRE_SALES));
        t.getFees().setModel(FeeModel.SEAT_MONTHLY);
        t.getFees().setSeatPrice(new BigDecimal("5000.00"));
        t.getHours().getShifts().add(shift("早班", LocalTime.of(8, 0), LocalTime.of(16, 0), 3));
        return t;
    }

    public static Shift shift(String name, LocalTime start, LocalTime end, int headcount) {
        Shift s = new Shift();
        s.setName(name);
        s.setStart(start);
        s.setEnd(end);
        s.setHeadcount(headcount);
        return s;
    }
}
