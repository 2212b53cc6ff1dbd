package com.csvendor.portal.notification.control;

import com.csvendor.portal.shared.Messages;
import java.util.Locale;

/**
 * A notice worded for one reader: subject and body from {@code notification.subject.<KIND>} and
 * {@code notification.body.<KIND>} in the reader's language, the link to the record's page, and a
 * footer saying why they get it and where to change that (their settings page).
 */
public final class MailText {

    /** The page where a user chooses their notifications, below the base URL. */
    public static final String SETTINGS_PATH = "/settings.xhtml";

    /** A mail ready to send. */
    public record Mail(String to, Locale locale, String subject, String body) {
    }

    private MailText() {
    }

    public static Mail of(Notice notice, String to, Locale locale, String baseUrl) {
        Object[] args = notice.arguments().stream().map(a -> worded(a, locale)).toArray();
        String kind = notice.kind().name();
        String subject = Messages.formatStored(locale, "notification.subject." + kind, args);
        String body = Messages.formatStored(locale, "notification.body." + kind, args) + "\n\n"
                + Messages.format(locale, "notification.link", link(baseUrl, notice.path())) + "\n\n-- \n"
                + Messages.format(locale, "notification.footer", Messages.label(locale, notice.kind()),
                        link(baseUrl, SETTINGS_PATH));
        return new Mail(to, locale, subject.replaceAll("[\\r\\n]+", " "), body);
    }

    /** The base URL and a path below it, with exactly one slash between. */
    static String link(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    private static Object worded(Object argument, Locale locale) {
        if (argument instanceof Notice.Text t) {
            return Messages.formatStored(locale, t.key(), t.arguments());
        }
        if (argument instanceof Enum<?> e) {
            return Messages.label(locale, e);
        }
        return argument == null ? "—" : argument;
    }
}
