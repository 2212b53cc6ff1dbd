package com.csvendor.portal.kpi.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growing byte buffer that writes the values of a tab-separated line the way
 * {@code LOAD DATA … FIELDS TERMINATED BY '\t'} reads them: numbers as ASCII digits without
 * going through a {@code String}, {@code \N} for NULL. Decimals are written like
 * {@link BigDecimal#toPlainString()}, from the unscaled value and the scale.
 */
final class TsvBytes {

    private static final byte[] NULL = {'\\', 'N'};
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private byte[] bytes;
    private int size;

    TsvBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    TsvBytes tab() {
        room(1);
        bytes[size++] = '\t';
        return this;
    }

    TsvBytes newline() {
        room(1);
        bytes[size++] = '\n';
        return this;
    }

    TsvBytes nullValue() {
        room(2);
        bytes[size++] = NULL[0];
        bytes[size++] = NULL[1];
        return this;
    }

    TsvBytes ascii(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        room(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    TsvBytes number(long n) {
        if (n == Long.MIN_VALUE) {
            return ascii(Long.toString(n));
        }
        room(20);
        if (n < 0) {
            bytes[size++] = '-';
            n = -n;
        }
        digits(n, 1);
        return this;
    }

    /**
     * The digits of {@code n ≥ 0}, at least {@code width} of them (zeros in front). Written from
     * the right, two at a time in {@code int} arithmetic when the number fits: this runs for about
     * thirty values of every row spooled.
     */
    private void digits(long n, int width) {
        int count = 1;
        while (count < 19 && n >= POWERS[count]) {
            count++;
        }
        count = Math.max(count, width);
        room(count);
        int i = size + count;
        if (n <= Integer.MAX_VALUE) {
            int m = (int) n;
            while (m >= 100) {
                int q = m / 100;
                int pair = m - q * 100;
                bytes[--i] = (byte) ('0' + pair % 10);
                bytes[--i] = (byte) ('0' + pair / 10);
                m = q;
            }
            if (m >= 10) {
                bytes[--i] = (byte) ('0' + m % 10);
                m /= 10;
            }
            bytes[--i] = (byte) ('0' + m);
        } else {
            do {
                bytes[--i] = (byte) ('0' + n % 10);
                n /= 10;
            } while (n > 0);
        }
        while (i > size) {
            bytes[--i] = '0';
        }
        size += count;
    }

    /** {@code yyyy-MM-dd}. */
    TsvBytes date(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return ascii(d.toString());
        }
        digits(year, 4);
        room(6);
        bytes[size++] = '-';
        digits(d.getMonthValue(), 2);
        bytes[size++] = '-';
        digits(d.getDayOfMonth(), 2);
        return this;
    }

    /** As {@link BigDecimal#toPlainString()} writes it. */
    TsvBytes decimal(BigDecimal d) {
        int scale = d.scale();
        BigInteger unscaled = d.unscaledValue();
        if (unscaled.bitLength() > 62 || scale > 18 || scale < -18) {
            return ascii(d.toPlainString());
        }
        long u = unscaled.longValue();
        if (u < 0) {
            room(1);
            bytes[size++] = '-';
            u = -u;
        }
        if (scale <= 0) {
            digits(u, 1);
            for (int i = 0; i < -scale; i++) {
                room(1);
                bytes[size++] = '0';
            }
        } else {
            digits(u / POWERS[scale], 1);
            room(1);
            bytes[size++] = '.';
            digits(u % POWERS[scale], scale);
        }
        return this;
    }

    /** A value of {@link KpiValues}: NULL, a count ({@code Long}), a decimal or a date. */
    TsvBytes value(Object v) {
        if (v == null) {
            return nullValue();
        } else if (v instanceof Long n) {
            return number(n);
        } else if (v instanceof BigDecimal d) {
            return decimal(d);
        } else if (v instanceof LocalDate d) {
            return date(d);
        } else if (v instanceof Number n) {
            return number(n.longValue());
        }
        throw new IllegalArgumentException("Not a stored value: " + v.getClass());
    }
}
