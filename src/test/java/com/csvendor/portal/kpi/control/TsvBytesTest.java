package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytes LOAD DATA reads: the same text as BigDecimal.toPlainString, Long.toString and LocalDate.toString. */
class TsvBytesTest {

    static String text(TsvBytes b) {
        return new String(b.array(), 0, b.size(), StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "1234.50", "0.05", "99.7100", "100", "9999999999.99", "12.5", "-3.25",
        "0.0001", "0.0101", "100.01", "2147483647.99", "123456789012345678", "1234567890123456789.5", "1E+3", "5E-20", "-0.5", "7.000000000000000001"})
    void decimalsAsToPlainString(String value) {
        BigDecimal d = new BigDecimal(value);
        assertEquals(d.toPlainString(), text(new TsvBytes(4).decimal(d)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 10, 99, 100, 101, 109, 110, 1000, 1009, 12345, 999_999_999, 2_147_483_647L, 2_147_483_648L,
        -42, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000_000_000_000L})
    void numbers(long n) {
        assertEquals(Long.toString(n), text(new TsvBytes(4).number(n)));
    }

    @Test
    void datesNullsAndSeparators() {
        TsvBytes b = new TsvBytes(4);
        b.date(LocalDate.of(2026, 3, 5)).tab().value(null).tab().value(12L).tab().value(new BigDecimal("1.50"))
                .tab().date(LocalDate.of(999, 12, 31)).newline();
        assertEquals("2026-03-05\t\\N\t12\t1.50\t0999-12-31\n", text(b));
        b.clear();
        assertEquals("", text(b));
    }
}
