package com.csvendor.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server and the portal's address, from MicroProfile Config (environment variables
 * {@code PORTAL_MAIL_HOST} … as for the other settings). No host: notifications are off, as in the
 * embedded start. {@code tls}: {@code STARTTLS} (the default: the server must offer it, else nothing
 * is sent), {@code SSL} (TLS from the first byte, usually port 465) or {@code NONE} (plain, for a
 * relay on the same machine or a test server). Authentication when a user is set.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls { STARTTLS, SSL, NONE }

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.tls", defaultValue = "STARTTLS")
    String tls;

    /** How many times a mail is tried before it is given up (and logged as lost). */
    @Inject
    @ConfigProperty(name = "portal.mail.attempts", defaultValue = "3")
    int attempts;

    /** The wait before the first retry; doubled before each further one. */
    @Inject
    @ConfigProperty(name = "portal.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    /** Where the links in the mails point: the portal's address as its users reach it. */
    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Tls tls() {
        return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
    }

    public int port() {
        return port.orElse(switch (tls()) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        });
    }

    public String from() {
        return from;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public int attempts() {
        return Math.max(1, attempts);
    }

    /** The wait before attempt {@code n} (2, 3, …): the retry delay doubled for each earlier retry. */
    public long delaySeconds(int attempt) {
        return retrySeconds * (1L << Math.min(10, Math.max(0, attempt - 2)));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Jakarta Mail's session properties for these settings, with timeouts so a stuck server cannot hold a thread. */
    public Properties session() {
        Properties p = new Properties();
        String smtp = tls() == Tls.SSL ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", smtp);
        p.setProperty("mail." + smtp + ".host", host.orElse(""));
        p.setProperty("mail." + smtp + ".port", String.valueOf(port()));
        p.setProperty("mail." + smtp + ".auth", String.valueOf(user().isPresent()));
        p.setProperty("mail." + smtp + ".connectiontimeout", "10000");
        p.setProperty("mail." + smtp + ".timeout", "20000");
        p.setProperty("mail." + smtp + ".writetimeout", "20000");
        if (tls() == Tls.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (tls() != Tls.NONE) {
            p.setProperty("mail." + smtp + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        return enabled() ? host.get() + ":" + port() + " (" + tls() + (user().isPresent() ? ", as " + user().get() : "")
                + "), from " + from + ", links to " + baseUrl : "off (no portal.mail.host)";
    }
}
