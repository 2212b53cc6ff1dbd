package com.csvendor.portal.shared;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

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
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(labelled(locale, arguments));
    }

    /**
     * The label of an enum value: key {@code <enum's simple name, lower camel case>.<NAME>}, e.g.
     * {@code contractStatus.DRAFT}; the bare name when there is no label.
     */
    public static String label(Locale locale, Enum<?> value) {
        String simple = value.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + value.name();
        String text = format(locale, key);
        return text.equals(key) ? value.name() : text;
    }

    /**
     * Enum arguments, and collections of them, are shown by their labels, so messages never show a
     * constant's name ({@code [REVIEW_FOLLOW_UP]} reads "Review follow-up").
     */
    private static Object[] labelled(Locale locale, Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Enum<?> e) {
                out[i] = label(locale, e);
            } else if (out[i] instanceof Collection<?> c && !c.isEmpty() && c.stream().allMatch(Enum.class::isInstance)) {
                String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
                out[i] = c.stream().map(e -> label(locale, (Enum<?>) e)).collect(Collectors.joining(separator));
            }
        }
        return out;
    }
}
