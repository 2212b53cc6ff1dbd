package com.csvendor.portal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contract's service languages are kept as typed, usually language tags ({@code zh}, {@code en},
 * {@code yue}); a reader sees their names in the reader's language ("Chinese", "中文"). Anything
 * that is not a tag the JDK can name stays as typed.
 */
public final class LanguageNames {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private LanguageNames() {
    }

    public static String of(String code, Locale reader) {
        if (code == null || !TAG.matcher(code.trim()).matches()) {
            return code;
        }
        Locale language = Locale.forLanguageTag(code.trim());
        String name = language.getDisplayName(reader);
        return name.isEmpty() || name.equalsIgnoreCase(code.trim()) ? code : name;
    }
}
