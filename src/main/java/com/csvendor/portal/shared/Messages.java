package com.csvendor.portal.shared;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Looks up the portal's user-facing texts ({@code i18n/messages*.properties}, UTF-8). */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

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
     * A message whose arguments were stored and read back (an import's failure, a row error): never
     * throws. An argument stored as text where the message formats a number (records written before
     * arguments kept their type) is read as that number; if the message still cannot be formatted,
     * it is shown with every argument as plain text, and the failure is logged.
     */
    public static String formatStored(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return plain(key, arguments);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        try {
            MessageFormat format = new MessageFormat(pattern, locale);
            return format.format(numbersWhereExpected(format, labelled(locale, arguments)));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Message {0} cannot be formatted with the stored arguments {1}: {2}",
                    new Object[] {key, java.util.Arrays.toString(arguments), e.getMessage()});
        }
        try {
            MessageFormat format = new MessageFormat(pattern, locale);
            format.setFormats(new java.text.Format[format.getFormats().length]);
            return format.format(java.util.Arrays.stream(arguments).map(String::valueOf).toArray());
        } catch (IllegalArgumentException e) {
            return plain(key, arguments);
        }
    }

    private static Object[] numbersWhereExpected(MessageFormat format, Object[] arguments) {
        java.text.Format[] byIndex = format.getFormatsByArgumentIndex();
        for (int i = 0; i < Math.min(byIndex.length, arguments.length); i++) {
            if ((byIndex[i] instanceof java.text.NumberFormat || byIndex[i] instanceof java.text.ChoiceFormat)
                    && arguments[i] instanceof String s) {
                try {
                    arguments[i] = new java.math.BigDecimal(s.strip());
                } catch (NumberFormatException notANumber) {
                    // left as it is: the formatting fails and the plain rendering is used
                }
            }
        }
        return arguments;
    }

    private static String plain(String key, Object[] arguments) {
        return arguments.length == 0 ? key : key + " " + java.util.Arrays.toString(arguments);
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

    /** Items as a list reads in the language: "A, B" in English, "A、B" in Chinese. */
    public static String list(Locale locale, Collection<String> items) {
        return String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", items);
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
                out[i] = list(locale, c.stream().map(e -> label(locale, (Enum<?>) e)).toList());
            }
        }
        return out;
    }
}
