package com.csvendor.portal.vendor.entity;

import com.csvendor.portal.shared.InvalidInputException;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet without I, O, S, V and Z; the last is a check character over the first 17 with the
 * weights 3^i mod 31. Stored upper-case.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        value = normalize(value);
        if (value.length() != 18) {
            throw new InvalidInputException("creditCode", "vendor.creditCode.length", value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidInputException("creditCode", "vendor.creditCode.character", value.charAt(i), i + 1);
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidInputException("creditCode", "vendor.creditCode.check", value.charAt(17), expected);
        }
    }

    public static CreditCode of(String value) {
        return new CreditCode(value);
    }

    private static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new InvalidInputException("creditCode", "vendor.creditCode.character", first17.charAt(i), i + 1);
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
