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

    @Test
    void aMeasuredRateHasTwoDecimalsAndTimesOneAndEverythingIsGrouped() {
        assertEquals("93.36 %", Figures.rate(new BigDecimal("93.3550")), "HALF_UP");
        assertEquals("100.00 %", Figures.rate(new BigDecimal("100.0000")));
        assertEquals("12.5 s", Figures.seconds(new BigDecimal("12.45")));
        assertEquals("1,234.0 s", Figures.seconds(new BigDecimal("1234")));
        assertEquals("12,345", Figures.count(12_345L));
        assertEquals("1,234.57", Figures.number(new BigDecimal("1234.565"), 2));
        assertEquals("−0.50", Figures.number(new BigDecimal("-0.5"), 2));
        assertEquals("0.00", Figures.number(new BigDecimal("-0.001"), 2), "no minus before a zero");
        assertEquals("—", Figures.rate(null));
        assertEquals("—", Figures.seconds(null));
        assertEquals("—", Figures.count(null));
        assertEquals("—", Figures.number(null, 2));
    }
}
