package com.csvendor.portal.vendor.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.shared.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "911100001000013782", "91110108551385082Q", "9144030071526726XG",
        "91330100716105852F"})
    void acceptsRealCodes(String code) {
        assertEquals(code, CreditCode.of(code).value());
    }

    @Test
    void normalisesCaseAndSpaces() {
        assertEquals("91350100M000100Y43", CreditCode.of("  91350100m000100y43 ").value());
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertEquals('Q', CreditCode.checkCharacter("91110108551385082"));
    }

    @Test
    void checkValueThirtyOneModuloIsZero() {
        // A weighted sum divisible by 31 must give '0', not an index out of the alphabet.
        String prefix = findPrefixWithSumDivisibleBy31();
        assertEquals('0', CreditCode.checkCharacter(prefix));
        assertEquals(prefix + "0", CreditCode.of(prefix + "0").value());
    }

    @Test
    void rejectsAWrongCheckCharacterNamingTheExpectedOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreditCode.of("91350100M000100Y44"));
        assertEquals("creditCode", e.field());
        assertEquals("The check character is \"4\" but should be \"3\": the code has a typo.",
                e.localizedMessage(Locale.ENGLISH));
    }

    @Test
    void rejectsASwapOfTwoCharacters() {
        assertThrows(InvalidInputException.class, () -> CreditCode.of("93150100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431"})
    void rejectsWrongLength(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreditCode.of(code));
        assertEquals("vendor.creditCode.length", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100I000100Y43", "91350100O000100Y43", "91350100S000100Y43", "91350100V000100Y43",
        "91350100Z000100Y43", "9135010-M000100Y43"})
    void rejectsCharactersOutsideTheAlphabet(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreditCode.of(code));
        assertEquals("vendor.creditCode.character", e.messageKey());
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidInputException.class, () -> CreditCode.of(null));
    }

    @Test
    void hasValueEquality() {
        assertEquals(CreditCode.of("91350100M000100Y43"), CreditCode.of("91350100m000100y43"));
    }

    private static String findPrefixWithSumDivisibleBy31() {
        for (int i = 0; i < CreditCode.ALPHABET.length(); i++) {
            String prefix = "9135010000000000" + CreditCode.ALPHABET.charAt(i);
            if (CreditCode.checkCharacter(prefix) == '0') {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
