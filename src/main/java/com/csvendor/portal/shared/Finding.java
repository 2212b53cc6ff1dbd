package com.csvendor.portal.shared;

import java.util.Locale;

/** One problem (or warning) about one input field: the field's path, a message key and its arguments. */
public record Finding(String field, String key, Object... arguments) {

    /** The same finding, its field placed under a path: {@code under("terms.")}, {@code under("[1].")}. */
    public Finding under(String prefix) {
        return new Finding(prefix + field, key, arguments);
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments);
    }
}
