package com.csvendor.portal.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
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
        return of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The first of Chinese or English among the languages a request accepts, in its order; else English. */
    public static Locale of(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
