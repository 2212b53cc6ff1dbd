package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageNamesTest {

    @Test
    void aLanguageTagReadsAsItsNameInTheReadersLanguage() {
        assertEquals("Chinese", LanguageNames.of("zh", Locale.ENGLISH));
        assertEquals("中文", LanguageNames.of("zh", Locale.SIMPLIFIED_CHINESE));
        assertEquals("English", LanguageNames.of("en", Locale.ENGLISH));
    }

    @Test
    void whatIsNotATagStaysAsTyped() {
        assertEquals("普通话", LanguageNames.of("普通话", Locale.ENGLISH));
        assertEquals("Mandarin and Cantonese", LanguageNames.of("Mandarin and Cantonese", Locale.ENGLISH));
        assertEquals("qqq", LanguageNames.of("qqq", Locale.ENGLISH));
        assertNull(LanguageNames.of(null, Locale.ENGLISH));
    }
}
