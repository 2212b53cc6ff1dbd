package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToTheFen() {
        assertEquals(new BigDecimal("1016.13"), Money.fen(new BigDecimal("1016.125")));
        assertEquals(new BigDecimal("1016.12"), Money.fen(new BigDecimal("1016.1249999")));
        assertEquals(new BigDecimal("-0.01"), Money.fen(new BigDecimal("-0.005")), "half away from zero");
        assertEquals(new BigDecimal("5.00"), Money.fen(new BigDecimal("5")));
        assertNull(Money.fen(null));
    }
}
