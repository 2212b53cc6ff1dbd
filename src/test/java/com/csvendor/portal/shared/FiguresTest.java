package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void moneyIsYuanToTheFenGroupedWithAMinusSignBeforeTheYuanSign() {
        assertEquals("¥1,234.50", Figures.money(new BigDecimal("1234.5")));
        assertEquals("−¥80.00", Figures.money(new BigDecimal("-80")));
        assertEquals("¥1,234,567.00", Figures.money(new BigDecimal("1234567")));
        assertEquals("¥0.00", Figures.money(BigDecimal.ZERO));
        assertEquals("—", Figures.money(null));
    }

    @Test
    void moneyRoundsHalfUpToTheFenAsMoneyDoes() {
        assertEquals("¥0.13", Figures.money(new BigDecimal("0.125")), "HALF_UP, not the formatter's HALF_EVEN");
        assertEquals("¥2.68", Figures.money(new BigDecimal("2.675")));
        assertEquals("¥0.00", Figures.money(new BigDecimal("-0.004")), "no minus before a zero");
        assertEquals("−¥0.01", Figures.money(new BigDecimal("-0.005")));
    }

    @Test
    void aUnitPriceKeepsWhatTheContractAgreed() {
        assertEquals("¥0.70", Figures.price(new BigDecimal("0.7")));
        assertEquals("¥0.125", Figures.price(new BigDecimal("0.125")));
        assertEquals("¥5,200.00", Figures.price(new BigDecimal("5200")));
        assertEquals("—", Figures.price(null));
    }

    @Test
    void aRateIsANumberWithAPercentSign() {
        assertEquals("6 %", Figures.percent(new BigDecimal("6.00")));
        assertEquals("5.37 %", Figures.percent(new BigDecimal("5.37")));
        assertEquals("—", Figures.percent(null));
    }
}
