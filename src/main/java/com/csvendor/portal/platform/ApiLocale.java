package com.csvendor.portal.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of a REST answer: the first of Chinese or English the caller accepts, else English. */
public final class ApiLocale {

    private ApiLocale() {
    }

    /** The language a download asks for with {@code ?lang=zh} or {@code en}; otherwise as {@link #of(HttpHeaders)}. */
    public static Locale of(String lang, HttpHeaders headers) {
        return "zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : "en".equals(lang) ? Locale.ENGLISH : of(headers);
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("zh".equals(l.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
