package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static InvalidInputException refused(String password, String username) {
        return assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password, username, "newPassword"));
    }

    @Test
    void aPasswordOfAtLeastEightCharactersThatIsNeitherCommonNorTheUserNamePasses() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Throwaway-pw-1", "zhouting", "password"));
        assertDoesNotThrow(() -> PasswordPolicy.check("客服外包门户密码", "zhouting", "password"), "8 Chinese characters");
        assertDoesNotThrow(() -> PasswordPolicy.check("tq8#vLp2", null, "password"));
    }

    @Test
    void tooShortSaysHowLongItIsAndHowLongItMustBe() {
        InvalidInputException e = refused("Ab3$xyz", "zhouting");
        assertEquals("password.policy.tooShort", e.messageKey());
        assertEquals("newPassword", e.field());
        assertEquals("The password has 7 characters: it needs at least 8.", e.localizedMessage(Locale.ENGLISH));
        assertEquals("密码只有 7 个字符，至少需要 8 个。", e.localizedMessage(Locale.SIMPLIFIED_CHINESE));
        assertEquals("password.policy.tooShort", refused("密码密码密码密", "zhouting").messageKey(),
                "characters are counted, not bytes or UTF-16 units");
        assertEquals("password.policy.required", refused("", "zhouting").messageKey());
        assertEquals("password.policy.required", refused(null, "zhouting").messageKey());
    }

    @Test
    void theCommonPasswordsAreRefusedInAnyLetterCaseWithAMessageSayingWhy() {
        for (String common : new String[] {"password", "12345678", "Password1", "QWERTYUIOP", "iloveyou", "admin123",
            "1qaz2wsx", "sunshine"}) {
            InvalidInputException e = refused(common, "zhouting");
            assertEquals("password.policy.common", e.messageKey(), common);
            assertTrue(e.localizedMessage(Locale.ENGLISH).contains("one of the 50,000 most common passwords"),
                    e.localizedMessage(Locale.ENGLISH));
            assertTrue(e.localizedMessage(Locale.SIMPLIFIED_CHINESE).contains("最常见的 50,000 个密码"),
                    e.localizedMessage(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void theListHoldsFiftyThousandPasswordsOfEightOrMoreCharacters() {
        assertEquals(50_000, CommonPasswords.size());
        assertTrue(CommonPasswords.contains("TrustNo1"));
        assertTrue(!CommonPasswords.contains("Throwaway-pw-1"));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedNamingIt() {
        InvalidInputException e = refused("ZhouTing-2026", "zhouting");
        assertEquals("password.policy.containsUsername", e.messageKey());
        assertTrue(e.localizedMessage(Locale.ENGLISH).contains("\"zhouting\""), e.localizedMessage(Locale.ENGLISH));
        assertDoesNotThrow(() -> PasswordPolicy.check("li-is-short-8", "li", "password"),
                "a user name under 3 characters is not looked for");
    }
}
