package com.csvendor.portal.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the portal's user-facing texts ({@code i18n/messages*.properties}, UTF-8). */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
