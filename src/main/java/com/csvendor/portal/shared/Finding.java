package com.csvendor.portal.shared;

import java.util.Locale;

/** One problem (or warning) about one input field: the field's path, a message key and its arguments. */
public record Finding(String field, String key, Object... arguments) {

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments);
    }
}
