package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleBackingTest {

    @Test
    void anyChineseIsSimplifiedChineseAndEverythingElseEnglish() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, LocaleBacking.supported(Locale.forLanguageTag("zh-TW")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LocaleBacking.supported(Locale.forLanguageTag("zh")));
        assertEquals(Locale.ENGLISH, LocaleBacking.supported(Locale.GERMAN));
        assertEquals(Locale.ENGLISH, LocaleBacking.supported(null));
    }
}
