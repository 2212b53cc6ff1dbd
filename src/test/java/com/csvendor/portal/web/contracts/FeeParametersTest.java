package com.csvendor.portal.web.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SessionTier;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FeeParametersTest {

    @Test
    void eachModelShowsItsOwnParameters() {
        assertEquals(EnumSet.of(FeeParameters.Parameter.SEAT_PRICE), FeeParameters.of(FeeModel.SEAT_MONTHLY));
        assertEquals(EnumSet.of(FeeParameters.Parameter.BASE_PER_AGENT, FeeParameters.Parameter.COMMISSION),
                FeeParameters.of(FeeModel.BASE_PLUS_COMMISSION));
        for (FeeModel model : FeeModel.values()) {
            assertFalse(FeeParameters.of(model).isEmpty(), model + " has a price");
        }
    }

    @Test
    void valuesOfAModelGivenUpAreClearedAndModifiersKept() {
        Fees fees = new Fees();
        fees.setSeatPrice(new BigDecimal("5200"));
        fees.getSessionTiers().add(new SessionTier());
        fees.setCommissionPercent(new BigDecimal("2"));
        fees.setCommissionNetOfRefunds(true);
        fees.setOvertimeRate(new BigDecimal("35"));
        fees.setModel(FeeModel.COMMISSION);

        FeeParameters.clearUnused(fees);

        assertNull(fees.getSeatPrice());
        assertTrue(fees.getSessionTiers().isEmpty());
        assertEquals(new BigDecimal("2"), fees.getCommissionPercent());
        assertTrue(fees.isCommissionNetOfRefunds());
        assertEquals(new BigDecimal("35"), fees.getOvertimeRate());
    }
}
