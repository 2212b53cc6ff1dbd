package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatTest {

    private static final List<BigDecimal> RATES = List.of(new BigDecimal("0"), new BigDecimal("1"), new BigDecimal("3"),
            new BigDecimal("6"), new BigDecimal("9"), new BigDecimal("13"), new BigDecimal("5.5"));

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "¥{0} at {1} % included: net {2} + tax {3}")
    @CsvSource({"106.00, 6, 100.00, 6.00", "100.00, 6, 94.34, 5.66", "0.01, 6, 0.01, 0.00", "0.02, 6, 0.02, 0.00",
        "0.09, 6, 0.08, 0.01", "-100.00, 6, -94.34, -5.66", "10000.00, 1, 9900.99, 99.01", "10000.00, 0, 10000.00, 0.00",
        "1.00, 13, 0.88, 0.12", "0.00, 6, 0.00, 0.00"})
    void inclusiveExamples(String gross, String rate, String net, String tax) {
        Vat.Split s = Vat.inclusive(m(gross), m(rate));
        assertEquals(List.of(m(net), m(tax), m(gross)), List.of(s.net(), s.tax(), s.total()));
    }

    @ParameterizedTest(name = "¥{0} at {1} % on top: tax {2}, total {3}")
    @CsvSource({"100.00, 6, 6.00, 106.00", "0.08, 6, 0.00, 0.08", "0.09, 6, 0.01, 0.10", "-100.00, 6, -6.00, -106.00",
        "-0.09, 6, -0.01, -0.10", "12345.67, 3, 370.37, 12716.04", "5, 0, 0.00, 5.00"})
    void exclusiveExamples(String net, String rate, String tax, String total) {
        Vat.Split s = Vat.exclusive(m(net), m(rate));
        assertEquals(List.of(m(net).setScale(2), m(tax), m(total)), List.of(s.net(), s.tax(), s.total()));
    }

    /**
     * Every amount from −¥100.00 to ¥1,000.00, fen by fen, at every usual rate: the parts add up and
     * each is the exactly rounded formula (checked against BigDecimal's own single HALF_UP division).
     */
    @Test
    void everyAmountSplitsExactlyAndAddsUp() {
        for (BigDecimal rate : RATES) {
            BigDecimal divisor = BigDecimal.ONE.add(rate.movePointLeft(2));
            for (long fen = -10_000; fen <= 100_000; fen++) {
                BigDecimal amount = BigDecimal.valueOf(fen, 2);
                Vat.Split in = Vat.inclusive(amount, rate);
                assertEquals(amount, in.net().add(in.tax()));
                assertEquals(amount, in.total());
                assertEquals(amount.divide(divisor, 2, RoundingMode.HALF_UP), in.net(), () -> amount + " at " + rate);
                Vat.Split ex = Vat.exclusive(amount, rate);
                assertEquals(amount, ex.net());
                assertEquals(amount.multiply(rate.movePointLeft(2)).setScale(2, RoundingMode.HALF_UP), ex.tax());
                assertEquals(ex.total(), ex.net().add(ex.tax()));
                // A credit is the mirror image of the charge.
                assertEquals(in.net().negate(), Vat.inclusive(amount.negate(), rate).net());
            }
        }
    }

    @Test
    void largeAmountsToo() {
        BigDecimal big = m("99999999999999.99");
        Vat.Split s = Vat.inclusive(big, m("6"));
        assertEquals(big.divide(m("1.06"), 2, RoundingMode.HALF_UP), s.net());
        assertEquals(big, s.net().add(s.tax()));
    }

    @Test
    void amountsAreTakenToTheFenFirstAndNegativeRatesRefused() {
        assertEquals(m("1.01"), Vat.inclusive(m("1.005"), m("0")).total());
        assertThrows(IllegalArgumentException.class, () -> Vat.exclusive(m("1"), m("-1")));
    }
}
